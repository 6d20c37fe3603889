import { createHash } from 'node:crypto'
import type { SkippedSheet } from '../../shared/contract'
import { UserError } from '../../shared/errors'
import type { SheetDate, YearContext } from './date-reading'
import { inspectWorkbookBytes } from './file-guard'
import {
  autoMapping,
  contextYear,
  detectHeader,
  headerSignature,
  sheetDate,
  type DetectedColumn
} from './header-detect'
import type { ImportKind } from './kinds/import-kind'
import { importKindNamed, importKinds } from './kinds/registry'
import { roundReturnRefusal } from './round-return-mark'
import { readWorkbook, type SheetData } from './workbook-reader'

/** A sheet with a recognisable header, before the mapping is settled. */
export interface SheetLayout {
  sheet: SheetData
  kind: ImportKind
  headerRow: number
  columns: DetectedColumn[]
  signature: string
  contextYear: YearContext | null
  /** The day the sheet reports on (填报日期 above the header, or a full date in its title). */
  sheetDate: SheetDate | null
  autoFields: Map<number, string>
  /** Up to three values of each column from the first data rows. */
  samples: Map<number, string[]>
  notes: string[]
}

export interface LedgerFile {
  fileName: string
  fingerprint: string
  kind: ImportKind
  layouts: SheetLayout[]
  skippedSheets: SkippedSheet[]
}

/**
 * Reads a ledger file up to its headers, without the data file: checks the bytes (file-guard.ts), loads
 * the workbook, finds each sheet's header and maps its columns by the kind's header words. A file in which
 * no sheet has a recognisable header is refused here, before the data file is even opened (CLI).
 * `kind` 'auto' picks the kind more sheets can be read as (the first registered on a tie).
 */
export async function openLedger(bytes: Buffer, fileName: string, kind: string): Promise<LedgerFile> {
  await inspectWorkbookBytes(bytes, fileName)
  const workbook = await readWorkbook(bytes, fileName)
  if (workbook.roundReturn)
    throw new UserError('file-refused', roundReturnRefusal(fileName, workbook.roundReturn))
  const fingerprint = createHash('sha256').update(bytes).digest('hex')
  const chosen = kind === 'auto' ? pickKind(workbook.sheets) : importKindNamed(kind)
  const others = importKinds().filter((k) => k !== chosen)
  const layouts: SheetLayout[] = []
  const skippedSheets: SkippedSheet[] = workbook.hiddenSheets.map((sheet) => ({
    sheet,
    reason: '隐藏的工作表，未读取'
  }))
  for (const sheet of workbook.sheets) {
    const layout = sheetLayout(sheet, chosen)
    const other =
      layout && hasKeyFields(layout.autoFields, chosen)
        ? undefined
        : others.find((o) => isReadableAs(sheet, o))
    if (layout && hasKeyFields(layout.autoFields, chosen)) layouts.push(layout)
    else if (other) skippedSheets.push({ sheet: sheet.name, reason: other.wording.belongsHere })
    else if (layout) layouts.push(layout)
    else skippedSheets.push({ sheet: sheet.name, reason: noHeaderReason(sheet, chosen) })
  }
  // A sheet with a header but without its key column is offered for correction only when nothing else in
  // the file can be read; next to a readable sheet it is an ordinary other sheet (e.g. the matrix sheet of
  // a village export, beside its long-form sheet).
  if (layouts.some((l) => hasKeyFields(l.autoFields, chosen))) {
    for (const layout of layouts.filter((l) => !hasKeyFields(l.autoFields, chosen))) {
      skippedSheets.push({ sheet: layout.sheet.name, reason: chosen.wording.missingKey })
    }
    layouts.splice(0, layouts.length, ...layouts.filter((l) => hasKeyFields(l.autoFields, chosen)))
  }
  if (layouts.length === 0) {
    const reasons = skippedSheets.map((s) => `工作表“${s.sheet}”：${s.reason}`).join('；')
    throw new UserError(
      'file-refused',
      `“${fileName}”中没有可导入的${chosen.info.title}表，未导入任何内容。${reasons || '工作簿中没有工作表。'}`
    )
  }
  return { fileName, fingerprint, kind: chosen, layouts, skippedSheets }
}

export function hasKeyFields(fields: ReadonlyMap<number, string>, kind: ImportKind): boolean {
  const mapped = new Set(fields.values())
  return kind.requiredFields.every((f) => mapped.has(f))
}

function isReadableAs(sheet: SheetData, kind: ImportKind): boolean {
  const header = detectHeader(sheet, kind.headerWords)
  return header !== null && hasKeyFields(autoMapping(header.columns), kind)
}

function pickKind(sheets: readonly SheetData[]): ImportKind {
  let best: { kind: ImportKind; usable: number } | null = null
  for (const kind of importKinds()) {
    const usable = sheets.filter((s) => isReadableAs(s, kind)).length
    if (!best || usable > best.usable) best = { kind, usable }
  }
  return best!.kind
}

function noHeaderReason(sheet: SheetData, kind: ImportKind): string {
  return sheet.rowCount === 0 ? '空白工作表' : kind.wording.noHeader
}

function sheetLayout(sheet: SheetData, kind: ImportKind): SheetLayout | null {
  const header = detectHeader(sheet, kind.headerWords)
  if (!header) return null
  const autoFields = autoMapping(header.columns)
  const notes: string[] = []
  kind.refineMapping?.(sheet, header.headerRow, header.columns, autoFields, notes)
  return {
    sheet,
    kind,
    headerRow: header.headerRow,
    columns: header.columns,
    signature: headerSignature(kind.info.kind, header.columns),
    contextYear: contextYear(sheet, header.headerRow),
    sheetDate: sheetDate(sheet, header.headerRow),
    autoFields,
    samples: columnSamples(sheet, header.headerRow, header.columns),
    notes
  }
}

function columnSamples(
  sheet: SheetData,
  headerRow: number,
  columns: readonly DetectedColumn[]
): Map<number, string[]> {
  const samples = new Map<number, string[]>(columns.map((c) => [c.index, []]))
  const last = Math.min(sheet.rowCount, headerRow + 40)
  for (let row = headerRow + 1; row <= last; row++) {
    const texts = columns.map((c) => sheet.cell(row, c.index).text)
    if (new Set(texts.filter((t) => t !== '')).size < 2) continue
    columns.forEach((c, i) => {
      const list = samples.get(c.index)!
      if (texts[i] !== '' && list.length < 3 && texts[i] !== c.header) list.push(texts[i].slice(0, 40))
    })
  }
  return samples
}

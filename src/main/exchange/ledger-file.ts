import { createHash } from 'node:crypto'
import type { ImportField, ImportKind, SkippedSheet } from '../../shared/contract'
import { UserError } from '../../shared/errors'
import type { YearContext } from './date-reading'
import { inspectWorkbookBytes } from './file-guard'
import { autoMapping, contextYear, detectHeader, headerSignature, type DetectedColumn } from './header-detect'
import { KEY_FIELDS, normalizeHeader } from './header-words'
import { readWorkbook, type SheetData } from './workbook-reader'

/** A sheet with a recognisable header, before the mapping is settled. */
export interface SheetLayout {
  sheet: SheetData
  kind: ImportKind
  headerRow: number
  columns: DetectedColumn[]
  signature: string
  contextYear: YearContext | null
  autoFields: Map<number, ImportField>
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
 * the workbook, finds each sheet's header and maps its columns by header words. A file in which no
 * sheet has a recognisable header is refused here, before the data file is even opened (CLI).
 * `kind` 'auto' picks the kind more sheets can be read as (tasks on a tie).
 */
export async function openLedger(
  bytes: Buffer,
  fileName: string,
  kind: ImportKind | 'auto'
): Promise<LedgerFile> {
  await inspectWorkbookBytes(bytes, fileName)
  const workbook = await readWorkbook(bytes, fileName)
  const fingerprint = createHash('sha256').update(bytes).digest('hex')
  const chosen = kind === 'auto' ? pickKind(workbook.sheets) : kind
  const other: ImportKind = chosen === 'tasks' ? 'villages' : 'tasks'
  const layouts: SheetLayout[] = []
  const skippedSheets: SkippedSheet[] = workbook.hiddenSheets.map((sheet) => ({
    sheet,
    reason: '隐藏的工作表，未读取'
  }))
  for (const sheet of workbook.sheets) {
    const layout = sheetLayout(sheet, chosen)
    if (layout && hasKeyFields(layout.autoFields, chosen)) layouts.push(layout)
    else if (isReadableAs(sheet, other))
      skippedSheets.push({ sheet: sheet.name, reason: otherKindReason(other) })
    else if (layout) layouts.push(layout)
    else skippedSheets.push({ sheet: sheet.name, reason: noHeaderReason(sheet, chosen) })
  }
  // A sheet with a header but without its key column is offered for correction only when nothing else in
  // the file can be read; next to a readable sheet it is an ordinary other sheet (e.g. the matrix sheet of
  // a village export, beside its long-form sheet).
  if (layouts.some((l) => hasKeyFields(l.autoFields, chosen))) {
    for (const layout of layouts.filter((l) => !hasKeyFields(l.autoFields, chosen))) {
      skippedSheets.push({ sheet: layout.sheet.name, reason: missingKeyReason(chosen) })
    }
    layouts.splice(0, layouts.length, ...layouts.filter((l) => hasKeyFields(l.autoFields, chosen)))
  }
  if (layouts.length === 0) {
    const reasons = skippedSheets.map((s) => `工作表“${s.sheet}”：${s.reason}`).join('；')
    throw new UserError(
      'file-refused',
      `“${fileName}”中没有可导入的${chosen === 'tasks' ? '任务台账' : '村治理事项'}表，未导入任何内容。${reasons || '工作簿中没有工作表。'}`
    )
  }
  return { fileName, fingerprint, kind: chosen, layouts, skippedSheets }
}

export function hasKeyFields(fields: ReadonlyMap<number, ImportField>, kind: ImportKind): boolean {
  const mapped = new Set(fields.values())
  return KEY_FIELDS[kind].every((f) => mapped.has(f))
}

function isReadableAs(sheet: SheetData, kind: ImportKind): boolean {
  const header = detectHeader(sheet, kind)
  return header !== null && hasKeyFields(autoMapping(header.columns), kind)
}

function pickKind(sheets: readonly SheetData[]): ImportKind {
  const usable = (kind: ImportKind) => sheets.filter((s) => isReadableAs(s, kind)).length
  return usable('villages') > usable('tasks') ? 'villages' : 'tasks'
}

function otherKindReason(other: ImportKind): string {
  return other === 'villages'
    ? '这是村治理事项明细表（有“治理事项”和“村(居)”列），请用“导入村治理事项”导入'
    : '这是任务台账（有“工作任务”列），请用“导入台账”导入'
}

function missingKeyReason(kind: ImportKind): string {
  return kind === 'tasks' ? '没有“工作任务”列，未读取' : '没有“治理事项”或“村(居)”列，未读取'
}

function noHeaderReason(sheet: SheetData, kind: ImportKind): string {
  if (sheet.rowCount === 0) return '空白工作表'
  return kind === 'tasks'
    ? '前20行中找不到表头（应有“序号/编号、工作任务、牵头单位、完成时限”等列名）'
    : '前20行中找不到表头（应有“区、镇(街)、村(居)、治理事项、责任单位、完成时限”等列名）'
}

function sheetLayout(sheet: SheetData, kind: ImportKind): SheetLayout | null {
  const header = detectHeader(sheet, kind)
  if (!header) return null
  const autoFields = autoMapping(header.columns)
  const notes: string[] = []
  unmapRestartingSerials(sheet, header.headerRow, header.columns, autoFields, notes)
  return {
    sheet,
    kind,
    headerRow: header.headerRow,
    columns: header.columns,
    signature: headerSignature(kind, header.columns),
    contextYear: contextYear(sheet, header.headerRow),
    autoFields,
    samples: columnSamples(sheet, header.headerRow, header.columns),
    notes
  }
}

/**
 * "序号" is often only a running number that starts again under each section heading (1, 2, 3 under
 * 一、…; 1, 2 under 二、…). Such a column cannot identify a task: it is left unmapped, so rows are
 * matched by their title, and the clerk is told why (and may map it anyway).
 */
function unmapRestartingSerials(
  sheet: SheetData,
  headerRow: number,
  columns: readonly DetectedColumn[],
  fields: Map<number, ImportField>,
  notes: string[]
): void {
  const codeColumn = columns.find((c) => fields.get(c.index) === 'code')
  if (!codeColumn || normalizeHeader(codeColumn.header) !== '序号') return
  const seen = new Set<string>()
  for (let row = headerRow + 1; row <= sheet.rowCount; row++) {
    const text = sheet.cell(row, codeColumn.index).text
    if (!/^\d+$/.test(text)) continue
    if (seen.has(text)) {
      fields.delete(codeColumn.index)
      notes.push(
        `“序号”列（${codeColumn.letter}列）在各部分重新编号，不能用来识别任务，已设为不导入；任务按名称匹配。`
      )
      return
    }
    seen.add(text)
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

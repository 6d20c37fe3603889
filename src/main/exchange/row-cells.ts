import type { ImportField, RowIssue } from '../../shared/contract'
import type { YearContext } from './date-reading'
import type { MappedSheet } from './sheet-mapping'
import { rowClassifier, type RowKind } from './sheet-rows'
import type { CellData } from './workbook-reader'

const EMPTY: CellData = { kind: 'empty', text: '' }

/** One data row of a mapped sheet: its cells by field, and a place to put what is wrong with them. */
export interface RowCells {
  sheet: string
  row: number
  /** The heading (一、消防安全) the row sits under, if the sheet has headings. */
  section: string | null
  has(field: ImportField): boolean
  cell(field: ImportField): CellData
  /** Records a problem with a field's cell (or with the row when field is null). */
  error(field: ImportField | null, message: string): void
  errors: RowIssue[]
}

export interface SheetRows {
  rows: RowCells[]
  /** Blank, heading, notes, totals and repeated header rows passed over. */
  skipped: number
  /** True when the sheet has section headings: its tasks take their group from them. */
  hasSections: boolean
  contextYear: YearContext | null
}

/** Walks a mapped sheet below its header, classifying each row (sheet-rows.ts) and keeping the data rows. */
export function dataRows(sheet: MappedSheet): SheetRows {
  const columnOf = new Map<ImportField, { index: number; letter: string; header: string }>()
  for (const column of sheet.columns) {
    const field = sheet.fields.get(column.index)
    if (field) columnOf.set(field, column)
  }
  const headerTexts = new Map(sheet.columns.map((c) => [c.index, c.header]))
  const classifier = rowClassifier(
    sheet.sheet,
    [...columnOf.values()].map((c) => c.index),
    columnOf.get('code')?.index ?? null,
    headerTexts
  )
  const rows: RowCells[] = []
  let skipped = 0
  let section: string | null = null
  let hasSections = false
  for (let row = sheet.headerRow + 1; row <= sheet.sheet.rowCount; row++) {
    const kind: RowKind = classifier.classify(row)
    if (kind.kind === 'section') {
      section = kind.text
      hasSections = true
    }
    if (kind.kind !== 'data') {
      skipped++
      continue
    }
    const errors: RowIssue[] = []
    const name = sheet.sheet.name
    // Taken now, while the sheet still holds this row's converted cells (workbook-reader.ts).
    const cells = new Map<ImportField, CellData>()
    for (const [field, column] of columnOf) cells.set(field, sheet.sheet.cell(row, column.index))
    rows.push({
      sheet: name,
      row,
      section,
      errors,
      has: (field) => columnOf.has(field),
      cell: (field) => cells.get(field) ?? EMPTY,
      error: (field, message) => {
        const column = field ? columnOf.get(field) : undefined
        errors.push({
          sheet: name,
          row,
          column: column?.letter ?? null,
          header: column?.header ?? null,
          message
        })
      }
    })
  }
  return { rows, skipped, hasSections, contextYear: sheet.contextYear }
}

import type { ImportField, RowIssue } from '../../shared/contract'
import type { SheetDate, YearContext } from './date-reading'
import { rowClassifier, type RowClassifier, type RowKind } from './sheet-rows'
import type { CellData, SheetData } from './workbook-reader'

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

/** What a row states of a record's fields: a field left out (undefined) was not stated; null is never stated. */
export type Stated<T> = { [K in keyof T]?: Exclude<T[K], null> }

export interface SheetRows {
  rows: RowCells[]
  /** Blank, heading, notes, totals and repeated header rows passed over. */
  skipped: number
  /** True when the sheet has section headings: its tasks take their group from them. */
  hasSections: boolean
  contextYear: YearContext | null
  /** The day the sheet reports on (see header-detect.ts sheetDate); null: the import's 统计截止日期. */
  sheetDate: SheetDate | null
}

/** A sheet with its settled mapping (sheet-mapping.ts's MappedSheet), as far as reading its rows goes. */
export interface MappedColumns {
  sheet: SheetData
  headerRow: number
  columns: readonly FieldColumn[]
  /** column index → field */
  fields: ReadonlyMap<number, string>
  contextYear: YearContext | null
  /** The day the sheet reports on (see header-detect.ts sheetDate); null: the import's 统计截止日期. */
  sheetDate: SheetDate | null
}

interface FieldColumn {
  index: number
  letter: string
  header: string
}

/**
 * A data row's cells, taken while the sheet still holds the row's converted cells (workbook-reader.ts).
 * A class rather than an object of closures: a 20,000-row ledger makes 20,000 of these.
 */
class DataRow implements RowCells {
  readonly errors: RowIssue[] = []
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly section: string | null,
    private readonly columnOf: ReadonlyMap<ImportField, FieldColumn>,
    /** The row's cells in the order of `slotOf`, shared by every row of the sheet. */
    private readonly slotOf: ReadonlyMap<ImportField, number>,
    private readonly cells: readonly CellData[]
  ) {}

  has(field: ImportField): boolean {
    return this.columnOf.has(field)
  }

  cell(field: ImportField): CellData {
    const slot = this.slotOf.get(field)
    return slot === undefined ? EMPTY : this.cells[slot]
  }

  error(field: ImportField | null, message: string): void {
    const column = field ? this.columnOf.get(field) : undefined
    this.errors.push({
      sheet: this.sheet,
      row: this.row,
      column: column?.letter ?? null,
      header: column?.header ?? null,
      message
    })
  }
}

/**
 * Walks a mapped sheet below its header, classifying each row (sheet-rows.ts) and keeping the data rows.
 * @param serialField the kind's running-number field (编号/序号), if it has one.
 */
export function dataRows(sheet: MappedColumns, serialField: string | null): SheetRows {
  const reader = new SheetRowReader(sheet, serialField)
  reader.read(reader.remaining)
  return reader.result()
}

/**
 * dataRows a stretch at a time, so the import can yield to the event loop between stretches and say how
 * many rows it has read (import-plan.ts#planImportInTurns). Rows are read in order, each once.
 */
export class SheetRowReader {
  private readonly columnOf = new Map<ImportField, FieldColumn>()
  private readonly slotOf: ReadonlyMap<ImportField, number>
  private readonly fieldColumns: FieldColumn[]
  private readonly classifier: RowClassifier
  private readonly rows: RowCells[] = []
  private next: number
  private skipped = 0
  private section: string | null = null
  private hasSections = false

  constructor(
    private readonly sheet: MappedColumns,
    serialField: string | null
  ) {
    for (const column of sheet.columns) {
      const field = sheet.fields.get(column.index)
      if (field) this.columnOf.set(field, column)
    }
    this.classifier = rowClassifier(
      sheet.sheet,
      [...this.columnOf.values()].map((c) => c.index),
      serialField === null ? null : (this.columnOf.get(serialField)?.index ?? null),
      new Map(sheet.columns.map((c) => [c.index, c.header]))
    )
    this.fieldColumns = [...this.columnOf.values()]
    this.slotOf = new Map([...this.columnOf.keys()].map((field, slot) => [field, slot]))
    this.next = sheet.headerRow + 1
  }

  /** Rows below the header not read yet. */
  get remaining(): number {
    return Math.max(0, this.sheet.sheet.rowCount - this.next + 1)
  }

  /** Reads up to `count` more rows; answers how many it read. */
  read(count: number): number {
    const sheet = this.sheet.sheet
    const last = Math.min(sheet.rowCount, this.next + count - 1)
    const first = this.next
    for (let row = first; row <= last; row++) {
      const kind: RowKind = this.classifier.classify(row)
      if (kind.kind === 'section') {
        this.section = kind.text
        this.hasSections = true
      }
      if (kind.kind !== 'data') {
        this.skipped++
        continue
      }
      const cells = this.fieldColumns.map((column) => sheet.cell(row, column.index))
      this.rows.push(new DataRow(sheet.name, row, this.section, this.columnOf, this.slotOf, cells))
    }
    this.next = Math.max(this.next, last + 1)
    return Math.max(0, last - first + 1)
  }

  result(): SheetRows {
    return {
      rows: this.rows,
      skipped: this.skipped,
      hasSections: this.hasSections,
      contextYear: this.sheet.contextYear,
      sheetDate: this.sheet.sheetDate
    }
  }
}

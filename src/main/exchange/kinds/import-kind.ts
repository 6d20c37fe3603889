import type { Database } from 'better-sqlite3'
import type { IsoDate } from '../../../shared/civil-date'
import type {
  ImportKindField,
  ImportKindInfo,
  PreviewRow,
  PreviewRowStatus,
  RowFix,
  RowIssue,
  RowWarning
} from '../../../shared/contract/exchange'
import type { AppContext } from '../../app-context'
import type { Clock } from '../../system/clock'
import type { DetectedColumn } from '../header-detect'
import type { SheetRows } from '../row-cells'
import type { SheetData } from '../workbook-reader'

/**
 * One kind of sheet the import reads (任务台账, 村治理事项 …): everything that differs between kinds, so the
 * pipeline (ledger-file.ts → sheet-mapping.ts → import-plan.ts → import-service.ts) never names one. A kind
 * lives in its own folder under kinds/ and is listed once in kinds/registry.ts.
 */
export interface ImportKind<Row extends PlannedRow = PlannedRow> {
  /** What the wizard and the CLI show: the kind's name, title, fields with labels, required columns. */
  info: ImportKindInfo
  /** The header words clerks write for each field, most usual first (header-match.ts matches them). */
  headerWords: Readonly<Record<string, readonly string[]>>
  /** The fields a sheet cannot be imported without, in the order a message names them missing. */
  requiredFields: readonly string[]
  /** A column that holds a running number (编号/序号): a row with only it filled in is blank. */
  serialField?: string
  /** Why a sheet is passed over, in the clerk's words. */
  wording: {
    /** No header row in the first rows: which column names were expected. */
    noHeader: string
    /** A header, but not this kind's required columns. */
    missingKey: string
    /** The sheet is this kind while another kind was asked for: where to import it instead. */
    belongsHere: string
  }
  /** Adjusts the automatic mapping after looking at the data (e.g. a 序号 that restarts is no code). */
  refineMapping?(
    sheet: SheetData,
    headerRow: number,
    columns: readonly DetectedColumn[],
    fields: Map<number, string>,
    notes: string[]
  ): void
  /**
   * Reads the data rows of the usable sheets and matches them to the data file, without writing.
   * Synchronous: the commit plans again inside its transaction when the data file changed meanwhile.
   */
  plan(
    db: Database,
    sheets: readonly SheetRows[],
    asOf: IsoDate,
    fixes: readonly RowFix[],
    options: KindOptions
  ): KindPlan<Row>
  /** The export that reads back as this kind (round trip), where the kind has one. */
  exportWorkbook?(ctx: AppContext, request: KindExportRequest): Promise<{ bytes: Buffer; rows: number }>
}

/**
 * What a kind needs besides the file, as `exchange.preview/commit` pass it (`options`): e.g. the round an
 * evaluators' workbook belongs to. Kinds that need none ignore it; a kind refuses an option it lacks.
 */
export type KindOptions = Readonly<Record<string, string>>

/** What a kind planned: its rows, and how to show and write them. */
export interface KindPlan<Row extends PlannedRow = PlannedRow> {
  rows: Row[]
  /** Set when the commit would create the record the rows belong to (e.g. the 行动方案). */
  creates: string | null
  /** The row as the preview shows it; its warnings (none when left out) may offer a fix `plan` honours. */
  previewRow(row: Row): Omit<PreviewRow, 'warnings'> & { warnings?: RowWarning[] }
  /** Progress records the given (kept, error-free) rows would add; none when the kind writes none. */
  reportsAdded?(rows: readonly Row[]): number
  /** Unit names the given rows would create. */
  newUnits(rows: readonly Row[]): string[]
  /** Writes the kept, error-free rows inside the caller's transaction, with one audit row per record. */
  apply(db: Database, clock: Clock, rows: readonly Row[]): AppliedRows
}

/** The part of a planned row the pipeline reads: where it came from, its status and its problems. */
export interface PlannedRow {
  status: PreviewRowStatus
  draft: { sheet: string; row: number; errors: RowIssue[] }
}

export interface AppliedRows {
  created: number
  updated: number
  unchanged: number
  reportsAdded: number
  unitsCreated: string[]
  /** Said at the end of the import's audit summary (e.g. "，新建行动方案"); '' for nothing. */
  summaryTail: string
}

export interface KindExportRequest {
  asOf: IsoDate
  /** The ids of the rows the grid shows (what they are is the kind's business); null: everything. */
  rowIds: number[] | null
}

/** A kind's fields for the wizard, in the order of its label table, with the required ones marked. */
export function kindFields<Field extends string>(
  labels: Readonly<Record<Field, string>>,
  required: readonly Field[]
): ImportKindField[] {
  return (Object.keys(labels) as Field[]).map((field) => ({
    field,
    label: labels[field],
    required: required.includes(field)
  }))
}

/** What a kind's applier starts from: nothing written yet. */
export function nothingApplied(summaryTail = ''): AppliedRows {
  return { created: 0, updated: 0, unchanged: 0, reportsAdded: 0, unitsCreated: [], summaryTail }
}

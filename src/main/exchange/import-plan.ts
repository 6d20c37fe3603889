import type { Database } from 'better-sqlite3'
import type { IsoDate } from '../../shared/civil-date'
import type { MappingOverride, RowFix } from '../../shared/contract'
import type { KindPlan, PlannedRow } from './kinds/import-kind'
import type { BuiltInKindName, PlannedRowOf } from './kinds/registry'
import type { LedgerFile } from './ledger-file'
import { rememberedMapping } from './mapping-store'
import { nextTurn, type ImportProgressReport } from './import-progress'
import { SheetRowReader, type SheetRows } from './row-cells'
import { resolveMappings, type MappedSheet } from './sheet-mapping'

/** Everything an import of one kind would do, worked out from the file and the data file without writing. */
export interface KindImportPlan<Kind extends string = string, Row extends PlannedRow = PlannedRow> {
  kind: Kind
  file: LedgerFile
  sheets: MappedSheet[]
  skippedRows: number
  rows: Row[]
  /** How the kind shows and writes its rows. */
  planned: KindPlan<Row>
}

/**
 * A plan, narrowed by its kind's name for the built-in kinds (comparing `plan.kind` gives that kind's rows); a
 * kind registered later (a test's) is a KindImportPlan, which is what the pipeline itself works with.
 */
export type ImportPlan = { [K in BuiltInKindName]: KindImportPlan<K, PlannedRowOf<K>> }[BuiltInKindName]

/**
 * Reads the data rows of every usable sheet (mapping settled by sheet-mapping.ts) and lets the file's kind
 * match them to the data file. Synchronous: the commit runs it again inside its transaction, so what it
 * writes is exactly what the data file looked like when it was written.
 */
export function planImport(
  db: Database,
  file: LedgerFile,
  overrides: readonly MappingOverride[],
  asOf: IsoDate,
  fixes: readonly RowFix[] = [],
  options: Readonly<Record<string, string>> = {}
): ImportPlan {
  const sheets = mappedSheets(db, file, overrides)
  const readers = rowReaders(file, sheets)
  for (const reader of readers) reader.read(reader.remaining)
  return planOfRows(db, file, sheets, readers, asOf, fixes, options)
}

/** Rows read between two turns of the event loop: a few milliseconds of work. */
const ROWS_PER_TURN = 1000

/**
 * planImport for the wizard: the same plan, but the rows are read a stretch at a time with a turn of the
 * event loop between stretches, so exchange.progress is answered meanwhile and counts them (stage read);
 * matching them to the data file is one synchronous step (stage check), reported with its row count.
 */
export async function planImportInTurns(
  db: Database,
  file: LedgerFile,
  overrides: readonly MappingOverride[],
  asOf: IsoDate,
  fixes: readonly RowFix[],
  options: Readonly<Record<string, string>>,
  progress: ImportProgressReport
): Promise<ImportPlan> {
  const sheets = mappedSheets(db, file, overrides)
  const readers = rowReaders(file, sheets)
  const total = readers.reduce((sum, reader) => sum + reader.remaining, 0)
  await progress.enter('read', total, true)
  let done = 0
  for (const reader of readers) {
    while (reader.remaining > 0) {
      done += reader.read(ROWS_PER_TURN)
      progress.advance(done)
      await nextTurn()
    }
  }
  const dataRowCount = readers.reduce((sum, reader) => sum + reader.result().rows.length, 0)
  await progress.enter('check', dataRowCount, false)
  await progress.showBeforeBlocking()
  const plan = planOfRows(db, file, sheets, readers, asOf, fixes, options)
  progress.advance(dataRowCount)
  return plan
}

/** A reader for each sheet that can be read as mapped (a sheet with a problem is shown, not read). */
function rowReaders(file: LedgerFile, sheets: readonly MappedSheet[]): SheetRowReader[] {
  return sheets.filter((s) => !s.problem).map((s) => new SheetRowReader(s, file.kind.serialField ?? null))
}

function mappedSheets(db: Database, file: LedgerFile, overrides: readonly MappingOverride[]): MappedSheet[] {
  return resolveMappings(file, overrides, (signature) => rememberedMapping(db, signature))
}

function planOfRows(
  db: Database,
  file: LedgerFile,
  sheets: MappedSheet[],
  readers: readonly SheetRowReader[],
  asOf: IsoDate,
  fixes: readonly RowFix[],
  options: Readonly<Record<string, string>>
): ImportPlan {
  const sheetRows: SheetRows[] = readers.map((reader) => reader.result())
  const skippedRows = sheetRows.reduce((sum, rows) => sum + rows.skipped, 0)
  const planned = file.kind.plan(db, sheetRows, asOf, fixes, options)
  const plan: KindImportPlan = {
    kind: file.kind.info.kind,
    file,
    sheets,
    skippedRows,
    rows: planned.rows,
    planned
  }
  // The registry pairs each built-in name with its kind, so a plan holds the rows its name says; the
  // compiler cannot follow a name looked up at run time.
  return plan as ImportPlan
}

import type { Database } from 'better-sqlite3'
import type { IsoDate } from '../../shared/civil-date'
import type { MappingOverride, RowFix } from '../../shared/contract'
import type { KindPlan, PlannedRow } from './kinds/import-kind'
import type { BuiltInKindName, PlannedRowOf } from './kinds/registry'
import type { LedgerFile } from './ledger-file'
import { rememberedMapping } from './mapping-store'
import { dataRows, type SheetRows } from './row-cells'
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
  const sheets = resolveMappings(file, overrides, (signature) => rememberedMapping(db, signature))
  let skippedRows = 0
  const sheetRows: SheetRows[] = []
  for (const sheet of sheets) {
    if (sheet.problem) continue
    const rows = dataRows(sheet, file.kind.serialField ?? null)
    skippedRows += rows.skipped
    sheetRows.push(rows)
  }
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

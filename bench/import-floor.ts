/**
 * The floor an import is measured against (issue 12): what ANY import of a given sheet must do, and
 * nothing more. It reads the file with exceljs and writes the same rows the real import writes (the
 * records, their links, one audit row per record) with prepared statements in one transaction. It skips
 * what makes an import an import — the byte checks, header detection, reading cells by meaning, matching
 * against what the data file holds, the diff, the backup — so the ratio import ÷ floor is the price of
 * those, and only of those.
 *
 * Every import kind gets one floor of this shape (bench/floors/<kind>-floor.ts), and the rounds in
 * import-rounds.ts compare it with the real pipeline the same way for every kind.
 */
import type { Database } from 'better-sqlite3'
import ExcelJS from 'exceljs'
import type { Clock } from '../src/main/system/clock'

export interface ImportFloor<Row> {
  /** Says in the printout what the floor writes, e.g. "任务 + 牵头/配合单位 + 每项一条操作日志". */
  label: string
  /**
   * The rows of the workbook, read as plainly as a reader that knows the sheet's layout can: no header
   * detection, no checks, no matching.
   */
  read(workbook: ExcelJS.Workbook, db: Database): Row[]
  /**
   * Writes the rows to the same tables and columns the import writes, with prepared statements. It runs
   * inside the floor's one transaction. Returns how many rows went into each table.
   */
  write(db: Database, clock: Clock, rows: readonly Row[]): Record<string, number>
}

export interface FloorRun {
  /** ms reading the workbook with exceljs and taking its rows. */
  read: number
  /** ms writing them, transaction included. */
  write: number
  written: Record<string, number>
}

/** One run of a floor on one data file. */
export async function runFloor<Row>(
  floor: ImportFloor<Row>,
  db: Database,
  clock: Clock,
  bytes: Buffer
): Promise<FloorRun> {
  let start = performance.now()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  const rows = floor.read(workbook, db)
  const read = performance.now() - start
  start = performance.now()
  const written = db.transaction(() => floor.write(db, clock, rows))()
  return { read, write: performance.now() - start, written }
}

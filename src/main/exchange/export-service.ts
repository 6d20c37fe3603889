import { basename } from 'node:path'
import type { IsoDate } from '../../shared/civil-date'
import type { ExportResult } from '../../shared/contract'
import type { AppContext } from '../app-context'
import { listTasks } from '../task/task-list'
import { countUrbanVillages } from '../ledger/village-item-queries'
import { writeFileAtomic } from '../system/atomic-file'
import { taskLedgerWorkbook } from './export-tasks'
import { villageMatrixWorkbook } from './export-villages'
import { villageExportData } from './village-export-data'

export interface ExportRequest {
  what: 'tasks' | 'villages'
  asOf: IsoDate
  /** tasks: task ids; villages: urban village ids (the matrix rows). null: everything. */
  rowIds: number[] | null
}

/** exchange.export: writes the workbook to the file the clerk chose (a save handle). */
export async function exportToChosenFile(
  ctx: AppContext,
  request: ExportRequest & { file: string }
): Promise<ExportResult> {
  const path = ctx.files.resolve(request.file, 'output', ['export-xlsx'])
  return exportToPath(ctx, request, path)
}

/**
 * Builds the workbook in memory, then writes it to a temporary file and renames it over the target
 * (atomic-file.ts), so a failed export never leaves half a file. Rows keep the ledger's order; with
 * `rowIds`, exactly those rows (what the grid's filter shows).
 */
export async function exportToPath(
  ctx: AppContext,
  request: ExportRequest,
  path: string
): Promise<ExportResult> {
  const only = request.rowIds ? new Set(request.rowIds) : null
  let bytes: Buffer
  let rows: number
  // "Filtered" is said in the subtitle only when the grid's filter actually left rows out.
  if (request.what === 'tasks') {
    const all = listTasks(ctx, request.asOf)
    const tasks = all.filter((t) => !only || only.has(t.id))
    bytes = await taskLedgerWorkbook(tasks, request.asOf, tasks.length < all.length)
    rows = tasks.length
  } else {
    const data = villageExportData(ctx, request.asOf, request.rowIds)
    const filtered = data.villages.length < countUrbanVillages(ctx.db)
    bytes = await villageMatrixWorkbook(data, request.asOf, filtered, ctx.settings().yellowWindow)
    rows = data.villages.length
  }
  writeFileAtomic(path, bytes)
  return { rows, fileName: basename(path) }
}

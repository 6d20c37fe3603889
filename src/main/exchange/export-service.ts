import { basename } from 'node:path'
import type { IsoDate } from '../../shared/civil-date'
import type { ExportResult } from '../../shared/contract'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { writeFileAtomic } from '../system/atomic-file'
import { importKindNamed } from './kinds/registry'

export interface ExportRequest {
  /** The import kind whose export counterpart writes the workbook (it reads back as that kind). */
  what: string
  asOf: IsoDate
  /** The rows the grid shows (tasks: task ids; villages: urban village ids). null: everything. */
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
  const kind = importKindNamed(request.what)
  if (!kind.exportWorkbook) {
    throw new UserError('invalid-input', `${kind.info.title}没有对应的导出格式`)
  }
  const { bytes, rows } = await kind.exportWorkbook(ctx, { asOf: request.asOf, rowIds: request.rowIds })
  writeFileAtomic(path, bytes)
  return { rows, fileName: basename(path) }
}

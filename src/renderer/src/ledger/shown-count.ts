import { formatCount } from '../../../shared/count-format'

/**
 * 显示12项，共60项任务 above the ledger, or 共60项任务 when nothing is filtered: a clerk who exports or
 * prints should know when the grid is not the whole ledger, even when the filter happens to keep every row.
 */
export function shownCountText(shown: number, total: number, filtered: boolean): string {
  return `${filtered ? `显示${formatCount(shown)}项，` : ''}共${formatCount(total)}项任务`
}

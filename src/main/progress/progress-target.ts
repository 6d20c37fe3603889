import type { Database } from 'better-sqlite3'
import type { ProgressTargetInfo, ProgressTargetRef } from '../../shared/contract'
import { UserError } from '../../shared/errors'
import type { CamelRow, Row } from '../store/rows'
import { select, selectValue } from '../store/typed-query'
import { taskLabel } from '../task/task-store'

/** What a report is about, read fresh inside the caller's transaction; refuses deleted or unknown items. */
export function readProgressTarget(
  db: Database,
  target: ProgressTargetRef
): ProgressTargetInfo & { label: string } {
  const latest = selectValue<string | null>(
    db,
    `SELECT max(report_date) FROM progress_report WHERE ${target.kind === 'task' ? 'task_id' : 'village_item_id'} = ?`
  ).one(target.id)
  if (target.kind === 'task') {
    const row = select<
      Omit<ProgressTargetInfo, 'kind' | 'latestReportDate'> & CamelRow<'task', 'code' | 'deleted_at'>
    >(
      db,
      `SELECT id, code, title, status, percent, start_date AS startDate, deadline, completed_date AS completedDate,
                deleted_at AS deletedAt
           FROM task WHERE id = ?`
    ).get(target.id)
    if (!row) throw new UserError('not-found', `找不到任务（编号${target.id}）`)
    if (row.deletedAt !== null) throw new UserError('conflict', '该任务在回收站中，请先恢复后再填报进展')
    const { code, deletedAt: _deletedAt, ...info } = row
    return {
      ...info,
      kind: 'task',
      title: code ? `${code} ${row.title}` : row.title,
      latestReportDate: latest,
      label: taskLabel({ code, title: row.title })
    }
  }
  const row = select<
    Pick<ProgressTargetInfo, 'id' | 'status' | 'percent' | 'deadline' | 'completedDate'> &
      Pick<Row<'village_item'>, 'applicable'> & { village: string; item: string }
  >(
    db,
    `SELECT vi.id, a.name AS village, gi.name AS item, vi.status, vi.percent, vi.deadline,
              vi.completed_date AS completedDate, vi.applicable
         FROM village_item vi JOIN area a ON a.id = vi.village_id JOIN governance_item gi ON gi.id = vi.item_id
        WHERE vi.id = ?`
  ).get(target.id)
  if (!row) throw new UserError('not-found', `找不到村治理事项（编号${target.id}）`)
  if (row.applicable !== 1)
    throw new UserError('conflict', `${row.village}的“${row.item}”已标为不适用，不能填报进展`)
  return {
    kind: 'village-item',
    id: row.id,
    title: `${row.village} · ${row.item}`,
    status: row.status,
    percent: row.percent,
    startDate: null,
    deadline: row.deadline,
    completedDate: row.completedDate,
    latestReportDate: latest,
    label: `${row.village}的治理事项“${row.item}”`
  }
}

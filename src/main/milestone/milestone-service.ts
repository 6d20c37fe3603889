import type { IsoDate } from '../../shared/civil-date'
import type { MilestoneRow, ProgressTargetRef } from '../../shared/contract'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { lightOf } from '../calendar/light'
import { readProgressTarget } from '../progress/progress-target'
import { writeAudit } from '../store/audit'
import type { CamelRow } from '../store/rows'
import { select } from '../store/typed-query'

/** The 时间节点 of a task or a village item in order, each with its light as of the date. */
export function listMilestones(ctx: AppContext, target: ProgressTargetRef, asOf: IsoDate): MilestoneRow[] {
  const column = target.kind === 'task' ? 'task_id' : 'village_item_id'
  const rows = select<Omit<MilestoneRow, 'light'>>(
    ctx.db,
    `SELECT id, seq, title, deadline, duration_workdays AS durationWorkdays, status, completed_date AS completedDate
         FROM milestone WHERE ${column} = ? ORDER BY seq, deadline, id`
  ).all(target.id)
  const calendar = ctx.calendar()
  const { yellowWindow } = ctx.settings()
  return rows.map((row) => ({ ...row, light: lightOf(row, asOf, calendar, yellowWindow) }))
}

/** Marks a 时间节点 done on a date, or open again; one audit row. */
export function setMilestoneDone(
  ctx: AppContext,
  id: number,
  done: boolean,
  date: IsoDate | null
): { id: number } {
  return ctx.db.transaction(() => {
    const row = select<
      CamelRow<'milestone', 'id' | 'title' | 'status' | 'completed_date' | 'task_id' | 'village_item_id'>
    >(
      ctx.db,
      `SELECT id, title, status, completed_date AS completedDate, task_id AS taskId, village_item_id AS villageItemId
           FROM milestone WHERE id = ?`
    ).get(id)
    if (!row) throw new UserError('not-found', `找不到时间节点（编号${id}）`)
    if (done && date === null) throw new UserError('invalid-input', '标记完成时需要填写完成日期')
    const owner = readProgressTarget(
      ctx.db,
      row.taskId !== null
        ? { kind: 'task', id: row.taskId }
        : { kind: 'village-item', id: row.villageItemId! }
    )
    const after = { status: done ? 'done' : 'open', completedDate: done ? date : null }
    if (after.status === row.status && after.completedDate === row.completedDate) return { id }
    ctx.db
      .prepare('UPDATE milestone SET status = ?, completed_date = ? WHERE id = ?')
      .run(after.status, after.completedDate, id)
    writeAudit(ctx.db, ctx.clock, {
      entity: 'milestone',
      entityId: id,
      action: 'update',
      summary: done
        ? `时间节点“${row.title}”（${owner.label}）标记完成，完成日期${date}`
        : `时间节点“${row.title}”（${owner.label}）改为未完成`,
      before: { status: row.status, completedDate: row.completedDate },
      after
    })
    return { id }
  })()
}

import type { IsoDate } from '../../shared/civil-date'
import type {
  BackwardSchedulePreview,
  ScheduleSaveResult,
  ScheduleStep,
  ScheduleTarget
} from '../../shared/contract'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { backwardSchedule } from '../calendar/backward-schedule'
import { readProgressTarget } from '../progress/progress-target'
import { writeAudit } from '../store/audit'
import { selectValue } from '../store/typed-query'
import { assertDateOrder } from '../task/task-rules'
import { readLiveTask } from '../task/task-store'

export function previewSchedule(
  ctx: AppContext,
  deadline: IsoDate,
  steps: readonly ScheduleStep[]
): BackwardSchedulePreview {
  return backwardSchedule(ctx.calendar(), deadline, steps)
}

export interface ScheduleRequest {
  target: ScheduleTarget
  deadline: IsoDate
  steps: ScheduleStep[]
  mode: 'replace' | 'append'
  setDeadline: boolean
}

/**
 * Saves a backward schedule as 时间节点 of a task or of each chosen village item, replacing or after the
 * existing ones, and optionally moves the deadline to the final deadline: all or nothing, one audit row.
 */
export function saveSchedule(ctx: AppContext, request: ScheduleRequest): ScheduleSaveResult {
  const plan = backwardSchedule(ctx.calendar(), request.deadline, request.steps)
  return ctx.db.transaction(() => {
    const owners =
      request.target.kind === 'task'
        ? [{ column: 'task_id' as const, id: request.target.id }]
        : [...new Set(request.target.ids)].map((id) => ({ column: 'village_item_id' as const, id }))
    const labels = owners.map(
      (o) =>
        readProgressTarget(ctx.db, { kind: o.column === 'task_id' ? 'task' : 'village-item', id: o.id }).label
    )
    if (request.target.kind === 'task') {
      const task = readLiveTask(ctx.db, request.target.id)
      if (request.setDeadline) assertDateOrder({ ...task, deadline: request.deadline })
    }

    let replaced = 0
    let created = 0
    // What 替换 removes and what the deadline was, so 操作日志 keeps everything the save overwrote.
    const removed: unknown[] = []
    const oldDeadlines: Record<number, IsoDate | null> = {}
    const insert = ctx.db.prepare(
      `INSERT INTO milestone (task_id, village_item_id, seq, title, deadline, duration_workdays, status)
       VALUES (?, ?, ?, ?, ?, ?, 'open')`
    )
    for (const owner of owners) {
      if (request.mode === 'replace') {
        removed.push(
          ...ctx.db
            .prepare(
              `SELECT ${owner.column} AS ownerId, seq, title, deadline, duration_workdays AS durationWorkdays, status,
                      completed_date AS completedDate FROM milestone WHERE ${owner.column} = ? ORDER BY seq`
            )
            .all(owner.id)
        )
        replaced += ctx.db.prepare(`DELETE FROM milestone WHERE ${owner.column} = ?`).run(owner.id).changes
      }
      const lastSeq = selectValue<number>(
        ctx.db,
        `SELECT ifnull(max(seq), 0) FROM milestone WHERE ${owner.column} = ?`
      ).one(owner.id)
      for (const step of plan.steps) {
        insert.run(
          owner.column === 'task_id' ? owner.id : null,
          owner.column === 'village_item_id' ? owner.id : null,
          lastSeq + step.seq,
          step.title,
          step.due,
          step.workdays
        )
        created++
      }
      if (request.setDeadline) {
        const table = owner.column === 'task_id' ? 'task' : 'village_item'
        oldDeadlines[owner.id] = selectValue<IsoDate | null>(
          ctx.db,
          `SELECT deadline FROM ${table} WHERE id = ?`
        ).one(owner.id)
        ctx.db
          .prepare(`UPDATE ${table} SET deadline = ?, updated_at = ? WHERE id = ?`)
          .run(request.deadline, ctx.clock.now(), owner.id)
      }
    }
    if (created === 0) throw new UserError('invalid-input', '没有可保存的时间节点')

    const what =
      labels.length === 1
        ? labels[0]
        : `${labels.length}个村治理事项（${labels.slice(0, 3).join('、')}${labels.length > 3 ? '等' : ''}）`
    writeAudit(ctx.db, ctx.clock, {
      entity: request.target.kind === 'task' ? 'task' : 'village_item',
      entityId: owners.length === 1 ? owners[0].id : null,
      action: 'schedule',
      summary:
        `倒排工期：${what}，最终完成时限${request.deadline}，${plan.steps.length}个时间节点` +
        `（${request.mode === 'replace' ? `替换原有${replaced}个` : '追加在现有节点之后'}）` +
        (request.setDeadline ? `，完成时限改为${request.deadline}` : ''),
      before: { milestones: removed, deadlines: request.setDeadline ? oldDeadlines : undefined },
      after: {
        ids: owners.map((o) => o.id),
        mode: request.mode,
        setDeadline: request.setDeadline,
        steps: plan.steps
      }
    })
    return { created, replaced }
  })()
}

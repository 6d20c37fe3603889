import type { TaskChanges, TaskDraft, TaskEditField, TaskFields } from '../../shared/contract'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { writeAudit } from '../store/audit'
import { selectValue } from '../store/typed-query'
import { changedFields, describeChanges, TASK_FIELDS } from './describe-change'
import { ensurePlan, makeRoomInPlanOrder } from './plan'
import { assertDateOrder, settleTaskChange } from './task-rules'
import {
  assertAreaExists,
  assertCodeFree,
  phaseIdOf,
  readLiveTask,
  readTask,
  taskLabel,
  writeTaskUnits
} from './task-store'
import { resolveUnitNames } from './unit-names'

/** Adds a task in plan order (新增任务), with its units; one audit row. */
export function createTask(ctx: AppContext, draft: TaskDraft): { id: number } {
  return ctx.db.transaction(() => {
    const planId = ensurePlan(ctx.db)
    assertCodeFree(ctx.db, planId, draft.code, null)
    assertAreaExists(ctx.db, draft.areaId)
    assertDateOrder({ ...draft, completedDate: null })
    const phaseId = phaseIdOf(ctx.db, planId, draft.phase)
    const sortOrder = makeRoomInPlanOrder(ctx.db, planId, draft.code)
    const now = ctx.clock.now()
    const id = Number(
      ctx.db
        .prepare(
          `INSERT INTO task (plan_id, phase_id, code, group_name, title, measures, leader, area_id, start_date,
                             deadline, status, percent, note, sort_order, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'not-started', 0, ?, ?, ?, ?)`
        )
        .run(
          planId,
          phaseId,
          draft.code,
          draft.group,
          draft.title,
          draft.measures,
          draft.leader,
          draft.areaId,
          draft.startDate,
          draft.deadline,
          draft.note,
          sortOrder,
          now,
          now
        ).lastInsertRowid
    )
    const lead = resolveUnitNames(ctx.db, draft.leadUnits)
    const support = resolveUnitNames(ctx.db, draft.supportUnits)
    writeTaskUnits(ctx.db, id, 'lead', lead.ids)
    writeTaskUnits(ctx.db, id, 'support', support.ids)
    const created = [...lead.created, ...support.created]
    const task = readTask(ctx.db, id)!
    writeAudit(ctx.db, ctx.clock, {
      entity: 'task',
      entityId: id,
      action: 'create',
      summary: `新增${taskLabel(task)}${created.length > 0 ? `；新增单位：${created.join('、')}` : ''}`,
      after: valuesOf(task)
    })
    return { id }
  })()
}

/**
 * Saves changed fields of a live task (an inline edit in 任务台账 or the edit dialog). Nothing changes when
 * a rule is broken; otherwise one audit row lists each field's old and new value.
 */
export function updateTask(
  ctx: AppContext,
  id: number,
  changes: TaskChanges
): { id: number; changed: TaskEditField[] } {
  return ctx.db.transaction(() => {
    const current = readLiveTask(ctx.db, id)
    const before = valuesOf(current)
    const requested: TaskChanges = { ...changes }
    let createdUnits: string[] = []
    for (const role of ['leadUnits', 'supportUnits'] as const) {
      const names = requested[role]
      if (names === undefined) continue
      const resolved = resolveUnitNames(ctx.db, names)
      createdUnits = [...createdUnits, ...resolved.created]
      const nameOf = selectValue<string>(ctx.db, 'SELECT name FROM unit WHERE id = ?')
      requested[role] = resolved.ids.map((unitId) => nameOf.one(unitId))
    }
    const after = settleTaskChange(before, requested)
    const changed = changedFields(before, after)
    if (changed.length === 0) return { id, changed }
    if (changed.includes('code')) assertCodeFree(ctx.db, current.planId, after.code, id)
    if (changed.includes('areaId')) assertAreaExists(ctx.db, after.areaId)
    ctx.db
      .prepare(
        `UPDATE task SET phase_id = ?, code = ?, group_name = ?, title = ?, measures = ?, leader = ?, area_id = ?,
                         start_date = ?, deadline = ?, status = ?, percent = ?, completed_date = ?, note = ?,
                         updated_at = ?
          WHERE id = ?`
      )
      .run(
        phaseIdOf(ctx.db, current.planId, after.phase),
        after.code,
        after.group,
        after.title,
        after.measures,
        after.leader,
        after.areaId,
        after.startDate,
        after.deadline,
        after.status,
        after.percent,
        after.completedDate,
        after.note,
        ctx.clock.now(),
        id
      )
    if (changed.includes('leadUnits')) writeTaskUnits(ctx.db, id, 'lead', unitIdsOf(ctx, after.leadUnits))
    if (changed.includes('supportUnits'))
      writeTaskUnits(ctx.db, id, 'support', unitIdsOf(ctx, after.supportUnits))
    writeAudit(ctx.db, ctx.clock, {
      entity: 'task',
      entityId: id,
      action: 'update',
      summary:
        `修改${taskLabel(current)}：${describeChanges(ctx.db, before, after, changed)}` +
        (createdUnits.length > 0 ? `；新增单位：${createdUnits.join('、')}` : ''),
      before: pick(before, changed),
      after: pick(after, changed)
    })
    return { id, changed }
  })()
}

/** Moves tasks to 回收站 (soft delete); one audit row per task. */
export function deleteTasks(ctx: AppContext, ids: readonly number[]): { deleted: number } {
  return ctx.db.transaction(() => {
    const now = ctx.clock.now()
    let deleted = 0
    for (const id of new Set(ids)) {
      const task = readTask(ctx.db, id)
      if (!task) throw new UserError('not-found', `找不到要删除的任务（编号${id}）`)
      if (task.deletedAt !== null) continue
      ctx.db.prepare('UPDATE task SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id)
      writeAudit(ctx.db, ctx.clock, {
        entity: 'task',
        entityId: id,
        action: 'delete',
        summary: `删除${taskLabel(task)}（移入回收站）`,
        before: valuesOf(task)
      })
      deleted++
    }
    return { deleted }
  })()
}

/** Brings tasks back from 回收站; refused when another live task took the code meanwhile. */
export function restoreTasks(ctx: AppContext, ids: readonly number[]): { restored: number } {
  return ctx.db.transaction(() => {
    const now = ctx.clock.now()
    let restored = 0
    for (const id of new Set(ids)) {
      const task = readTask(ctx.db, id)
      if (!task) throw new UserError('not-found', `找不到要恢复的任务（编号${id}）`)
      if (task.deletedAt === null) continue
      try {
        assertCodeFree(ctx.db, task.planId, task.code, id)
      } catch (error) {
        if (!(error instanceof UserError)) throw error
        throw new UserError(
          'conflict',
          `无法恢复${taskLabel(task)}：${error.message}，或先修改现有任务的编号`
        )
      }
      ctx.db.prepare('UPDATE task SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(now, id)
      writeAudit(ctx.db, ctx.clock, {
        entity: 'task',
        entityId: id,
        action: 'restore',
        summary: `从回收站恢复${taskLabel(task)}`,
        after: { deletedAt: null }
      })
      restored++
    }
    return { restored }
  })()
}

/** A task's own fields, in TASK_FIELDS order: the order its audit rows print them in. */
function valuesOf(task: TaskFields): TaskFields {
  return pick(task, TASK_FIELDS)
}

function pick<K extends TaskEditField>(values: TaskFields, fields: readonly K[]): Pick<TaskFields, K> {
  return Object.fromEntries(fields.map((f) => [f, values[f]])) as Pick<TaskFields, K>
}

function unitIdsOf(ctx: AppContext, names: readonly string[]): number[] {
  return resolveUnitNames(ctx.db, names).ids
}

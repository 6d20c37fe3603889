import type { Database } from 'better-sqlite3'
import type { TaskFields } from '../../shared/contract/task'
import type { PhaseKey } from '../../shared/domain'
import { UserError } from '../../shared/errors'
import type { CamelRow, Row } from '../store/rows'
import { select, selectValue } from '../store/typed-query'

/** A task as task.* reads it back: its fields, and where it stands in the plan and the 回收站. */
export type StoredTaskRecord = TaskFields & CamelRow<'task', 'id' | 'plan_id' | 'sort_order' | 'deleted_at'>

/** One task with its units, deleted or not; null when there is no such task. */
export function readTask(db: Database, id: number): StoredTaskRecord | null {
  const row = select<Omit<StoredTaskRecord, 'leadUnits' | 'supportUnits'>>(
    db,
    `SELECT t.id, t.plan_id AS planId, t.code, p.key AS phase, t.group_name AS "group", t.title, t.measures,
              t.leader, t.area_id AS areaId, t.start_date AS startDate, t.deadline, t.status, t.percent,
              t.completed_date AS completedDate, t.note, t.sort_order AS sortOrder, t.deleted_at AS deletedAt
         FROM task t LEFT JOIN phase p ON p.id = t.phase_id WHERE t.id = ?`
  ).get(id)
  if (!row) return null
  const units = select<Pick<Row<'task_unit'>, 'role'> & Pick<Row<'unit'>, 'name'>>(
    db,
    `SELECT tu.role, u.name FROM task_unit tu JOIN unit u ON u.id = tu.unit_id
      WHERE tu.task_id = ? ORDER BY tu.role, tu.sort_order, u.sort_order, u.name`
  ).all(id)
  return {
    ...row,
    leadUnits: units.filter((u) => u.role === 'lead').map((u) => u.name),
    supportUnits: units.filter((u) => u.role === 'support').map((u) => u.name)
  }
}

/** A live (not deleted) task, or a not-found UserError naming it. */
export function readLiveTask(db: Database, id: number): StoredTaskRecord {
  const task = readTask(db, id)
  if (!task || task.deletedAt !== null) {
    throw new UserError(
      'not-found',
      task ? '该任务已在回收站中，请先恢复后再修改' : `找不到任务（编号${id}）`
    )
  }
  return task
}

/** "任务 1.6「实现城中村消防设施全覆盖」", as 操作日志 and messages name a task. */
export function taskLabel(task: { code: string | null; title: string }): string {
  const title = task.title.length > 30 ? `${task.title.slice(0, 30)}…` : task.title
  return task.code ? `任务 ${task.code}「${title}」` : `任务「${title}」`
}

/** Refuses a code another live task of the plan already carries (the unique index would, less kindly). */
export function assertCodeFree(
  db: Database,
  planId: number,
  code: string | null,
  exceptId: number | null
): void {
  if (code === null) return
  const other = select<Pick<Row<'task'>, 'id' | 'code' | 'title'>>(
    db,
    'SELECT id, code, title FROM task WHERE plan_id = ? AND code = ? AND deleted_at IS NULL AND id <> ?'
  ).get(planId, code, exceptId ?? 0)
  if (other) throw new UserError('conflict', `编号“${code}”已被${taskLabel(other)}使用，请换一个编号`)
}

export function phaseIdOf(db: Database, planId: number, phase: PhaseKey | null): number | null {
  if (phase === null) return null
  const id = selectValue<number>(db, 'SELECT id FROM phase WHERE plan_id = ? AND key = ?').get(planId, phase)
  if (id === undefined) throw new UserError('invalid-input', '阶段不存在，请重新选择')
  return id
}

export function assertAreaExists(db: Database, areaId: number | null): void {
  if (areaId === null) return
  if (db.prepare('SELECT 1 FROM area WHERE id = ?').get(areaId) === undefined) {
    throw new UserError('invalid-input', '所属区域不存在，请重新选择')
  }
}

/** Replaces the units of one role of a task, in the given order. */
export function writeTaskUnits(
  db: Database,
  taskId: number,
  role: 'lead' | 'support',
  unitIds: number[]
): void {
  db.prepare('DELETE FROM task_unit WHERE task_id = ? AND role = ?').run(taskId, role)
  const insert = db.prepare('INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES (?, ?, ?, ?)')
  unitIds.forEach((unitId, i) => insert.run(taskId, unitId, role, i))
}

import type { Database } from 'better-sqlite3'
import { TASK_EDIT_LABEL, type TaskEditField } from '../../shared/contract/task'
import { PHASE_LABEL, WORK_STATUS_LABEL } from '../../shared/domain'
import type { TaskFields } from '../../shared/contract/task'
import { selectValue } from '../store/typed-query'

export const TASK_FIELDS = Object.keys(TASK_EDIT_LABEL) as TaskEditField[]

/** The fields whose value differs between two states of a task. */
export function changedFields(before: TaskFields, after: TaskFields): TaskEditField[] {
  return TASK_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
}

/** "完成时限 2025-11-14 → 2025-11-28；状态 推进中 → 已办结", the words of one 操作日志 line. */
export function describeChanges(
  db: Database,
  before: TaskFields,
  after: TaskFields,
  fields: readonly TaskEditField[]
): string {
  return fields
    .map((f) => `${TASK_EDIT_LABEL[f]} ${shown(db, f, before)} → ${shown(db, f, after)}`)
    .join('；')
}

function shown(db: Database, field: TaskEditField, task: TaskFields): string {
  const value = task[field]
  switch (field) {
    case 'status':
      return WORK_STATUS_LABEL[task.status]
    case 'phase':
      return task.phase ? PHASE_LABEL[task.phase] : '（无）'
    case 'deadline':
      return task.deadline ?? '长期'
    case 'startDate':
    case 'completedDate':
    case 'code':
      return (value as string | null) ?? '（空）'
    case 'percent':
      return `${task.percent}%`
    case 'areaId':
      return task.areaId === null
        ? '全市'
        : (selectValue<string>(db, 'SELECT name FROM area WHERE id = ?').get(task.areaId) ??
            String(task.areaId))
    case 'leadUnits':
    case 'supportUnits':
      return (value as string[]).length > 0 ? (value as string[]).join('、') : '（无）'
    default: {
      if (value === null || value === '') return '（空）'
      const text = String(value)
      return text.length > 40 ? `“${text.slice(0, 40)}…”` : `“${text}”`
    }
  }
}

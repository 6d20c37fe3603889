import type { Database } from 'better-sqlite3'
import type { IsoDate } from '../../../../shared/civil-date'
import type { FieldChange, PreviewRowStatus } from '../../../../shared/contract/exchange'
import { PHASE_LABEL, WORK_STATUS_LABEL } from '../../../../shared/domain'
import { loadUnits, UnitResolver, type UnitRef } from '../../store-lookups'
import { nameKey } from '../../value-reading'
import { TASK_FIELD_LABEL, type TaskField } from './task-fields'
import {
  loadExistingTasks,
  reportChecker,
  type ExistingTask,
  type PlanLookup,
  type TaskValues
} from './task-lookups'
import type { TaskDraft } from './task-rows'

/** What the import would do with one row. */
export interface PlannedTask {
  draft: TaskDraft
  status: PreviewRowStatus
  existing: ExistingTask | null
  changes: FieldChange[]
  leadUnits?: UnitRef[]
  supportUnits?: UnitRef[]
  /** A progress report to add (its text differs from what is recorded). */
  report: { date: IsoDate; text: string; percent: number | null } | null
  /** The task's values after the import (for a new task, with defaults). */
  after: TaskValues
}

export type { TaskValues }

/**
 * Matches each row to a task of the plan and works out the difference, reading the data file only:
 * by 编号 when the row has one, else by the title (whitespace and full-width/half-width aside). A code
 * the data file does not know, on a row whose title belongs to a task with another code, is an error —
 * it is either a typo or a 序号 that is only a row number, and the clerk must say which.
 */
export function planTasks(
  db: Database,
  plan: PlanLookup,
  drafts: readonly TaskDraft[],
  asOf: IsoDate
): PlannedTask[] {
  const existing = loadExistingTasks(db, plan.planId)
  const byCode = new Map(existing.filter((t) => t.code !== null).map((t) => [t.code!, t]))
  const byTitle = new Map<string, ExistingTask[]>()
  for (const task of existing)
    byTitle.set(nameKey(task.title), [...(byTitle.get(nameKey(task.title)) ?? []), task])
  const units = new UnitResolver(loadUnits(db))
  const hasReport = reportChecker(db)
  const rowOfCode = new Map<string, number>()
  const rowOfTitle = new Map<string, number>()
  const claimed = new Map<number, TaskDraft>()

  return drafts.map((draft) => {
    const fail = (message: string) =>
      draft.errors.push({ sheet: draft.sheet, row: draft.row, column: null, header: null, message })
    const titleKey = nameKey(draft.title)
    let match: ExistingTask | null = null
    if (draft.code !== null) {
      const earlier = rowOfCode.get(draft.code)
      if (earlier !== undefined) fail(`编号“${draft.code}”与第${earlier}行重复`)
      else rowOfCode.set(draft.code, draft.row)
      match = byCode.get(draft.code) ?? null
      if (!match && draft.title) {
        const sameTitle = byTitle.get(titleKey) ?? []
        const uncoded = sameTitle.filter((t) => t.code === null)
        if (uncoded.length === 1) match = uncoded[0]
        else if (sameTitle.length > 0) {
          fail(
            `编号不一致：数据文件中同名任务的编号是“${sameTitle.map((t) => t.code).join('、')}”，表中是“${draft.code}”。` +
              '请核对编号；如果这一列只是行号，请在“对应列”中把它设为不导入'
          )
        }
      }
    } else if (draft.title) {
      const earlier = rowOfTitle.get(titleKey)
      if (earlier !== undefined) fail(`与第${earlier}行的任务名称相同，无法区分，请填写编号`)
      else rowOfTitle.set(titleKey, draft.row)
      const sameTitle = byTitle.get(titleKey) ?? []
      if (sameTitle.length === 1) match = sameTitle[0]
      else if (sameTitle.length > 1)
        fail(`数据文件中有${sameTitle.length}项任务都叫“${draft.title}”，请在表中填写编号以区分`)
    }
    if (match) {
      const other = claimed.get(match.id)
      if (other) fail(`与第${other.row}行对应的是同一项任务（${match.code ?? match.title}）`)
      else claimed.set(match.id, draft)
    }

    const leadUnits = resolveUnits(units, draft, 'leadUnits')
    const supportUnits = resolveUnits(units, draft, 'supportUnits')
    const after = valuesAfter(draft, match)
    const changes = match ? taskChanges(match, after, leadUnits, supportUnits) : []
    const report = plannedReport(draft, match, asOf, hasReport)
    if (match && report) {
      changes.push(change('progress', match.latestReport?.text ?? '', `${report.date} ${report.text}`))
    }
    const status: PreviewRowStatus =
      draft.errors.length > 0 ? 'error' : !match ? 'new' : changes.length > 0 ? 'changed' : 'unchanged'
    return { draft, status, existing: match, changes, leadUnits, supportUnits, report, after }
  })
}

function resolveUnits(
  units: UnitResolver,
  draft: TaskDraft,
  field: 'leadUnits' | 'supportUnits'
): UnitRef[] | undefined {
  const names = draft[field]
  if (names === undefined) return undefined
  const resolved = units.resolve(names)
  if (resolved.ok) return resolved.refs
  draft.errors.push({
    sheet: draft.sheet,
    row: draft.row,
    column: null,
    header: TASK_FIELD_LABEL[field],
    message: resolved.message
  })
  return undefined
}

function valuesAfter(draft: TaskDraft, task: ExistingTask | null): TaskValues {
  const status = draft.status ?? task?.status ?? 'not-started'
  return {
    code: draft.code ?? task?.code ?? null,
    title: draft.title || task?.title || '',
    group: draft.group ?? task?.group ?? '',
    phase: draft.phase ?? task?.phase ?? (task ? null : draft.contextPhase),
    measures: draft.measures ?? task?.measures ?? '',
    leader: draft.leader ?? task?.leader ?? '',
    startDate: draft.startDate ?? task?.startDate ?? null,
    deadline: draft.deadline !== undefined ? draft.deadline : (task?.deadline ?? null),
    status,
    percent: draft.percent ?? task?.percent ?? 0,
    // A task that is no longer 办结 loses its completion date (the store's CHECK requires it).
    completedDate: status === 'done' ? (draft.completedDate ?? task?.completedDate ?? null) : null,
    note: draft.note ?? task?.note ?? ''
  }
}

function taskChanges(
  task: ExistingTask,
  after: TaskValues,
  leadUnits: UnitRef[] | undefined,
  supportUnits: UnitRef[] | undefined
): FieldChange[] {
  const changes: FieldChange[] = []
  const compare = (field: TaskField, before: string, now: string) => {
    if (before !== now) changes.push(change(field, before, now))
  }
  compare('code', task.code ?? '', after.code ?? '')
  compare('title', task.title, after.title)
  compare('group', task.group, after.group)
  compare('phase', task.phase ? PHASE_LABEL[task.phase] : '', after.phase ? PHASE_LABEL[after.phase] : '')
  compare('measures', task.measures, after.measures)
  if (leadUnits) compare('leadUnits', task.leadUnits.join('、'), leadUnits.map((u) => u.name).join('、'))
  if (supportUnits)
    compare('supportUnits', task.supportUnits.join('、'), supportUnits.map((u) => u.name).join('、'))
  compare('leader', task.leader, after.leader)
  compare('startDate', task.startDate ?? '', after.startDate ?? '')
  compare('deadline', task.deadline ?? '长期', after.deadline ?? '长期')
  compare('status', WORK_STATUS_LABEL[task.status], WORK_STATUS_LABEL[after.status])
  compare('percent', `${task.percent}%`, `${after.percent}%`)
  compare('completedDate', task.completedDate ?? '', after.completedDate ?? '')
  compare('note', task.note, after.note)
  return changes
}

function plannedReport(
  draft: TaskDraft,
  task: ExistingTask | null,
  asOf: IsoDate,
  hasReport: (taskId: number, date: IsoDate, text: string) => boolean
): PlannedTask['report'] {
  if (draft.progress === undefined) return null
  const percent = draft.percent ?? null
  if (!task) return { date: draft.progressDate ?? asOf, text: draft.progress, percent }
  if (draft.progressDate !== undefined) {
    return hasReport(task.id, draft.progressDate, draft.progress)
      ? null
      : { date: draft.progressDate, text: draft.progress, percent }
  }
  if (task.latestReport?.text === draft.progress) return null
  return { date: asOf, text: draft.progress, percent }
}

function change(field: TaskField, before: string, after: string): FieldChange {
  return { field, label: TASK_FIELD_LABEL[field], before, after }
}

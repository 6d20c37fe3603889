import { listTasks } from '../../../task/task-list'
import { kindFields, type ImportKind } from '../import-kind'
import { taskLedgerWorkbook } from './export-tasks'
import { applyTasks } from './task-apply'
import { TASK_HEADER_WORDS, TASK_FIELD_LABEL, TASK_REQUIRED } from './task-fields'
import { DEFAULT_PLAN, loadPlan } from './task-lookups'
import { planTasks, type PlannedTask } from './task-plan'
import { applyFixes } from './task-fixes'
import { newTaskUnits, taskPreviewRow } from './task-preview'
import { readTaskRows } from './task-rows'
import { unmapRestartingSerials } from './task-serials'

/** 任务台账: the plan's tasks, one row each, with their units and latest progress (issue 4). */
export const taskImport: ImportKind<PlannedTask> = {
  info: {
    kind: 'tasks',
    title: '任务台账',
    importLabel: '导入台账',
    fields: kindFields(TASK_FIELD_LABEL, TASK_REQUIRED),
    export: { label: '导出台账', counted: '项任务' }
  },
  headerWords: TASK_HEADER_WORDS,
  requiredFields: TASK_REQUIRED,
  serialField: 'code',
  wording: {
    noHeader: '前20行中找不到表头（应有“序号/编号、工作任务、牵头单位、完成时限”等列名）',
    missingKey: '没有“工作任务”列，未读取',
    belongsHere: '这是任务台账（有“工作任务”列），请用“导入台账”导入'
  },
  refineMapping: unmapRestartingSerials,
  plan(db, sheets, asOf, fixes) {
    const plan = loadPlan(db)
    const drafts = applyFixes(
      sheets.flatMap((rows) => readTaskRows(rows, plan.phases)),
      fixes
    )
    return {
      rows: planTasks(db, plan, drafts, asOf),
      creates: plan.planId === null ? DEFAULT_PLAN.name : null,
      previewRow: taskPreviewRow,
      newUnits: newTaskUnits,
      reportsAdded: (rows) => rows.filter((r) => r.report !== null && r.status !== 'unchanged').length,
      apply: (db, clock, rows) => applyTasks(db, clock, plan, rows)
    }
  },
  async exportWorkbook(ctx, { asOf, rowIds }) {
    const all = listTasks(ctx, asOf)
    const only = rowIds ? new Set(rowIds) : null
    const tasks = all.filter((t) => !only || only.has(t.id))
    // "Filtered" is said in the subtitle only when the grid's filter actually left rows out.
    return { bytes: await taskLedgerWorkbook(tasks, asOf, tasks.length < all.length), rows: tasks.length }
  }
}

import type { Database } from 'better-sqlite3'
import type { PhaseKey } from '../../../../shared/domain'
import { writeAudits, type AuditEntry } from '../../../store/audit'
import { RowBatch } from '../../../store/batch-insert'
import type { Clock } from '../../../system/clock'
import { nothingApplied, type AppliedRows } from '../import-kind'
import { selectValue } from '../../../store/typed-query'
import type { UnitRef } from '../../store-lookups'
import { createUnits } from '../../unit-writer'
import { DEFAULT_PLAN, type PlanLookup, type TaskValues } from './task-lookups'
import type { PlannedTask } from './task-plan'

/**
 * Writes the planned rows (already filtered to those the clerk kept, none with an error). Runs inside the
 * caller's transaction; every created or changed task gets its audit row.
 */
export function applyTasks(
  db: Database,
  clock: Clock,
  plan: PlanLookup,
  rows: readonly PlannedTask[]
): AppliedRows {
  const now = clock.now()
  const planCreated = plan.planId === null
  const { planId, phaseIds } = ensurePlan(db, plan)
  const unitIds = createUnits(
    db,
    clock,
    rows.flatMap((r) => [...(r.leadUnits ?? []), ...(r.supportUnits ?? [])])
  )
  const unitId = (ref: UnitRef) => ref.id ?? unitIds.get(ref.name)!

  const updateTask = db.prepare(
    `UPDATE task SET ${TASK_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`
  )
  const clearUnits = db.prepare('DELETE FROM task_unit WHERE task_id = ? AND role = ?')
  // New tasks take the next ids in sheet order, given explicitly (this runs inside the import's
  // transaction), so their units, reports and audit rows can be written in batches after them.
  let nextId = selectValue<number>(db, 'SELECT ifnull(max(id), 0) FROM task').one() + 1
  let sortOrder = selectValue<number>(db, 'SELECT ifnull(max(sort_order), 0) FROM task').one() + 1
  const newTasks = new RowBatch('task', [...TASK_COLUMNS, 'id', 'plan_id', 'sort_order', 'created_at'])
  const taskUnits = new RowBatch('task_unit', ['task_id', 'unit_id', 'role', 'sort_order'])
  const reports = new RowBatch('progress_report', ['task_id', 'report_date', 'text', 'percent', 'created_at'])
  const audits: AuditEntry[] = []
  const result = nothingApplied(planCreated ? '，新建行动方案' : '')

  for (const row of rows) {
    if (row.status === 'unchanged') {
      result.unchanged++
      continue
    }
    const columns = taskColumns(
      row.after,
      row.after.phase ? (phaseIds.get(row.after.phase) ?? null) : null,
      now
    )
    let taskId: number
    if (row.existing) {
      taskId = row.existing.id
      updateTask.run(...columns, taskId)
      result.updated++
    } else {
      taskId = nextId++
      newTasks.add(...columns, taskId, planId, sortOrder++, now)
      result.created++
    }
    for (const [role, refs] of [
      ['lead', row.leadUnits],
      ['support', row.supportUnits]
    ] as const) {
      if (!refs) continue
      if (row.existing) clearUnits.run(taskId, role)
      refs.forEach((ref, i) => taskUnits.add(taskId, unitId(ref), role, i))
    }
    if (row.report) {
      reports.add(taskId, row.report.date, row.report.text, row.report.percent, now)
      result.reportsAdded++
    }
    audits.push(taskAudit(taskId, row, row.after))
  }
  // Tasks first: their units and reports refer to them.
  for (const batch of [newTasks, taskUnits, reports]) batch.insert(db)
  writeAudits(db, clock, audits)
  result.unitsCreated = [...unitIds.keys()]
  return result
}

/** The task columns an import writes, in the order of `taskColumns`. */
const TASK_COLUMNS = [
  'phase_id',
  'code',
  'group_name',
  'title',
  'measures',
  'leader',
  'start_date',
  'deadline',
  'status',
  'percent',
  'completed_date',
  'note',
  'updated_at'
] as const

function taskColumns(v: TaskValues, phaseId: number | null, now: string): unknown[] {
  return [
    phaseId,
    v.code,
    v.group,
    v.title,
    v.measures,
    v.leader,
    v.startDate,
    v.deadline,
    v.status,
    v.percent,
    v.completedDate,
    v.note,
    now
  ]
}

function taskAudit(taskId: number, row: PlannedTask, values: TaskValues): AuditEntry {
  const label = `${values.code ? `${values.code} ` : ''}${values.title}`
  const where = `（${row.draft.sheet} 第${row.draft.row}行）`
  if (!row.existing) {
    return {
      entity: 'task',
      entityId: taskId,
      action: 'create',
      summary: `导入台账，新增任务 ${label}${where}`,
      after: {
        ...values,
        leadUnits: row.leadUnits?.map((u) => u.name) ?? [],
        supportUnits: row.supportUnits?.map((u) => u.name) ?? []
      }
    }
  }
  return {
    entity: 'task',
    entityId: taskId,
    action: 'update',
    summary: `导入台账，修改任务 ${label} 的${row.changes.map((c) => c.label).join('、')}${where}`,
    before: Object.fromEntries(row.changes.map((c) => [c.label, c.before])),
    after: Object.fromEntries(row.changes.map((c) => [c.label, c.after]))
  }
}

function ensurePlan(db: Database, plan: PlanLookup): { planId: number; phaseIds: Map<PhaseKey, number> } {
  if (plan.planId !== null) {
    return { planId: plan.planId, phaseIds: new Map(plan.phases.map((p) => [p.key, p.id!])) }
  }
  const planId = Number(
    db
      .prepare('INSERT INTO plan (name, motto, start_date, end_date) VALUES (?, ?, ?, ?)')
      .run(DEFAULT_PLAN.name, DEFAULT_PLAN.motto, DEFAULT_PLAN.startDate, DEFAULT_PLAN.endDate)
      .lastInsertRowid
  )
  const insertPhase = db.prepare(
    'INSERT INTO phase (plan_id, key, name, year, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?)'
  )
  const phaseIds = new Map<PhaseKey, number>()
  for (const p of DEFAULT_PLAN.phases) {
    phaseIds.set(
      p.key,
      Number(insertPhase.run(planId, p.key, p.name, p.year, p.startDate, p.endDate).lastInsertRowid)
    )
  }
  return { planId, phaseIds }
}

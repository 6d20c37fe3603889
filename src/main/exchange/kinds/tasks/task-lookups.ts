import type { Database } from 'better-sqlite3'
import type { IsoDate } from '../../../../shared/civil-date'
import type { TaskFields } from '../../../../shared/contract/task'
import type { PhaseKey } from '../../../../shared/domain'
import type { CamelRow, Row } from '../../../store/rows'
import { select } from '../../../store/typed-query'

/** The plan an import writes into; when the data file has none yet, the commit creates this one. */
export const DEFAULT_PLAN = {
  name: '城中村现代化治理三年行动方案（2023—2025年）',
  motto: '一年试点、两年攻坚、三年全覆盖',
  startDate: '2023-04-01',
  endDate: '2025-12-31',
  phases: [
    { key: 'pilot', name: '试点', year: 2023, startDate: '2023-04-01', endDate: '2023-12-31' },
    { key: 'push', name: '攻坚', year: 2024, startDate: '2024-01-01', endDate: '2024-12-31' },
    { key: 'full-coverage', name: '全覆盖', year: 2025, startDate: '2025-01-01', endDate: '2025-12-31' }
  ] as { key: PhaseKey; name: string; year: number; startDate: IsoDate; endDate: IsoDate }[]
}

/** A phase as a row names it (试点, 2024年). */
export type PhaseInfo = Pick<Row<'phase'>, 'key' | 'name' | 'year'>

export interface PlanLookup {
  planId: number | null
  phases: (PhaseInfo & { id: number | null })[]
}

/** The data file's plan (the first, as CivDesk keeps one) and its phases. */
export function loadPlan(db: Database): PlanLookup {
  const plan = select<Pick<Row<'plan'>, 'id'>>(db, 'SELECT id FROM plan ORDER BY id LIMIT 1').get()
  if (!plan) return { planId: null, phases: DEFAULT_PLAN.phases.map((p) => ({ ...p, id: null })) }
  const phases = select<Pick<Row<'phase'>, 'id' | 'key' | 'name' | 'year'>, [number]>(
    db,
    'SELECT id, key, name, year FROM phase WHERE plan_id = ? ORDER BY year'
  ).all(plan.id)
  return { planId: plan.id, phases }
}

/** A task's own fields, as an import reads and writes them (its units travel separately, as refs). */
export type TaskValues = Omit<TaskFields, 'leadUnits' | 'supportUnits' | 'areaId'>

export interface ExistingTask extends TaskValues {
  id: number
  leadUnits: string[]
  supportUnits: string[]
  latestReport: { date: IsoDate; text: string } | null
}

/** The plan's tasks that are not in the 回收站, with their units and latest progress report. */
export function loadExistingTasks(db: Database, planId: number | null): ExistingTask[] {
  if (planId === null) return []
  const tasks = select<TaskValues & { id: number }, [number]>(
    db,
    `SELECT t.id, t.code, t.title, t.group_name AS "group", p.key AS phase, t.measures, t.leader,
            t.start_date AS startDate, t.deadline, t.status, t.percent, t.completed_date AS completedDate, t.note
       FROM task t LEFT JOIN phase p ON p.id = t.phase_id
      WHERE t.plan_id = ? AND t.deleted_at IS NULL`
  ).all(planId)
  const byId = new Map<number, ExistingTask>(
    tasks.map((t) => [t.id, { ...t, leadUnits: [], supportUnits: [], latestReport: null }])
  )
  const units = select<CamelRow<'task_unit', 'task_id' | 'role'> & Pick<Row<'unit'>, 'name'>>(
    db,
    `SELECT tu.task_id AS taskId, tu.role, u.name FROM task_unit tu JOIN unit u ON u.id = tu.unit_id
      ORDER BY tu.task_id, tu.role, tu.sort_order, u.sort_order, u.name`
  ).all()
  for (const u of units) {
    const task = byId.get(u.taskId)
    if (task) (u.role === 'lead' ? task.leadUnits : task.supportUnits).push(u.name)
  }
  const reports = select<{ taskId: number; date: IsoDate; text: string }>(
    db,
    `SELECT task_id AS taskId, report_date AS date, text FROM (
       SELECT task_id, report_date, text,
              row_number() OVER (PARTITION BY task_id ORDER BY report_date DESC, id DESC) AS rn
         FROM progress_report WHERE task_id IS NOT NULL) WHERE rn = 1`
  ).all()
  for (const r of reports) {
    const task = byId.get(r.taskId)
    if (task) task.latestReport = { date: r.date, text: r.text }
  }
  return [...byId.values()]
}

/** Whether a progress report with this date and text is already recorded for a task. */
export function reportChecker(db: Database): (taskId: number, date: IsoDate, text: string) => boolean {
  const statement = select<{ found: 1 }, [number, IsoDate, string]>(
    db,
    'SELECT 1 AS found FROM progress_report WHERE task_id = ? AND report_date = ? AND text = ? LIMIT 1'
  )
  return (taskId, date, text) => statement.get(taskId, date, text) !== undefined
}

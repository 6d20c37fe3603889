import type { Database } from 'better-sqlite3'
import type { IsoDate } from '../../shared/civil-date'
import type { PhaseKey, WorkStatus } from '../../shared/domain'
import type { PhaseInfo } from './task-rows'
import { nameKey } from './value-reading'

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

export interface PlanLookup {
  planId: number | null
  phases: (PhaseInfo & { id: number | null })[]
}

/** The data file's plan (the first, as CivDesk keeps one) and its phases. */
export function loadPlan(db: Database): PlanLookup {
  const plan = db.prepare('SELECT id FROM plan ORDER BY id LIMIT 1').get() as { id: number } | undefined
  if (!plan) return { planId: null, phases: DEFAULT_PLAN.phases.map((p) => ({ ...p, id: null })) }
  const phases = db
    .prepare('SELECT id, key, name, year FROM phase WHERE plan_id = ? ORDER BY year')
    .all(plan.id) as (PhaseInfo & { id: number })[]
  return { planId: plan.id, phases }
}

/** A task's own fields, as an import reads and writes them. */
export interface TaskValues {
  code: string | null
  title: string
  group: string
  phase: PhaseKey | null
  measures: string
  leader: string
  startDate: IsoDate | null
  deadline: IsoDate | null
  status: WorkStatus
  percent: number
  completedDate: IsoDate | null
  note: string
}

export interface ExistingTask extends TaskValues {
  id: number
  leadUnits: string[]
  supportUnits: string[]
  latestReport: { date: IsoDate; text: string } | null
}

/** The plan's tasks that are not in the 回收站, with their units and latest progress report. */
export function loadExistingTasks(db: Database, planId: number | null): ExistingTask[] {
  if (planId === null) return []
  const tasks = db
    .prepare(
      `SELECT t.id, t.code, t.title, t.group_name AS "group", p.key AS phase, t.measures, t.leader,
              t.start_date AS startDate, t.deadline, t.status, t.percent, t.completed_date AS completedDate, t.note
         FROM task t LEFT JOIN phase p ON p.id = t.phase_id
        WHERE t.plan_id = ? AND t.deleted_at IS NULL`
    )
    .all(planId) as Omit<ExistingTask, 'leadUnits' | 'supportUnits' | 'latestReport'>[]
  const byId = new Map<number, ExistingTask>(
    tasks.map((t) => [t.id, { ...t, leadUnits: [], supportUnits: [], latestReport: null }])
  )
  const units = db
    .prepare(
      `SELECT tu.task_id AS taskId, tu.role, u.name FROM task_unit tu JOIN unit u ON u.id = tu.unit_id
        ORDER BY tu.task_id, tu.role, tu.sort_order, u.sort_order, u.name`
    )
    .all() as { taskId: number; role: 'lead' | 'support'; name: string }[]
  for (const u of units) {
    const task = byId.get(u.taskId)
    if (task) (u.role === 'lead' ? task.leadUnits : task.supportUnits).push(u.name)
  }
  const reports = db
    .prepare(
      `SELECT task_id AS taskId, report_date AS date, text FROM (
         SELECT task_id, report_date, text,
                row_number() OVER (PARTITION BY task_id ORDER BY report_date DESC, id DESC) AS rn
           FROM progress_report WHERE task_id IS NOT NULL) WHERE rn = 1`
    )
    .all() as { taskId: number; date: IsoDate; text: string }[]
  for (const r of reports) {
    const task = byId.get(r.taskId)
    if (task) task.latestReport = { date: r.date, text: r.text }
  }
  return [...byId.values()]
}

export interface UnitLookup {
  /** By nameKey of the name or of an alias. */
  byKey: Map<string, { id: number; name: string; deleted: boolean }>
}

export function loadUnits(db: Database): UnitLookup {
  const byKey: UnitLookup['byKey'] = new Map()
  const units = db.prepare('SELECT id, name, deleted_at AS deletedAt FROM unit').all() as {
    id: number
    name: string
    deletedAt: string | null
  }[]
  const byId = new Map(units.map((u) => [u.id, { id: u.id, name: u.name, deleted: u.deletedAt !== null }]))
  for (const unit of byId.values()) byKey.set(nameKey(unit.name), unit)
  const aliases = db.prepare('SELECT alias, unit_id AS unitId FROM unit_alias').all() as {
    alias: string
    unitId: number
  }[]
  for (const a of aliases) {
    const unit = byId.get(a.unitId)
    // A unit's own name wins over another unit's alias spelled the same.
    if (unit && !byKey.has(nameKey(a.alias))) byKey.set(nameKey(a.alias), unit)
  }
  return { byKey }
}

/** Whether a progress report with this date and text is already recorded for a task. */
export function reportChecker(db: Database): (taskId: number, date: IsoDate, text: string) => boolean {
  const statement = db.prepare(
    'SELECT 1 FROM progress_report WHERE task_id = ? AND report_date = ? AND text = ? LIMIT 1'
  )
  return (taskId, date, text) => statement.get(taskId, date, text) !== undefined
}

export interface UnitRef {
  /** null: a unit the import creates. */
  id: number | null
  /** The stored name (for a unit found by its alias, its full name), or the name as typed for a new one. */
  name: string
}

/**
 * Matches unit names to the data file's units by name or alias (unit_alias), ignoring full-width/half-
 * width and spaces. Names it does not know become new units, listed in the preview and created on commit.
 */
export class UnitResolver {
  private readonly fresh = new Map<string, string>()

  constructor(private readonly lookup: UnitLookup) {}

  private readonly keys = new Map<string, string>()
  private readonly refs = new Map<string, UnitRef>()

  resolve(names: readonly string[]): { ok: true; refs: UnitRef[] } | { ok: false; message: string } {
    const refs: UnitRef[] = []
    for (const name of names) {
      let key = this.keys.get(name)
      if (key === undefined) this.keys.set(name, (key = nameKey(name)))
      const known = this.lookup.byKey.get(key)
      if (known?.deleted) {
        return { ok: false, message: `单位“${known.name}”已删除（在回收站中），请先恢复该单位或改用其他单位` }
      }
      let ref = this.refs.get(key)
      if (ref === undefined) {
        // One ref per unit, shared by every row that names it (a large ledger names units 60,000 times).
        ref = known ? { id: known.id, name: known.name } : { id: null, name }
        this.refs.set(key, ref)
        if (!known) this.fresh.set(key, name)
      }
      refs.push(ref)
    }
    return { ok: true, refs }
  }

  /** Every new name met so far, in the order first met. */
  newUnits(): string[] {
    return [...this.fresh.values()]
  }
}

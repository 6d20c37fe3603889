import type { Database } from 'better-sqlite3'
import type { IsoDate } from '../../shared/civil-date'
import type { TaskRow } from '../../shared/contract'
import type { CamelRow, Row } from '../store/rows'
import { select } from '../store/typed-query'

/** A task as stored, with its units resolved to names in their display order: a ledger line less its light. */
export type StoredTask = Omit<TaskRow, 'light'> & CamelRow<'task', 'sort_order'>

/**
 * Loads tasks in plan order (phase, then sort order, then code) with three queries in all, whatever the
 * number of tasks: the tasks, their units, and each task's latest progress report.
 */
export function loadTasks(
  db: Database,
  options: { includeDeleted?: boolean; asOf?: IsoDate } = {}
): StoredTask[] {
  const rows = select<Omit<StoredTask, 'leadUnits' | 'supportUnits' | 'latestReport'>>(
    db,
    `SELECT t.id, t.code, t.group_name AS "group", p.key AS phase, t.title, t.measures, t.leader,
              t.area_id AS areaId, a.name AS areaName, t.start_date AS startDate, t.deadline, t.status, t.percent,
              t.completed_date AS completedDate, t.note, t.sort_order AS sortOrder, t.deleted_at AS deletedAt
         FROM task t LEFT JOIN phase p ON p.id = t.phase_id LEFT JOIN area a ON a.id = t.area_id
        WHERE ? OR t.deleted_at IS NULL
        ORDER BY ifnull(p.year, 9999), t.sort_order, t.code, t.id`
  ).all(options.includeDeleted ? 1 : 0)

  const units = select<CamelRow<'task_unit', 'task_id' | 'role'> & Pick<Row<'unit'>, 'name'>>(
    db,
    `SELECT tu.task_id AS taskId, tu.role, u.name FROM task_unit tu JOIN unit u ON u.id = tu.unit_id
        ORDER BY tu.task_id, tu.role, tu.sort_order, u.sort_order, u.name`
  ).all()
  const unitsByTask = new Map<number, { lead: string[]; support: string[] }>()
  for (const u of units) {
    let entry = unitsByTask.get(u.taskId)
    if (!entry) unitsByTask.set(u.taskId, (entry = { lead: [], support: [] }))
    entry[u.role].push(u.name)
  }

  const reports = select<CamelRow<'progress_report', 'task_id'> & NonNullable<TaskRow['latestReport']>>(
    db,
    `SELECT task_id AS taskId, report_date AS date, text, percent FROM (
         SELECT task_id, report_date, text, percent,
                row_number() OVER (PARTITION BY task_id ORDER BY report_date DESC, id DESC) AS rn
           FROM progress_report WHERE task_id IS NOT NULL AND report_date <= ?)
        WHERE rn = 1`
  ).all(options.asOf ?? '9999-12-31')
  const latestByTask = new Map(
    reports.map((r) => [r.taskId, { date: r.date, text: r.text, percent: r.percent }])
  )

  return rows.map((row) => ({
    ...row,
    leadUnits: unitsByTask.get(row.id)?.lead ?? [],
    supportUnits: unitsByTask.get(row.id)?.support ?? [],
    latestReport: latestByTask.get(row.id) ?? null
  }))
}

import type { Database, Statement } from 'better-sqlite3'
import type { UnitRole } from '../../shared/domain'
import type { Camel, Row } from '../store/rows'

/** What the sample writes per table: the table's row under its camel-cased names, less what SQLite sets. */
export type TaskRow = Camel<Omit<Row<'task'>, 'id' | 'deleted_at'>>

/** `applicable` as a flag here; the writer stores 0 or 1. */
export type VillageItemRow = Camel<Omit<Row<'village_item'>, 'id' | 'applicable'>> & { applicable: boolean }

export type MilestoneRow = Camel<Omit<Row<'milestone'>, 'id' | 'task_id' | 'village_item_id'>>

export type ReportRow = Camel<
  Omit<
    Row<'progress_report'>,
    'id' | 'task_id' | 'village_item_id' | 'round_id' | 'round_return_id' | 'evidence' | 'highlight'
  >
>

/** The owner of a milestone or a progress report: exactly one of the two is set (schema CHECK). */
export type Owner = { taskId: number; villageItemId: null } | { taskId: null; villageItemId: number }

/**
 * Every INSERT of the plan, task and village-item tables, prepared once per generation: preparing per
 * row would dominate the run time at scale 10.
 */
export class SampleWriter {
  private readonly task: Statement
  private readonly taskUnit: Statement
  private readonly villageItem: Statement
  private readonly milestone: Statement
  private readonly report: Statement
  milestoneCount = 0
  reportCount = 0

  constructor(db: Database) {
    this.task = db.prepare(
      `INSERT INTO task (plan_id, phase_id, code, group_name, title, measures, leader, area_id, start_date,
         deadline, status, percent, completed_date, note, sort_order, created_at, updated_at)
       VALUES (@planId, @phaseId, @code, @groupName, @title, @measures, @leader, @areaId, @startDate,
         @deadline, @status, @percent, @completedDate, @note, @sortOrder, @createdAt, @updatedAt)`
    )
    this.taskUnit = db.prepare(
      'INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES (?, ?, ?, ?)'
    )
    this.villageItem = db.prepare(
      `INSERT INTO village_item (village_id, item_id, applicable, responsible_unit_id, deadline, status, percent,
         completed_date, note, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    this.milestone = db.prepare(
      `INSERT INTO milestone (task_id, village_item_id, seq, title, deadline, duration_workdays, status,
         completed_date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    )
    this.report = db.prepare(
      `INSERT INTO progress_report (task_id, village_item_id, report_date, text, percent, problems, next_steps,
         created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    )
  }

  insertTask(row: TaskRow): number {
    return Number(this.task.run(row).lastInsertRowid)
  }

  insertTaskUnit(taskId: number, unitId: number, role: UnitRole, sortOrder: number): void {
    this.taskUnit.run(taskId, unitId, role, sortOrder)
  }

  insertVillageItem(row: VillageItemRow): number {
    const result = this.villageItem.run(
      row.villageId,
      row.itemId,
      row.applicable ? 1 : 0,
      row.responsibleUnitId,
      row.deadline,
      row.status,
      row.percent,
      row.completedDate,
      row.note,
      row.updatedAt
    )
    return Number(result.lastInsertRowid)
  }

  insertMilestones(owner: Owner, rows: readonly MilestoneRow[]): void {
    for (const row of rows) {
      this.milestone.run(
        owner.taskId,
        owner.villageItemId,
        row.seq,
        row.title,
        row.deadline,
        row.durationWorkdays,
        row.status,
        row.completedDate
      )
    }
    this.milestoneCount += rows.length
  }

  insertReports(owner: Owner, rows: readonly ReportRow[]): void {
    for (const row of rows) {
      this.report.run(
        owner.taskId,
        owner.villageItemId,
        row.reportDate,
        row.text,
        row.percent,
        row.problems,
        row.nextSteps,
        row.createdAt
      )
    }
    this.reportCount += rows.length
  }
}

/** The later of two ISO timestamps with the same offset (string order is time order). */
export function laterTimestamp(a: string, b: string): string {
  return a > b ? a : b
}

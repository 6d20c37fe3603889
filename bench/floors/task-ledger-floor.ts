/**
 * The floor of a task ledger import (the sheet test/exchange-corpus.ts `generatedLedger` writes: 编号,
 * 工作任务, 具体举措, 牵头单位, 配合单位, 完成时限, 状态, 进度 under a title row). It writes what the import
 * writes for each new task (src/main/exchange/task-apply.ts): the task row, one task_unit row per lead and
 * support unit (tables from store/migrations/001-initial-schema.ts), and one audit_log row carrying the
 * task's values as JSON, like the import's own.
 */
import type { Database } from 'better-sqlite3'
import type ExcelJS from 'exceljs'
import type { ImportFloor } from '../import-floor'

export interface FloorTask {
  sheetRow: number
  code: string
  title: string
  measures: string
  leadUnits: string[]
  supportUnits: string[]
  deadline: string | null
  status: 'not-started' | 'in-progress' | 'done'
  percent: number
}

const STATUS: Record<string, FloorTask['status']> = {
  未启动: 'not-started',
  推进中: 'in-progress',
  已完成: 'done'
}

const text = (cell: ExcelJS.Cell): string => (cell.value === null ? '' : String(cell.value))

export const taskLedgerFloor: ImportFloor<FloorTask> = {
  label: '任务 + 牵头/配合单位 + 每项一条操作日志',

  read(workbook) {
    const rows: FloorTask[] = []
    workbook.worksheets[0].eachRow((row, number) => {
      // Row 1 is the title, row 2 the headers; a section heading (一、…) has no 工作任务.
      if (number < 3 || row.getCell(2).value === null) return
      const deadline = row.getCell(6).value
      rows.push({
        sheetRow: number,
        code: text(row.getCell(1)),
        title: text(row.getCell(2)),
        measures: text(row.getCell(3)),
        leadUnits: text(row.getCell(4)).split('、').filter(Boolean),
        supportUnits: text(row.getCell(5)).split('、').filter(Boolean),
        // A text deadline (2025年9月底) is left to the import's date reading: the floor stores no date.
        deadline: deadline instanceof Date ? deadline.toISOString().slice(0, 10) : null,
        status: STATUS[text(row.getCell(7))] ?? 'not-started',
        percent: Number(row.getCell(8).value)
      })
    })
    return rows
  },

  write(db, clock, rows) {
    const now = clock.now()
    const planId = db.prepare('SELECT id FROM plan').pluck().get() as number
    const unitIds = unitIdsByName(db)
    let sortOrder = (db.prepare('SELECT ifnull(max(sort_order), 0) FROM task').pluck().get() as number) + 1
    const insertTask = db.prepare(
      `INSERT INTO task (plan_id, code, title, measures, deadline, status, percent, sort_order, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    const insertUnit = db.prepare(
      'INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES (?, ?, ?, ?)'
    )
    const insertAudit = db.prepare(
      `INSERT INTO audit_log (at, entity, entity_id, action, summary, after) VALUES (?, 'task', ?, 'create', ?, ?)`
    )
    const written = { task: 0, task_unit: 0, audit_log: 0 }
    for (const row of rows) {
      const { sheetRow, ...values } = row
      const taskId = Number(
        insertTask.run(
          planId,
          row.code,
          row.title,
          row.measures,
          row.deadline,
          row.status,
          row.percent,
          sortOrder++,
          now,
          now
        ).lastInsertRowid
      )
      written.task++
      for (const [role, names] of [
        ['lead', row.leadUnits],
        ['support', row.supportUnits]
      ] as const) {
        names.forEach((name, i) => {
          const unitId = unitIds.get(name)
          if (unitId === undefined) throw new Error(`floor: unknown unit ${name} (row ${sheetRow})`)
          insertUnit.run(taskId, unitId, role, i)
          written.task_unit++
        })
      }
      insertAudit.run(
        now,
        String(taskId),
        `导入台账，新增任务 ${row.code} ${row.title}（第${sheetRow}行）`,
        JSON.stringify(values)
      )
      written.audit_log++
    }
    return written
  }
}

function unitIdsByName(db: Database): Map<string, number> {
  const units = db.prepare('SELECT id, name FROM unit').all() as { id: number; name: string }[]
  return new Map(units.map((u) => [u.name, u.id]))
}

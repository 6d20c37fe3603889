import type { Database } from 'better-sqlite3'
import { writeAudits, type AuditEntry } from '../../../store/audit'
import type { Row } from '../../../store/rows'
import { selectValue } from '../../../store/typed-query'
import type { Clock } from '../../../system/clock'
import { nothingApplied, type AppliedRows } from '../import-kind'
import { createUnits } from '../../unit-writer'
import { statusWord, type PlannedVillageItem } from './village-plan'

/** Writes the kept, error-free village rows inside the caller's transaction, one audit row per item written. */
export function applyVillageItems(
  db: Database,
  clock: Clock,
  rows: readonly PlannedVillageItem[]
): AppliedRows {
  const now = clock.now()
  const unitIds = createUnits(
    db,
    clock,
    rows.flatMap((r) => (r.unit ? [r.unit] : []))
  )
  const insert = db.prepare(
    `INSERT INTO village_item (village_id, item_id, applicable, responsible_unit_id, deadline, status, percent,
       completed_date, note, updated_at)
     VALUES (@villageId, @itemId, @applicable, @unitId, @deadline, @status, @percent, @completedDate, @note, @now)`
  )
  const update = db.prepare(
    `UPDATE village_item SET applicable = @applicable, responsible_unit_id = @unitId, deadline = @deadline,
       status = @status, percent = @percent, completed_date = @completedDate, note = @note, updated_at = @now
     WHERE id = @id`
  )
  const currentUnit = selectValue<Row<'village_item'>['responsible_unit_id'], [number]>(
    db,
    'SELECT responsible_unit_id FROM village_item WHERE id = ?'
  )
  const result = nothingApplied()
  // Written together after the items, as the task import does: one audit row per created or changed item.
  const audits: AuditEntry[] = []
  for (const row of rows) {
    if (row.status === 'unchanged') {
      result.unchanged++
      continue
    }
    const unitId = row.unit ? (row.unit.id ?? unitIds.get(row.unit.name)!) : null
    const values = {
      deadline: row.after.deadline,
      status: row.after.status,
      percent: row.after.percent,
      completedDate: row.after.completedDate,
      note: row.after.note,
      applicable: row.after.applicable ? 1 : 0,
      now
    }
    const where = `（${row.draft.sheet} 第${row.draft.row}行）`
    if (row.existing) {
      const keptUnit = row.unit ? unitId : (currentUnit.get(row.existing.id) ?? null)
      update.run({ ...values, unitId: keptUnit, id: row.existing.id })
      result.updated++
      audits.push({
        entity: 'village_item',
        entityId: row.existing.id,
        action: 'update',
        summary: `导入村治理事项，修改 ${row.label} 的${row.changes.map((c) => c.label).join('、')}${where}`,
        before: Object.fromEntries(row.changes.map((c) => [c.label, c.before])),
        after: Object.fromEntries(row.changes.map((c) => [c.label, c.after]))
      })
    } else {
      const id = Number(
        insert.run({ ...values, unitId, villageId: row.villageId, itemId: row.itemId }).lastInsertRowid
      )
      result.created++
      audits.push({
        entity: 'village_item',
        entityId: id,
        action: 'create',
        summary: `导入村治理事项，新增 ${row.label}${where}`,
        after: {
          ...row.after,
          unit: row.unit?.name ?? null,
          status: statusWord(row.after.applicable, row.after.status)
        }
      })
    }
  }
  writeAudits(db, clock, audits)
  result.unitsCreated = [...unitIds.keys()]
  return result
}

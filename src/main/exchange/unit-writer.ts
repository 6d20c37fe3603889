import type { Database } from 'better-sqlite3'
import { writeAudit } from '../store/audit'
import { selectValue } from '../store/typed-query'
import type { Clock } from '../system/clock'
import type { UnitRef } from './store-lookups'

/**
 * Creates the units an import names that the data file does not know yet (refs without an id), once each,
 * in the order first met, as kind 其他 (the clerk can classify them in the unit list). Returns name → id.
 */
export function createUnits(db: Database, clock: Clock, refs: readonly UnitRef[]): Map<string, number> {
  const ids = new Map<string, number>()
  const fresh = refs.filter((r) => r.id === null)
  if (fresh.length === 0) return ids
  const insert = db.prepare("INSERT INTO unit (name, kind, sort_order) VALUES (?, 'other', ?)")
  let sortOrder = selectValue<number>(db, 'SELECT ifnull(max(sort_order), 0) FROM unit').one() + 1
  for (const ref of fresh) {
    if (ids.has(ref.name)) continue
    const id = Number(insert.run(ref.name, sortOrder++).lastInsertRowid)
    ids.set(ref.name, id)
    writeAudit(db, clock, {
      entity: 'unit',
      entityId: id,
      action: 'create',
      summary: `导入台账，新建单位“${ref.name}”`,
      after: { name: ref.name, kind: 'other' }
    })
  }
  return ids
}

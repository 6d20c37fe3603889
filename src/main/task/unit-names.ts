import type { Database } from 'better-sqlite3'
import { selectValue } from '../store/typed-query'

/**
 * The unit ids for names a clerk typed or picked, in order and without repeats. A name matches a unit or
 * one of its aliases (简称, e.g. 市消防支队); a name nobody knows becomes a new unit, and is reported so the
 * audit row can say so.
 */
export function resolveUnitNames(
  db: Database,
  names: readonly string[]
): { ids: number[]; created: string[] } {
  const byName = selectValue<number>(db, 'SELECT id FROM unit WHERE name = ?')
  const byAlias = selectValue<number>(db, 'SELECT unit_id FROM unit_alias WHERE alias = ?')
  const insert = db.prepare(
    "INSERT INTO unit (name, kind, sort_order) VALUES (?, 'department', (SELECT ifnull(max(sort_order), 0) + 1 FROM unit))"
  )
  const ids: number[] = []
  const created: string[] = []
  for (const raw of names) {
    const name = raw.trim()
    if (name === '') continue
    let id = byName.get(name) ?? byAlias.get(name)
    if (id === undefined) {
      id = Number(insert.run(name).lastInsertRowid)
      created.push(name)
    }
    if (!ids.includes(id)) ids.push(id)
  }
  return { ids, created }
}

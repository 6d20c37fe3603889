import type { Database } from 'better-sqlite3'
import { selectValue } from './typed-query'

/**
 * Changes whenever the data file's contents may have changed: `total_changes()` counts the rows this
 * connection has written (even inside a transaction not yet committed), `data_version` moves when
 * another connection commits. Equal stamps mean equal data, so a result read under one stamp can be
 * reused under the same stamp.
 */
export function dataStamp(db: Database): string {
  const changes = selectValue<number>(db, 'SELECT total_changes()').one()
  return `${db.pragma('data_version', { simple: true }) as number}:${changes}`
}

/**
 * The last result of `read` for each open database, reused while its data stamp stays the same: 总览
 * asks for the summary and its charts at once, and both read every village item.
 */
export function cachedByDataStamp<T>(read: (db: Database) => T): (db: Database) => T {
  const last = new WeakMap<Database, { stamp: string; value: T }>()
  return (db) => {
    const stamp = dataStamp(db)
    const hit = last.get(db)
    if (hit && hit.stamp === stamp) return hit.value
    const value = read(db)
    last.set(db, { stamp, value })
    return value
  }
}

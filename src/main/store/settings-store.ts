import type { Database } from 'better-sqlite3'
import { settingsSchema, type Settings } from '../../shared/settings'
import type { Row } from './rows'
import { select } from './typed-query'

/** Reads every setting, falling back to the default for keys that are missing or unreadable. */
export function readSettings(db: Database): Settings {
  const rows = select<Row<'setting'>>(db, 'SELECT key, value FROM setting').all()
  const raw: Record<string, unknown> = {}
  for (const row of rows) {
    try {
      raw[row.key] = JSON.parse(row.value)
    } catch {
      // A hand-edited or damaged value falls back to its default rather than locking the clerk out.
    }
  }
  const shape = settingsSchema.shape
  const merged: Record<string, unknown> = {}
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const parsed = shape[key].safeParse(raw[key])
    merged[key] = parsed.success ? parsed.data : shape[key].parse(undefined)
  }
  return merged as Settings
}

/** Writes the given settings (already validated by the caller's schema). */
export function writeSettings(db: Database, values: Partial<Settings>): void {
  const upsert = db.prepare(
    'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'
  )
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) upsert.run(key, JSON.stringify(value))
  }
}

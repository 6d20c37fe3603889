import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from './migrate'
import { migrations } from './migrations'

const insert = `INSERT INTO import_mapping (signature, kind, headers, fields, updated_at) VALUES (?, ?, ?, ?, ?)`
const remembered = [
  [
    'a'.repeat(40),
    'tasks',
    '["序号","工作任务"]',
    '[{"index":2,"field":"title"}]',
    '2025-09-01T10:00:00+08:00'
  ],
  [
    'b'.repeat(40),
    'villages',
    '["村(居)","治理事项"]',
    '[{"index":1,"field":"village"}]',
    '2025-09-02T10:00:00+08:00'
  ]
]

/** A data file as CivDesk left it before import kinds were plug-ins (schema 4), with two remembered mappings. */
function version4File(): Database.Database {
  const db = new Database(':memory:')
  migrate(
    db,
    migrations.filter((m) => m.version <= 4)
  )
  for (const row of remembered) db.prepare(insert).run(...row)
  return db
}

describe('migration 5: remembered mappings without a fixed list of kinds', () => {
  it('keeps every remembered mapping, column for column', () => {
    const db = version4File()
    expect(() => db.prepare(insert).run('c'.repeat(40), 'units', '[]', '[]', 'x')).toThrow(/CHECK/)
    // Up to this step: later migrations (6, the calendar's official years) are not this test's subject.
    migrate(
      db,
      migrations.filter((m) => m.version <= 5)
    )
    expect(db.pragma('user_version', { simple: true })).toBe(5)
    expect(db.prepare('SELECT * FROM import_mapping ORDER BY signature').raw().all()).toEqual(remembered)
  })

  it('takes a kind the registry adds later, and still refuses a name that is no kind name', () => {
    const db = version4File()
    migrate(db, migrations)
    db.prepare(insert).run('c'.repeat(40), 'units', '[]', '[]', '2025-09-03T10:00:00+08:00')
    expect(db.prepare("SELECT count(*) FROM import_mapping WHERE kind = 'units'").pluck().get()).toBe(1)
    for (const bad of ['', 'Units', 'unit kind', '1units', 'x'.repeat(41)]) {
      expect(() => db.prepare(insert).run('d'.repeat(40), bad, '[]', '[]', 'x'), bad).toThrow(/CHECK/)
    }
  })
})

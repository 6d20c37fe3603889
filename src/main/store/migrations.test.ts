import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../test/temp-dir'
import { UserError } from '../../shared/errors'
import { fixedClock } from '../system/clock'
import { migrate } from './migrate'
import { latestSchemaVersion, migrations } from './migrations'
import type { Migration } from './migrations/migration'
import { openDatabase, openMemoryDatabase } from './open-database'
import { select, selectValue } from './typed-query'

const clock = fixedClock('2025-09-30T09:00:00+08:00')
const tempDir = useTempDir()
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

describe('opening and migrating a data file', () => {
  it('creates a new file at the newest schema, in WAL mode with foreign keys on', async () => {
    const dir = tempDir()
    const { db, migration, backup } = await openDatabase(join(dir, 'new.db'), {
      clock,
      backupDir: join(dir, 'backups')
    })
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(migration).toMatchObject({ from: 0, to: latestSchemaVersion })
    expect(backup).toBeNull()
    db.close()
  })

  it('makes every table STRICT', () => {
    const db = openMemoryDatabase()
    const tables = select<{ name: string; sql: string }>(
      db,
      "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).all()
    expect(tables.length).toBeGreaterThanOrEqual(14)
    for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT$/)
  })

  it('upgrades a file from an older schema, keeping its data, after backing it up', async () => {
    const dir = tempDir()
    const path = join(dir, 'old.db')
    const old = new Database(path)
    migrate(old, migrations.slice(0, 1))
    old.prepare("INSERT INTO unit (name) VALUES ('市城市管理局')").run()
    old
      .prepare("INSERT INTO calendar_day (date, kind, name) VALUES ('2025-10-01', 'holiday', '本单位自定')")
      .run()
    old.close()

    const { db, migration, backup } = await openDatabase(path, { clock, backupDir: join(dir, 'backups') })
    expect(migration).toMatchObject({ from: 1, to: latestSchemaVersion })
    expect(db.prepare('SELECT name FROM unit').pluck().all()).toEqual(['市城市管理局'])
    // The shipped calendar never overwrites a day the office set itself.
    expect(db.prepare("SELECT name FROM calendar_day WHERE date = '2025-10-01'").pluck().get()).toBe(
      '本单位自定'
    )
    expect(db.prepare("SELECT kind FROM calendar_day WHERE date = '2025-09-28'").pluck().get()).toBe(
      'workday'
    )
    // The backup is named after the id the file got from migration 5, so it is listed as this file's.
    const fileId = db
      .prepare("SELECT value FROM data_file_meta WHERE key = 'file_id'")
      .pluck()
      .get() as string
    db.close()

    const name = `civdesk-${fileId}-20250930-090000-migration.db`
    expect(backup).toBe(join(dir, 'backups', name))
    expect(readdirSync(join(dir, 'backups'))).toEqual([name, `${name}.json`])
    const copy = new Database(backup!, { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(1)
    expect(copy.prepare('SELECT name FROM unit').pluck().all()).toEqual(['市城市管理局'])
    copy.close()
  })

  it('refuses a file written by a newer CivDesk and leaves it byte-for-byte unchanged', async () => {
    const dir = tempDir()
    const path = join(dir, 'newer.db')
    const db = new Database(path)
    db.pragma('journal_mode = DELETE')
    db.pragma(`user_version = ${latestSchemaVersion + 1}`)
    db.close()
    const before = sha(path)
    const error = await openDatabase(path, { clock, backupDir: join(dir, 'backups') }).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).code).toBe('db-newer')
    expect((error as UserError).message).toMatch(/较新版本.*请升级文明办工作台/)
    expect(sha(path)).toBe(before)
  })

  it('refuses a file that is not a SQLite database and does not touch it', async () => {
    const dir = tempDir()
    const path = join(dir, '台账.db')
    writeFileSync(path, '序号,任务\n1,消防\n')
    const before = sha(path)
    await expect(openDatabase(path, { clock, backupDir: dir })).rejects.toThrow(/不是文明办工作台的数据文件/)
    expect(sha(path)).toBe(before)
  })

  it('runs all pending migrations in one transaction: a failing step leaves nothing behind', () => {
    const db = new Database(':memory:')
    const broken: Migration = {
      version: 99,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE half_done (x INTEGER) STRICT')
        throw new Error('disk full')
      }
    }
    expect(() => migrate(db, [...migrations, broken])).toThrow('disk full')
    expect(db.pragma('user_version', { simple: true })).toBe(0)
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get()).toBe(0)
  })

  it('refuses a migration list that is not strictly increasing', () => {
    const db = new Database(':memory:')
    const again: Migration = { ...migrations[0], name: 'again' }
    expect(() => migrate(db, [migrations[0], again])).toThrow(/is not after/)
  })

  it('keeps the schema as approved (update the snapshot only for a deliberate, additive change)', async () => {
    const db = openMemoryDatabase()
    const schema = selectValue<string>(
      db,
      'SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type DESC, name'
    )
      .all()
      .map((sql) => sql.replace(/\s+/g, ' ').trim() + ';')
      .join('\n')
    await expect(`-- user_version ${latestSchemaVersion}\n${schema}\n`).toMatchFileSnapshot(
      './__snapshots__/schema.sql'
    )
  })
})

describe('files that are not ours', () => {
  it("refuses another program's SQLite database without changing it", async () => {
    const dir = tempDir()
    const path = join(dir, 'other.db')
    const other = new Database(path)
    other.pragma('journal_mode = DELETE')
    other.exec('CREATE TABLE contacts (name TEXT)')
    other.close()
    const before = sha(path)
    await expect(openDatabase(path, { clock, backupDir: dir })).rejects.toThrow(/其他程序的数据库/)
    expect(sha(path)).toBe(before)
  })
})

import type { Database } from 'better-sqlite3'
import { UserError } from '../../shared/errors'
import type { Migration } from './migrations/migration'

export interface MigrationOutcome {
  from: number
  to: number
  applied: string[]
}

/**
 * Brings the schema up to the newest migration, as Signal Desktop does: the version lives in
 * PRAGMA user_version, every pending step runs in one transaction (all or nothing), and a file written
 * by a newer CivDesk is refused rather than damaged. The caller backs up a file that already holds data
 * before calling this (open-database.ts).
 */
export function migrate(db: Database, migrations: readonly Migration[]): MigrationOutcome {
  assertOrdered(migrations)
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1].version
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > latest) {
    throw new UserError(
      'db-newer',
      `这个数据文件由较新版本的文明办工作台创建（数据版本 ${current}，本程序支持到 ${latest}），为避免损坏数据，本程序不会打开它。请升级文明办工作台后再打开。`,
      { fileVersion: current, appVersion: latest }
    )
  }
  const pending = migrations.filter((m) => m.version > current)
  if (pending.length === 0) return { from: current, to: current, applied: [] }
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db)
      db.pragma(`user_version = ${migration.version}`)
    }
    // Fail inside the transaction, so that a step that broke a reference rolls back with the rest.
    const broken = db.pragma('foreign_key_check') as unknown[]
    if (broken.length > 0) throw new Error(`migration left ${broken.length} broken foreign keys`)
  })()
  return { from: current, to: latest, applied: pending.map((m) => `${m.version}-${m.name}`) }
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (!Number.isInteger(m.version) || m.version < 1) throw new Error(`bad migration version ${m.version}`)
    if (i > 0 && m.version <= migrations[i - 1].version) {
      throw new Error(`migration ${m.version}-${m.name} is not after ${migrations[i - 1].version}`)
    }
  })
}

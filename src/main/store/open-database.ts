import Database from 'better-sqlite3'
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import { UserError } from '../../shared/errors'
import type { Clock } from '../system/clock'
import { backupDatabase, backupPath } from './backup'
import { migrate, type MigrationOutcome } from './migrate'
import { latestSchemaVersion, migrations } from './migrations'
import { selectValue } from './typed-query'

export interface OpenedDatabase {
  db: Database.Database
  migration: MigrationOutcome
  /** The backup taken before migrating a file that already held data. */
  backup: string | null
}

export interface OpenDatabaseOptions {
  clock: Clock
  /** Where the pre-migration backup goes; required for files that already exist. */
  backupDir: string
}

/**
 * Opens (creating if needed) a CivDesk data file: refuses anything that is not a SQLite file, sets
 * WAL and foreign keys, backs up a file that is about to be migrated, then migrates it.
 */
export async function openDatabase(path: string, options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  const existed = existsSync(path) && statSync(path).size > 0
  if (existed) assertSqliteFile(path)
  const db = new Database(path)
  try {
    // Decide before writing anything: even switching to WAL rewrites the file header.
    const version = db.pragma('user_version', { simple: true }) as number
    if (existed) assertOpenable(db, path, version)
    configure(db)
    let backup: string | null = null
    if (existed && version > 0 && version < latestSchemaVersion) {
      backup = await backupDatabase(db, backupPath(options.backupDir, options.clock.now(), 'migration'))
    }
    const migration = migrate(db, migrations)
    return { db, migration, backup }
  } catch (error) {
    db.close()
    throw error
  }
}

/** A newer CivDesk's file, or some other program's SQLite file, is refused before it is changed. */
function assertOpenable(db: Database.Database, path: string, version: number): void {
  if (version > latestSchemaVersion) migrate(db, migrations) // throws the db-newer UserError
  if (version === 0) {
    const tables = selectValue<number>(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'").one()
    if (tables > 0) {
      throw new UserError(
        'file-refused',
        `“${path}”是其他程序的数据库，不是文明办工作台的数据文件，未作任何改动。`
      )
    }
  }
}

/** Opens a data file for reading only, without migrating it (check, diagnostics). */
export function openReadOnly(path: string): Database.Database {
  assertSqliteFile(path)
  try {
    return new Database(path, { readonly: true, fileMustExist: true })
  } catch (error) {
    throw new UserError(
      'file-refused',
      `无法打开数据文件：${path}（${error instanceof Error ? error.message : String(error)}）`
    )
  }
}

/** For tests and benchmarks: a fresh in-memory database at the newest schema. */
export function openMemoryDatabase(): Database.Database {
  const db = new Database(':memory:')
  configure(db)
  migrate(db, migrations)
  return db
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  // WAL with synchronous=NORMAL can lose the last commit on power loss but never corrupts; FULL keeps it.
  db.pragma('synchronous = FULL')
  db.pragma('busy_timeout = 3000')
}

const SQLITE_HEADER = 'SQLite format 3\0'

function assertSqliteFile(path: string): void {
  const fd = openSync(path, 'r')
  const header = Buffer.alloc(16)
  try {
    readSync(fd, header, 0, 16, 0)
  } finally {
    closeSync(fd)
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new UserError(
      'file-refused',
      `“${path}”不是文明办工作台的数据文件（不是 SQLite 数据库），未作任何改动。`
    )
  }
}

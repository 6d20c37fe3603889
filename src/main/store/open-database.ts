import Database from 'better-sqlite3'
import { existsSync, statSync } from 'node:fs'
import { UserError } from '../../shared/errors'
import type { Clock } from '../system/clock'
import { backupDatabase, backupPath, nameBackupAfter } from './backup'
import { readFileId } from './file-identity'
import { assertSqliteFile, inspectDataFile, openSnapshot } from './inspect-data-file'
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
 * Opens (creating if needed) a CivDesk data file: refuses anything that is not a SQLite file or is
 * damaged (checked on a copy in memory, so nothing is written beside it), sets WAL and foreign keys,
 * backs up a file that is about to be migrated, then migrates it.
 */
export async function openDatabase(path: string, options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  const existed = existsSync(path) && statSync(path).size > 0
  if (existed) assertSoundFile(path)
  const db = new Database(path)
  try {
    // Decide before writing anything: even switching to WAL rewrites the file header.
    const version = db.pragma('user_version', { simple: true }) as number
    if (existed) assertOpenable(db, path, version)
    configure(db)
    let backup: string | null = null
    if (existed && version > 0 && version < latestSchemaVersion) {
      const fileId = readFileId(db)
      backup = await backupDatabase(
        db,
        backupPath(options.backupDir, options.clock.now(), 'migration', fileId)
      )
    }
    const migration = migrate(db, migrations)
    // A file older than version 7 gets its id from the migration: its backup is then named after it.
    if (backup) backup = nameBackupAfter(backup, readFileId(db), path)
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

/**
 * A damaged file is refused before anything is written beside it; its id (when it can still be read)
 * lets the caller name this file's backups (backup/damaged-file.ts).
 */
export function assertSoundFile(path: string): void {
  const inspection = inspectDataFile(path)
  if (inspection.sound) return
  throw new UserError('db-damaged', `数据文件“${path}”已损坏，无法打开；文件未作任何改动。`, {
    dataFile: path,
    fileId: inspection.fileId,
    problem: inspection.problem
  })
}

/**
 * Opens a data file for reading only, without migrating it (check, diagnostics, a backup before
 * restoring it): a copy in memory, so nothing is written beside the file.
 */
export function openReadOnly(path: string): Database.Database {
  assertSqliteFile(path)
  try {
    return openSnapshot(path)
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

import Database from 'better-sqlite3'
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { UserError } from '../../shared/errors'
import { readFileId } from './file-identity'

export interface DataFileInspection {
  /** 'damaged': SQLite cannot read it or its quick check fails. */
  sound: boolean
  /** The file's own id when it can still be read (migration 5), else null. */
  fileId: string | null
  schemaVersion: number | null
  /** SQLite's words for what is wrong (for the log), null when sound. */
  problem: string | null
}

const SQLITE_HEADER = 'SQLite format 3\0'

/** Refuses a file that does not even start like a SQLite database, naming it; nothing is changed. */
export function assertSqliteFile(path: string): void {
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

/**
 * Opens a read-only copy of the file in memory. SQLite opening a WAL-mode file, even read-only, creates
 * -wal and -shm beside it (tried here), so a damaged file, a backup or a file that may belong to another
 * program would be written beside before we know what it is. The copy is marked rollback-journal
 * (header bytes 18–19), which an in-memory database needs. When a -wal with content is already beside the
 * file (the app was cut off), that content is part of the data: then the file itself is opened read-only.
 */
export function openSnapshot(path: string): Database.Database {
  if (existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0)
    return new Database(path, { readonly: true, fileMustExist: true })
  const bytes = readFileSync(path)
  if (bytes.length >= 20) {
    bytes[18] = 1
    bytes[19] = 1
  }
  return new Database(bytes, { readonly: true })
}

/** Is this SQLite file readable and sound? Never writes anything (see openSnapshot). */
export function inspectDataFile(path: string): DataFileInspection {
  assertSqliteFile(path)
  let db: Database.Database | null = null
  let fileId: string | null = null
  let schemaVersion: number | null = null
  try {
    db = openSnapshot(path)
    fileId = readFileId(db)
    schemaVersion = db.pragma('user_version', { simple: true }) as number
    const result = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check)
    const ok = result.length === 1 && result[0] === 'ok'
    return { sound: ok, fileId, schemaVersion, problem: ok ? null : result.slice(0, 5).join('; ') }
  } catch (error) {
    return {
      sound: false,
      fileId,
      schemaVersion,
      problem: error instanceof Error ? error.message : String(error)
    }
  } finally {
    db?.close()
  }
}

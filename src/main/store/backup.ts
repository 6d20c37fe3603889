import type { Database } from 'better-sqlite3'
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

import type { BackupReason } from '../../shared/backups'

export type { BackupReason }

/**
 * Copies the live database with SQLite's online backup API (a raw file copy is unsafe under WAL), into
 * a temporary name first and then renamed, so a backup that is cut short never looks complete.
 */
export async function backupDatabase(db: Database, target: string): Promise<string> {
  mkdirSync(dirname(target), { recursive: true })
  const partial = `${target}.partial`
  rmSync(partial, { force: true })
  try {
    await db.backup(partial)
    renameSync(partial, target)
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
  return target
}

/**
 * civdesk-3f9a0c12b4e7-20250930-140311-migration.db: the data file's id (store/file-identity.ts), then
 * the time, sortable, and the reason a clerk can read. The id in the name is what keeps one file's
 * backups apart from another's in a shared folder; it needs no second file that could be lost. Backups
 * from before version 7 have no id (civdesk-20250930-140311-daily.db) and are listed as 来源未知.
 */
export function backupFileName(nowIso: string, reason: BackupReason, fileId: string | null): string {
  const stamp = nowIso.slice(0, 19).replace(/[-:]/g, '').replace('T', '-')
  return fileId ? `civdesk-${fileId}-${stamp}-${reason}.db` : `civdesk-${stamp}-${reason}.db`
}

export function backupPath(
  backupDir: string,
  nowIso: string,
  reason: BackupReason,
  fileId: string | null
): string {
  return join(backupDir, backupFileName(nowIso, reason, fileId))
}

/**
 * Beside each backup, <name>.json records the data file's path when it was taken: only for showing
 * which file a backup came from, and for finding the backups of a file too damaged to read its id.
 * Losing it loses nothing else.
 */
export function writeBackupNote(backupFile: string, dataFile: string): void {
  try {
    writeFileSync(`${backupFile}.json`, JSON.stringify({ dataFile }))
  } catch {
    // The note is a convenience; the backup itself is complete without it.
  }
}

/**
 * The pre-migration backup of a file before version 7 is taken before the file has an id; once
 * migrated it has one, and the backup is renamed to carry it (and given its note).
 */
export function nameBackupAfter(backup: string, fileId: string | null, dataFile: string): string {
  let path = backup
  const legacy = /^civdesk-(\d{8}-\d{6}-[a-z-]+\.db)$/.exec(basename(backup))
  if (fileId && legacy) {
    const renamed = join(dirname(backup), `civdesk-${fileId}-${legacy[1]}`)
    if (!existsSync(renamed)) {
      renameSync(backup, renamed)
      path = renamed
    }
  }
  writeBackupNote(path, dataFile)
  return path
}

import type { Database } from 'better-sqlite3'
import { mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'

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

/** civdesk-20250930-140311-migration.db: sortable by name, the reason readable by a clerk. */
export function backupFileName(nowIso: string, reason: BackupReason): string {
  const stamp = nowIso.slice(0, 19).replace(/[-:]/g, '').replace('T', '-')
  return `civdesk-${stamp}-${reason}.db`
}

export function backupPath(backupDir: string, nowIso: string, reason: BackupReason): string {
  return join(backupDir, backupFileName(nowIso, reason))
}

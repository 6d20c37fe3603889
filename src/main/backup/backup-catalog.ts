import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { BACKUP_REASON_LABEL, type BackupEntry, type BackupReason } from '../../shared/backups'

/** civdesk-<file id>-20250930-140311-import.db, or without the id for a backup from before version 7. */
const NAME = /^civdesk-(?:([0-9a-f]{12})-)?(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([a-z-]+)\.db$/

/** Every backup in a folder, of whichever data file, newest first, read from their names. */
export function listAllBackups(backupDir: string): BackupEntry[] {
  let names: string[]
  try {
    names = readdirSync(backupDir)
  } catch {
    return []
  }
  const entries: BackupEntry[] = []
  for (const name of names) {
    const parsed = parseBackupName(name)
    if (!parsed) continue
    entries.push({
      name,
      ...parsed,
      bytes: statSync(join(backupDir, name)).size,
      dataFile: readNote(join(backupDir, name))
    })
  }
  return entries.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name))
}

/**
 * The backups 备份与恢复 shows for one data file: its own, and those of unknown origin (taken before
 * backups named their file). Another file's backups are not listed: restoring one over this file is
 * only possible through 从文件恢复, with a warning (backup-service.ts).
 */
export function listBackups(backupDir: string, fileId: string | null): BackupEntry[] {
  return listAllBackups(backupDir).filter((b) => b.fileId === null || b.fileId === fileId)
}

export function parseBackupName(
  name: string
): { takenAt: string; reason: BackupReason; fileId: string | null } | null {
  const m = NAME.exec(name)
  if (!m || !(m[8] in BACKUP_REASON_LABEL)) return null
  return {
    takenAt: `${m[2]}-${m[3]}-${m[4]}T${m[5]}:${m[6]}:${m[7]}`,
    reason: m[8] as BackupReason,
    fileId: m[1] ?? null
  }
}

function readNote(backupFile: string): string | null {
  try {
    const note = JSON.parse(readFileSync(`${backupFile}.json`, 'utf8')) as { dataFile?: unknown }
    return typeof note.dataFile === 'string' ? note.dataFile : null
  } catch {
    return null
  }
}

import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { BACKUP_REASON_LABEL, type BackupEntry, type BackupReason } from '../../shared/backups'

const NAME = /^civdesk-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([a-z-]+)\.db$/

/** The backups in a folder, newest first, read from their names (civdesk-20250930-140311-import.db). */
export function listBackups(backupDir: string): BackupEntry[] {
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
    entries.push({ name, ...parsed, bytes: statSync(join(backupDir, name)).size })
  }
  return entries.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name))
}

export function parseBackupName(name: string): { takenAt: string; reason: BackupReason } | null {
  const m = NAME.exec(name)
  if (!m || !(m[7] in BACKUP_REASON_LABEL)) return null
  return { takenAt: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`, reason: m[7] as BackupReason }
}

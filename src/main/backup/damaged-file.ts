import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { BACKUP_REASON_LABEL, type BackupEntry } from '../../shared/backups'
import { UserError } from '../../shared/errors'
import { inspectDataFile } from '../store/inspect-data-file'
import { listAllBackups } from './backup-catalog'

export interface DamagedFileDetails {
  dataFile: string
  /** This file's backups that pass SQLite's quick check, newest first, with their full paths. */
  backups: (BackupEntry & { path: string })[]
}

/**
 * A damaged file's backups: matched by the file's id where it can still be read, else by the path the
 * backup's note recorded. Each is checked (in memory, nothing written beside it); only sound ones count.
 */
export function soundBackupsOf(
  dataFile: string,
  fileId: string | null,
  backupDir: string
): DamagedFileDetails['backups'] {
  const path = resolve(dataFile)
  return listAllBackups(backupDir)
    .filter(
      (b) => (fileId !== null && b.fileId === fileId) || (b.dataFile !== null && resolve(b.dataFile) === path)
    )
    .map((b) => ({ ...b, path: join(backupDir, b.name) }))
    .filter((b) => {
      try {
        return inspectDataFile(b.path).sound
      } catch {
        return false
      }
    })
}

/**
 * The one message every front door gives for a damaged data file (CLI, web mode, desktop): it is
 * damaged, nothing was changed, and which backups of it are sound, newest first.
 */
export function damagedFileError(dataFile: string, fileId: string | null, backupDir: string): UserError {
  const backups = soundBackupsOf(dataFile, fileId, backupDir)
  const lines = [`数据文件“${dataFile}”已损坏（可能是磁盘错误或文件不完整），无法打开；文件未作任何改动。`]
  if (backups.length === 0) {
    lines.push(`在备份文件夹“${backupDir}”中没有找到这个文件的完好备份。请联系管理员，或打开其他数据文件。`)
  } else {
    lines.push(`这个文件有 ${backups.length} 份完好的备份（最新的在前）：`)
    for (const b of backups.slice(0, 5))
      lines.push(`  ${b.takenAt.replace('T', ' ')}  ${BACKUP_REASON_LABEL[b.reason]}  ${b.path}`)
    if (backups.length > 5) lines.push(`  ……另有 ${backups.length - 5} 份`)
    lines.push(
      '可在桌面程序中选择“从备份恢复”（损坏的文件会先另存一份，不会被覆盖），或在命令行运行：restore --db 数据文件 --from 备份文件。'
    )
  }
  const details: DamagedFileDetails = { dataFile, backups }
  return new UserError('db-damaged', lines.join('\n'), details)
}

/** Turns the store's bare db-damaged refusal into the full message with this file's sound backups. */
export function explainDamage(error: unknown, backupDir: string): unknown {
  if (!(error instanceof UserError) || error.code !== 'db-damaged') return error
  const details = error.details as { dataFile: string; fileId: string | null } | undefined
  if (!details || Array.isArray((details as Partial<DamagedFileDetails>).backups)) return error
  return damagedFileError(details.dataFile, details.fileId, backupDir)
}

/**
 * 从备份恢复 for a file that cannot be opened: the damaged file (with any -wal/-shm) is first copied
 * aside as <file>.damaged-<time>, never overwritten, then the backup is copied in under a temporary name
 * and renamed over it. Answers where the damaged copy went.
 */
export function replaceDamagedFile(dataFile: string, backupFile: string, nowIso: string): string {
  if (!inspectDataFile(backupFile).sound)
    throw new UserError('file-refused', `备份“${backupFile}”也已损坏，不能用于恢复；未作任何改动。`)
  const stamp = nowIso.slice(0, 19).replace(/[-:]/g, '').replace('T', '-')
  const aside = `${dataFile}.damaged-${stamp}`
  copyFileSync(dataFile, aside)
  for (const suffix of ['-wal', '-shm'])
    if (existsSync(dataFile + suffix)) copyFileSync(dataFile + suffix, aside + suffix)
  const staged = `${dataFile}.restoring`
  copyFileSync(backupFile, staged)
  for (const suffix of ['-wal', '-shm']) rmSync(dataFile + suffix, { force: true })
  renameSync(staged, dataFile)
  return aside
}

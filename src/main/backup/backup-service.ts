import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupEntry, BackupReason } from '../../shared/backups'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { writeAudit } from '../store/audit'
import { backupDatabase, backupPath } from '../store/backup'
import { checkDataFile } from '../store/check-data-file'
import { latestSchemaVersion } from '../store/migrations'
import { openDatabase, openReadOnly } from '../store/open-database'
import { listBackups } from './backup-catalog'
import { backupsToKeep } from './retention'

/** Takes a backup of the open data file into the backup folder, then prunes by the retention policy. */
export async function takeBackup(ctx: AppContext, reason: BackupReason): Promise<BackupEntry> {
  const path = await backupDatabase(ctx.db, backupPath(ctx.backupDir, ctx.clock.now(), reason))
  pruneBackups(ctx)
  const entry = listBackups(ctx.backupDir).find((b) => join(ctx.backupDir, b.name) === path)
  if (!entry) throw new Error(`backup ${path} vanished`)
  return entry
}

/** On the first start of each day: one 每日自动备份, unless a backup of any kind exists for today. */
export async function takeDailyBackupIfDue(ctx: AppContext): Promise<BackupEntry | null> {
  const today = ctx.clock.now().slice(0, 10)
  if (listBackups(ctx.backupDir).some((b) => b.takenAt.startsWith(today))) return null
  return takeBackup(ctx, 'daily')
}

export function pruneBackups(ctx: AppContext): string[] {
  const backups = listBackups(ctx.backupDir)
  const keep = backupsToKeep(backups, ctx.clock.now().slice(0, 19))
  const removed = backups.filter((b) => !keep.has(b.name)).map((b) => b.name)
  for (const name of removed) rmSync(join(ctx.backupDir, name), { force: true })
  return removed
}

/**
 * Replaces the data file's contents with a backup: checks the backup is a sound CivDesk file this
 * version can read, saves an undo copy of the current state first, swaps the files while the database
 * is closed, reopens (migrating an older backup) and records the restore in 操作日志. If anything
 * fails after the current file was closed, the current file is reopened unchanged.
 */
export async function restoreBackup(ctx: AppContext, source: string): Promise<{ undo: BackupEntry }> {
  assertRestorable(source)
  const undo = await takeBackup(ctx, 'restore')
  const dataFile = ctx.dataFile
  const staged = `${dataFile}.restoring`
  copyFileSync(source, staged)
  ctx.db.close()
  try {
    for (const suffix of ['-wal', '-shm']) rmSync(dataFile + suffix, { force: true })
    renameSync(staged, dataFile)
  } catch (error) {
    rmSync(staged, { force: true })
    await reopen(ctx, dataFile)
    throw error
  }
  await reopen(ctx, dataFile)
  ctx.db.transaction(() =>
    writeAudit(ctx.db, ctx.clock, {
      entity: 'dataset',
      action: 'restore-backup',
      summary: `从备份恢复数据（恢复前的数据已另存为 ${undo.name}）`,
      after: { source: source.split(/[\\/]/).pop(), undo: undo.name }
    })
  )()
  return { undo }
}

function assertRestorable(source: string): void {
  if (!existsSync(source)) throw new UserError('not-found', '找不到要恢复的备份文件。')
  const db = openReadOnly(source)
  try {
    const report = checkDataFile(db, latestSchemaVersion)
    if (!report.ok)
      throw new UserError(
        'file-refused',
        `这个备份文件不能用于恢复：${report.problems.join('；')}。当前数据未作改动。`
      )
  } finally {
    db.close()
  }
}

async function reopen(ctx: AppContext, dataFile: string): Promise<void> {
  const { db } = await openDatabase(dataFile, { clock: ctx.clock, backupDir: ctx.backupDir })
  ctx.replaceDatabase(db, dataFile)
}

import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { BackupEntry, BackupReason } from '../../shared/backups'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { writeAudit } from '../store/audit'
import { backupDatabase, backupPath, writeBackupNote } from '../store/backup'
import { checkDataFile } from '../store/check-data-file'
import { readFileId, writeFileId } from '../store/file-identity'
import { latestSchemaVersion } from '../store/migrations'
import { openDatabase, openReadOnly } from '../store/open-database'
import { listAllBackups, listBackups } from './backup-catalog'
import { backupsToKeep } from './retention'

/** The open data file's id (migration 7 gives every file one). */
export function currentFileId(ctx: AppContext): string | null {
  return readFileId(ctx.db)
}

/** The backups 备份与恢复 lists for the open data file: its own and those of unknown origin. */
export function backupsOfCurrentFile(ctx: AppContext): BackupEntry[] {
  return listBackups(ctx.backupDir, currentFileId(ctx))
}

/** Takes a backup of the open data file into the backup folder, then prunes by the retention policy. */
export async function takeBackup(ctx: AppContext, reason: BackupReason): Promise<BackupEntry> {
  const fileId = currentFileId(ctx)
  const path = await backupDatabase(ctx.db, backupPath(ctx.backupDir, ctx.clock.now(), reason, fileId))
  writeBackupNote(path, ctx.dataFile)
  pruneBackups(ctx)
  const entry = backupsOfCurrentFile(ctx).find((b) => join(ctx.backupDir, b.name) === path)
  if (!entry) throw new Error(`backup ${path} vanished`)
  return entry
}

/** On the first start of each day: one 每日自动备份, unless this file has a backup of any kind today. */
export async function takeDailyBackupIfDue(ctx: AppContext): Promise<BackupEntry | null> {
  const today = ctx.clock.now().slice(0, 10)
  const fileId = currentFileId(ctx)
  if (backupsOfCurrentFile(ctx).some((b) => b.fileId === fileId && b.takenAt.startsWith(today))) return null
  return takeBackup(ctx, 'daily')
}

/**
 * Retention runs over this file's backups only: working in a test file must never delete the only
 * backups of the real one. Backups of unknown origin are never pruned (whose they are is a guess).
 */
export function pruneBackups(ctx: AppContext): string[] {
  const fileId = currentFileId(ctx)
  if (fileId === null) return []
  const backups = listBackups(ctx.backupDir, fileId).filter((b) => b.fileId === fileId)
  const keep = backupsToKeep(backups, ctx.clock.now().slice(0, 19))
  const removed = backups.filter((b) => !keep.has(b.name)).map((b) => b.name)
  for (const name of removed) {
    rmSync(join(ctx.backupDir, name), { force: true })
    rmSync(join(ctx.backupDir, `${name}.json`), { force: true })
  }
  return removed
}

export interface RestoreOptions {
  /** The clerk confirmed restoring a backup that belongs to another data file (from a file picker). */
  confirmForeign?: boolean
}

/**
 * Replaces the data file's contents with a backup: checks the backup is a sound CivDesk file this
 * version can read, saves an undo copy of the current state first, swaps the files while the database
 * is closed, reopens (migrating an older backup) and records the restore in 操作日志. If anything
 * fails after the current file was closed, the current file is reopened unchanged.
 */
export async function restoreBackup(
  ctx: AppContext,
  source: string,
  options: RestoreOptions = {}
): Promise<{ undo: BackupEntry }> {
  const ownId = currentFileId(ctx)
  const backupId = assertRestorable(source)
  if (backupId !== null && ownId !== null && backupId !== ownId && !options.confirmForeign)
    throw foreignBackup(ctx, source)
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
  ctx.db.transaction(() => {
    // The file stays itself whichever file the backup was taken of, so its backups stay its own.
    if (ownId !== null) writeFileId(ctx.db, ownId)
    writeAudit(ctx.db, ctx.clock, {
      entity: 'dataset',
      action: 'restore-backup',
      summary: `从备份恢复数据（恢复前的数据已另存为 ${undo.name}）`,
      after: { source: source.split(/[\\/]/).pop(), undo: undo.name }
    })
  })()
  return { undo }
}

function foreignBackup(ctx: AppContext, source: string): UserError {
  const name = basename(source)
  const owner = listAllBackups(dirname(source)).find((b) => b.name === name)?.dataFile ?? null
  const of = owner ? `数据文件“${owner}”` : '另一个数据文件'
  return new UserError(
    'backup-foreign',
    `备份“${name}”是${of}的备份，不是当前数据文件“${ctx.dataFile}”的。恢复后，当前数据文件的内容将被那个文件的数据替换（恢复前会先保存撤销副本）。`,
    { backup: name, backupOf: owner, dataFile: ctx.dataFile }
  )
}

/** Checks the backup and answers the id of the file it was taken of (null before version 7). */
function assertRestorable(source: string): string | null {
  if (!existsSync(source)) throw new UserError('not-found', '找不到要恢复的备份文件。')
  const db = openReadOnly(source)
  try {
    const report = checkDataFile(db, latestSchemaVersion)
    if (!report.ok)
      throw new UserError(
        'file-refused',
        `这个备份文件不能用于恢复：${report.problems.join('；')}。当前数据未作改动。`
      )
    return readFileId(db)
  } finally {
    db.close()
  }
}

async function reopen(ctx: AppContext, dataFile: string): Promise<void> {
  const { db } = await openDatabase(dataFile, { clock: ctx.clock, backupDir: ctx.backupDir })
  ctx.replaceDatabase(db, dataFile)
}

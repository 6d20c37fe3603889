import { existsSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { writeAudit } from '../store/audit'
import { backupDatabase } from '../store/backup'
import { lockDataFile, unlockDataFile } from '../store/data-file-lock'
import { openDatabase } from '../store/open-database'
import { writeFileId } from '../store/file-identity'
import { newFileId } from '../store/migrations/007-file-identity'
import { assertOpenable } from '../bootstrap'
import { explainDamage } from '../backup/damaged-file'

/**
 * 打开数据文件: continue on another file (e.g. one on D:\ or a colleague's copy). It is locked, opened and
 * migrated (with its own backup first) before the current one is let go, so a refusal leaves the clerk
 * where they were.
 */
export async function openOtherDataFile(ctx: AppContext, path: string): Promise<void> {
  const target = resolve(path)
  if (target === resolve(ctx.dataFile)) return
  assertOpenable(target, ctx.backupDir)
  lockDataFile(target, ctx.shell, ctx.clock.now())
  let opened
  try {
    opened = await openDatabase(target, { clock: ctx.clock, backupDir: ctx.backupDir })
  } catch (error) {
    unlockDataFile(target)
    throw explainDamage(error, ctx.backupDir)
  }
  const previous = ctx.dataFile
  ctx.replaceDatabase(opened.db, target)
  unlockDataFile(previous)
  ctx.platform.rememberDataFile(target)
  ctx.db.transaction(() =>
    writeAudit(ctx.db, ctx.clock, {
      entity: 'dataset',
      action: 'update',
      summary: `打开数据文件（此前使用 ${previous}）`,
      after: { dataFile: target }
    })
  )()
}

/**
 * 另存为: a complete copy of the data file at a new place (online backup, so nothing is half-copied),
 * which then becomes the file CivDesk works on. The old file stays as it was.
 */
export async function saveDataFileAs(ctx: AppContext, path: string): Promise<void> {
  const target = resolve(path)
  if (target === resolve(ctx.dataFile)) throw new UserError('invalid-input', '新位置与当前数据文件相同。')
  if (existsSync(`${target}.lock`))
    throw new UserError('db-locked', '目标位置的数据文件正被另一个文明办工作台使用。')
  for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true })
  await backupDatabase(ctx.db, target)
  await openOtherDataFile(ctx, target)
  // The copy is a file of its own: with the old file's id, each would list and prune the other's backups.
  ctx.db.transaction(() => writeFileId(ctx.db, newFileId()))()
}

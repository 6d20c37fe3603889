import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../../test/cli-harness'
import { useTempDir } from '../../../test/temp-dir'
import type { AppContext } from '../app-context'
import { openApp } from '../bootstrap'
import { loadSampleCity } from '../sample/sample-service'
import { selectValue } from '../store/typed-query'
import type { Clock } from '../system/clock'
import { silentLogger } from '../system/logger'
import { backupsOfCurrentFile, restoreBackup, takeBackup, takeDailyBackupIfDue } from './backup-service'
import { openOtherDataFile, saveDataFileAs } from '../data-file/data-file-service'
import { readFileId } from '../store/file-identity'

const tempDir = useTempDir()

function ticking(start: string): Clock & { set(iso: string): void } {
  let now = start
  return { now: () => now, set: (iso) => (now = iso) }
}

async function sampleApp(clock: Clock): Promise<AppContext> {
  const dir = tempDir()
  const ctx = await openApp({
    dataFile: join(dir, 'civdesk.db'),
    shell: 'cli',
    log: silentLogger,
    clock,
    backupDir: join(dir, 'backups')
  })
  loadSampleCity(ctx, 1)
  return ctx
}

const taskTitle = (ctx: AppContext) =>
  selectValue<string>(ctx.db, "SELECT title FROM task WHERE code = '1.1'").one()

describe('backups', () => {
  it('takes one 每日自动备份 on the first start of a day, and no more that day', async () => {
    const clock = ticking('2025-09-30T08:30:00+08:00')
    const ctx = await sampleApp(clock)
    const fileId = ctx.db.prepare("SELECT value FROM data_file_meta WHERE key = 'file_id'").pluck().get()
    expect(await takeDailyBackupIfDue(ctx)).toMatchObject({
      name: `civdesk-${fileId}-20250930-083000-daily.db`,
      reason: 'daily',
      takenAt: '2025-09-30T08:30:00'
    })
    clock.set('2025-09-30T14:00:00+08:00')
    expect(await takeDailyBackupIfDue(ctx)).toBeNull()
    clock.set('2025-10-09T08:31:00+08:00')
    expect((await takeDailyBackupIfDue(ctx))?.name).toBe(`civdesk-${fileId}-20251009-083100-daily.db`)
    ctx.db.close()
  })

  it('prunes by the retention policy as backups accumulate', async () => {
    const clock = ticking('2025-06-01T09:00:00+08:00')
    const ctx = await sampleApp(clock)
    for (let day = 0; day < 120; day++) {
      const date = new Date(Date.UTC(2025, 5, 1 + day)).toISOString().slice(0, 10)
      clock.set(`${date}T09:00:00+08:00`)
      await takeBackup(ctx, 'daily')
    }
    const kept = backupsOfCurrentFile(ctx)
    // 2025-09-28 is a Sunday: 20 newest (back to 09-09), then one per earlier calendar week to 07-13.
    expect(kept[0].takenAt).toBe('2025-09-28T09:00:00')
    const weekly = kept.filter((b) => b.takenAt < '2025-09-09')
    expect(weekly.map((b) => b.takenAt.slice(0, 10))).toEqual([
      '2025-09-07',
      '2025-08-31',
      '2025-08-24',
      '2025-08-17',
      '2025-08-10',
      '2025-08-03',
      '2025-07-27',
      '2025-07-20',
      '2025-07-13'
    ])
    expect(kept.length).toBe(20 + weekly.length)
    ctx.db.close()
  })

  it('restores a backup after saving an undo copy, and records it in 操作日志', async () => {
    const clock = ticking('2025-09-30T09:00:00+08:00')
    const ctx = await sampleApp(clock)
    const original = taskTitle(ctx)
    const before = await takeBackup(ctx, 'manual')
    ctx.db.prepare("UPDATE task SET title = '改错了的标题' WHERE code = '1.1'").run()
    clock.set('2025-09-30T10:00:00+08:00')

    const { undo } = await restoreBackup(ctx, join(ctx.backupDir, before.name))
    expect(taskTitle(ctx)).toBe(original)
    expect(undo).toMatchObject({
      reason: 'restore',
      name: expect.stringMatching(/^civdesk-[0-9a-f]{12}-20250930-100000-restore\.db$/)
    })
    const audit = ctx.db
      .prepare("SELECT summary FROM audit_log WHERE action = 'restore-backup'")
      .pluck()
      .all()
    expect(audit).toEqual([`从备份恢复数据（恢复前的数据已另存为 ${undo.name}）`])

    // The undo copy holds the state just before the restore: restoring it brings the edit back.
    clock.set('2025-09-30T10:05:00+08:00')
    await restoreBackup(ctx, join(ctx.backupDir, undo.name))
    expect(taskTitle(ctx)).toBe('改错了的标题')
    ctx.db.close()
  })

  it('refuses a file that is not a sound CivDesk backup and changes nothing', async () => {
    const clock = ticking('2025-09-30T09:00:00+08:00')
    const ctx = await sampleApp(clock)
    const bogus = join(tempDir(), 'civdesk-20250930-080000-manual.db')
    writeFileSync(bogus, 'definitely not sqlite')
    await expect(restoreBackup(ctx, bogus)).rejects.toThrow(/不是文明办工作台的数据文件/)
    expect(backupsOfCurrentFile(ctx)).toEqual([])
    expect(ctx.db.open).toBe(true)
    expect(taskTitle(ctx)).toBeTruthy()
    ctx.db.close()
  })
})

describe('moving the data file', () => {
  it('另存为 copies the whole file to the new place and continues there', async () => {
    const ctx = await sampleApp(ticking('2025-09-30T09:00:00+08:00'))
    const oldFile = ctx.dataFile
    const folder = tempDir()
    const moved = join(folder, '文明办数据.db')
    const oldId = readFileId(ctx.db)
    await saveDataFileAs(ctx, moved)
    expect(ctx.dataFile).toBe(moved)
    // Two files, two ids: neither lists nor prunes the other's backups.
    expect(readFileId(ctx.db)).toMatch(/^[0-9a-f]{12}$/)
    expect(readFileId(ctx.db)).not.toBe(oldId)
    expect(taskTitle(ctx)).toBeTruthy()
    ctx.db.prepare("UPDATE task SET title = '只改新文件' WHERE code = '1.1'").run()
    expect(existsSync(oldFile)).toBe(true)
    ctx.db.close()
  })

  it('打开数据文件 switches to another file and releases nothing when the new one is refused', async () => {
    const ctx = await sampleApp(ticking('2025-09-30T09:00:00+08:00'))
    const current = ctx.dataFile
    const notOurs = join(tempDir(), 'other.db')
    writeFileSync(notOurs, 'hello')
    await expect(openOtherDataFile(ctx, notOurs)).rejects.toThrow(/不是文明办工作台的数据文件/)
    expect(ctx.dataFile).toBe(current)
    expect(ctx.db.open).toBe(true)
    ctx.db.close()
  })
})

describe('npm run -s cli -- restore', () => {
  it('restores from a backup file, keeping an undo copy', async () => {
    const dir = tempDir()
    const db = join(dir, 'city.db')
    await cli('demo', '--db', db)
    expect((await cli('backup', '--db', db)).stdout).toMatch(
      /已备份到：.*civdesk-backups\/civdesk-[0-9a-f]{12}-\d{8}-\d{6}-manual\.db/
    )
    const backup = readdirSync(join(dir, 'civdesk-backups')).find((n) => n.endsWith('.db'))!
    const result = await cli('restore', '--db', db, '--from', join(dir, 'civdesk-backups', backup))
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /恢复前的数据已另存为撤销副本：civdesk-[0-9a-f]{12}-\d{8}-\d{6}-restore\.db/
    )
    expect((await cli('check', '--db', db)).code).toBe(0)
    const missing = await cli('restore', '--db', db, '--from', join(dir, 'nope.db'))
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('找不到备份文件')
  })
})

import { copyFileSync, readdirSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, cliJson } from '../../../test/cli-harness'
import { useTempDir } from '../../../test/temp-dir'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { openApp } from '../bootstrap'
import { readFileId } from '../store/file-identity'
import type { Clock } from '../system/clock'
import { silentLogger } from '../system/logger'
import { backupsOfCurrentFile, restoreBackup, takeBackup } from './backup-service'

const tempDir = useTempDir()

function ticking(start: string): Clock & { set(iso: string): void } {
  let now = start
  return { now: () => now, set: (iso) => (now = iso) }
}

async function open(dir: string, name: string, clock: Clock): Promise<AppContext> {
  return openApp({ dataFile: join(dir, name), shell: 'cli', log: silentLogger, clock })
}

const day = (n: number) => new Date(Date.UTC(2025, 5, 1 + n)).toISOString().slice(0, 10)

describe('backups of two data files in one folder (issue 13)', () => {
  it('25 backups of one file never remove the other’s, and each file lists only its own', async () => {
    const dir = tempDir()
    const clock = ticking('2025-06-01T09:00:00+08:00')
    const real = await open(dir, '正式台账.db', clock)
    const trial = await open(dir, '试用.db', clock)
    expect(real.backupDir).toBe(trial.backupDir)
    const realBackup = await takeBackup(real, 'manual')

    for (let n = 1; n <= 25; n++) {
      clock.set(`${day(n * 7)}T09:00:00+08:00`)
      await takeBackup(trial, 'daily')
    }
    // The trial file's own retention did prune (25 weekly backups, more than 20 newest + 12 weeks)...
    expect(backupsOfCurrentFile(trial).length).toBeLessThan(25)
    // ...but never the real file's only backup, which is months older than anything the trial keeps.
    expect(backupsOfCurrentFile(real).map((b) => b.name)).toEqual([realBackup.name])
    expect(backupsOfCurrentFile(trial).every((b) => b.fileId === readFileId(trial.db))).toBe(true)
    expect(backupsOfCurrentFile(trial).some((b) => b.name === realBackup.name)).toBe(false)
    expect(realBackup.dataFile).toBe(join(dir, '正式台账.db'))
    real.db.close()
    trial.db.close()
  })

  it('lists a backup from before version 7 as 来源未知 for every file and never prunes it', async () => {
    const dir = tempDir()
    const clock = ticking('2025-06-01T09:00:00+08:00')
    const ctx = await open(dir, 'a.db', clock)
    const first = await takeBackup(ctx, 'manual')
    const legacy = 'civdesk-20250101-090000-daily.db'
    renameSync(join(ctx.backupDir, first.name), join(ctx.backupDir, legacy))
    for (let n = 1; n <= 40; n++) {
      clock.set(`${day(n * 3)}T09:00:00+08:00`)
      await takeBackup(ctx, 'daily')
    }
    const unknown = backupsOfCurrentFile(ctx).filter((b) => b.fileId === null)
    expect(unknown.map((b) => b.name)).toEqual([legacy])
    const other = await open(dir, 'b.db', clock)
    expect(backupsOfCurrentFile(other).map((b) => b.name)).toEqual([legacy])
    ctx.db.close()
    other.db.close()
  })

  it('restores another file’s backup only when the clerk confirms, naming both files; the file keeps its id', async () => {
    const dir = tempDir()
    const clock = ticking('2025-09-30T09:00:00+08:00')
    const a = await open(dir, 'a.db', clock)
    const b = await open(dir, 'b.db', clock)
    b.db.prepare("INSERT INTO unit (name, kind) VALUES ('只在B里的单位', 'department')").run()
    const ofB = await takeBackup(b, 'manual')
    const source = join(b.backupDir, ofB.name)
    const refused = await restoreBackup(a, source).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(UserError)
    expect((refused as UserError).code).toBe('backup-foreign')
    expect((refused as UserError).message).toContain(join(dir, 'b.db'))
    expect((refused as UserError).message).toContain(join(dir, 'a.db'))
    expect(a.db.prepare('SELECT count(*) FROM unit').pluck().get()).toBe(0)

    const idOfA = readFileId(a.db)
    clock.set('2025-09-30T09:05:00+08:00')
    await restoreBackup(a, source, { confirmForeign: true })
    expect(a.db.prepare('SELECT name FROM unit').pluck().all()).toEqual(['只在B里的单位'])
    expect(readFileId(a.db)).toBe(idOfA)
    expect(backupsOfCurrentFile(a).some((x) => x.name === ofB.name)).toBe(false)
    a.db.close()
    b.db.close()
  })
})

describe('npm run -s cli -- backup --list', () => {
  it('lists only the file’s own backups, with name, time, reason and bytes', async () => {
    const dir = tempDir()
    const a = join(dir, 'a.db')
    const b = join(dir, 'b.db')
    expect((await cli('init', '--db', a)).code).toBe(0)
    expect((await cli('init', '--db', b)).code).toBe(0)
    for (let n = 0; n < 3; n++) expect((await cli('backup', '--db', a)).code).toBe(0)
    expect((await cli('backup', '--db', b)).code).toBe(0)
    const listA = await cliJson<{
      backups: { name: string; takenAt: string; reason: string; bytes: number }[]
    }>('backup', '--db', a, '--list')
    const listB = await cliJson<{ backups: { name: string }[] }>('backup', '--db', b, '--list')
    const all = readdirSync(join(dir, 'civdesk-backups')).filter((n) => n.endsWith('.db'))
    expect(listB.backups).toHaveLength(1)
    expect(listA.backups.length + listB.backups.length).toBe(all.length)
    expect(listA.backups.some((x) => x.name === listB.backups[0].name)).toBe(false)
    expect(listA.backups[0]).toMatchObject({ reason: 'manual', bytes: expect.any(Number) })
    const text = await cli('backup', '--db', b, '--list')
    expect(text.stdout).toContain('手动备份')
    expect(text.stdout).toContain(listB.backups[0].name)
    // A copy of b's backup taken over by hand, renamed like an old backup: listed as 来源未知.
    copyFileSync(
      join(dir, 'civdesk-backups', listB.backups[0].name),
      join(dir, 'civdesk-backups', 'civdesk-20240101-080000-manual.db')
    )
    expect((await cli('backup', '--db', b, '--list')).stdout).toContain('来源未知')
  })
})

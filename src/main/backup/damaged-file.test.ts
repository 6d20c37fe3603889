import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../../test/cli-harness'
import { useTempDir } from '../../../test/temp-dir'
import { UserError } from '../../shared/errors'
import { assertOpenable, openApp } from '../bootstrap'
import { runCli } from '../cli/run-cli'
import type { Logger } from '../system/logger'
import { silentLogger } from '../system/logger'
import type { DamagedFileDetails } from './damaged-file'
import { replaceDamagedFile } from './damaged-file'

const tempDir = useTempDir()

/** A demo file with two backups, then cut short as a failing disk or an interrupted copy leaves it. */
async function damagedFile(): Promise<{ dir: string; db: string }> {
  const dir = tempDir()
  const db = join(dir, '台账.db')
  expect((await cli('demo', '--db', db)).code).toBe(0)
  expect((await cli('backup', '--db', db)).code).toBe(0)
  truncateSync(db, Math.floor(statSync(db).size / 2))
  return { dir, db }
}

const besideIt = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n !== 'civdesk-backups')
    .sort()

describe('a damaged data file (issue 13)', () => {
  it('every CLI command answers one Chinese message naming the sound backups, and writes nothing beside it', async () => {
    const { dir, db } = await damagedFile()
    const before = readFileSync(db)
    for (const argv of [
      ['summary', '--db', db],
      ['tasks', '--db', db],
      ['office', '--db', db],
      ['backup', '--db', db]
    ]) {
      const result = await cli(...argv)
      expect(result.code, argv[0]).toBe(2)
      expect(result.stderr).toContain('已损坏')
      expect(result.stderr).toContain('文件未作任何改动')
      expect(result.stderr).toMatch(/这个文件有 1 份完好的备份/)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }
    expect(besideIt(dir)).toEqual(['台账.db'])
    expect(readFileSync(db).equals(before)).toBe(true)
  }, 60_000)

  it('the shells’ check before locking refuses it with the backups in its details', async () => {
    const { dir, db } = await damagedFile()
    let error: unknown
    try {
      assertOpenable(db)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).code).toBe('db-damaged')
    const details = (error as UserError).details as DamagedFileDetails
    expect(details.backups).toHaveLength(1)
    await expect(openApp({ dataFile: db, shell: 'web', log: silentLogger })).rejects.toMatchObject({
      code: 'db-damaged'
    })
    expect(besideIt(dir)).toEqual(['台账.db'])
  }, 60_000)

  it('the web mode stops with the same Chinese message and no lock file', async () => {
    const { dir, db } = await damagedFile()
    const tsx = join('node_modules', 'tsx', 'dist', 'cli.mjs')
    const renderer = tempDir()
    writeFileSync(join(renderer, 'index.html'), '<!doctype html>')
    const web = spawnSync(
      process.execPath,
      [tsx, 'src/main/web/serve.ts', '--db', db, '--renderer', renderer],
      {
        encoding: 'utf8',
        timeout: 60_000
      }
    )
    expect(web.status).toBe(2)
    expect(web.stderr).toContain('已损坏')
    expect(web.stderr).not.toMatch(/\n\s+at /)
    expect(besideIt(dir)).toEqual(['台账.db'])
  }, 90_000)

  it('从备份恢复 copies the damaged file aside, never over it, then the file opens again', async () => {
    const { dir, db } = await damagedFile()
    const damaged = readFileSync(db)
    const backup = readdirSync(join(dir, 'civdesk-backups')).find((n) => n.endsWith('.db'))!
    const aside = replaceDamagedFile(db, join(dir, 'civdesk-backups', backup), '2025-09-30T10:00:00+08:00')
    expect(aside).toBe(`${db}.damaged-20250930-100000`)
    expect(readFileSync(aside).equals(damaged)).toBe(true)
    expect((await cli('check', '--db', db)).code).toBe(0)
  }, 60_000)

  it('the CLI restore recovers a damaged file the same way', async () => {
    const { dir, db } = await damagedFile()
    const backup = readdirSync(join(dir, 'civdesk-backups')).find((n) => n.endsWith('.db'))!
    const result = await cli('restore', '--db', db, '--from', join(dir, 'civdesk-backups', backup))
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('损坏的数据文件已另存为')
    expect((await cli('summary', '--db', db)).code).toBe(0)
  }, 60_000)
})

describe('no stack trace for a user’s mistake', () => {
  it('--as-of past the calendar’s range is a Chinese message with exit 2, nothing logged as a failure', async () => {
    const dir = tempDir()
    const db = join(dir, 'a.db')
    expect((await cli('init', '--db', db)).code).toBe(0)
    const errors: unknown[] = []
    const log: Logger = { ...silentLogger, error: (...args: unknown[]) => void errors.push(args) }
    for (const argv of [
      ['summary', '--db', db, '--as-of', '2101-01-05'],
      ['due', '--db', db, '--as-of', '1989-12-31'],
      ['brief', '--db', db, '--out', join(dir, 'b.docx'), '--as-of', '2101-01-05']
    ]) {
      let stderr = ''
      const code = await runCli(argv, { io: { stdout: () => undefined, stderr: (t) => (stderr += t) }, log })
      expect(code, argv.join(' ')).toBe(2)
      expect(stderr).toContain('超出工作日历范围')
    }
    expect(errors).toEqual([])
  })
})

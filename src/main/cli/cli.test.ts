import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cli, cliJson } from '../../../test/cli-harness'
import { useSuiteTempDir, useTempDir } from '../../../test/temp-dir'
import type { DueItem, Summary, TaskRow } from '../../shared/contract'

const tempDir = useTempDir()
const suiteDir = useSuiteTempDir()
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

describe('demo, summary, tasks and due on the sample city', () => {
  let db: string
  beforeAll(async () => {
    db = join(suiteDir(), 'demo.db')
    const made = await cli('demo', '--db', db)
    expect(made.code).toBe(0)
    expect(made.stdout).toContain('城中村 108 个')
  })

  it('summary --json: done + red + yellow + green = total, for tasks and village items', async () => {
    const summary = await cliJson<Summary>('summary', '--db', db, '--as-of', '2025-09-30')
    expect(summary.villages).toBe(108)
    for (const counts of [summary.tasks, summary.villageItems]) {
      expect(counts.done + counts.red + counts.yellow + counts.green).toBe(counts.total)
    }
    expect(summary.tasks.total).toBe(60)
    expect(summary.tasks.red).toBeGreaterThan(0)
    expect(summary.tasks.yellow).toBeGreaterThan(0)
  })

  it('tasks --json: codes, titles, lead and supporting units, deadlines, statuses', async () => {
    const tasks = await cliJson<TaskRow[]>('tasks', '--db', db)
    expect(tasks).toHaveLength(60)
    for (const t of tasks) {
      expect(t).toEqual(
        expect.objectContaining({
          code: expect.any(String),
          title: expect.any(String),
          status: expect.stringMatching(/^(not-started|in-progress|done)$/),
          percent: expect.any(Number)
        })
      )
      expect(t.leadUnits.length).toBeGreaterThan(0)
      expect(Array.isArray(t.supportUnits)).toBe(true)
      expect(t.deadline === null || /^\d{4}-\d{2}-\d{2}$/.test(t.deadline)).toBe(true)
    }
    expect(tasks.some((t) => t.deadline === null)).toBe(true)
  })

  it('due --json agrees with summary: every red and yellow task and village item is listed', async () => {
    const summary = await cliJson<Summary>('summary', '--db', db, '--as-of', '2025-09-30')
    const due = await cliJson<DueItem[]>('due', '--db', db, '--as-of', '2025-09-30')
    const count = (kind: DueItem['kind'], light: string) =>
      due.filter((d) => d.kind === kind && d.light === light).length
    expect(count('task', 'red')).toBe(summary.tasks.red)
    expect(count('task', 'yellow')).toBe(summary.tasks.yellow)
    expect(count('village-item', 'red')).toBe(summary.villageItems.red)
    expect(count('village-item', 'yellow')).toBe(summary.villageItems.yellow)
    expect(count('milestone', 'red') + count('milestone', 'yellow')).toBe(
      summary.milestones.red + summary.milestones.yellow
    )
    for (const d of due) {
      expect(['red', 'yellow']).toContain(d.light)
      expect(d.units.length, `${d.kind} ${d.title}`).toBeGreaterThan(0)
      if (d.kind === 'village-item') expect(d.village && d.district).toBeTruthy()
    }
    expect(due.map((d) => d.workdaysLeft)).toEqual([...due.map((d) => d.workdaysLeft)].sort((a, b) => a - b))
  })

  it('due --within N adds the green items with at most N working days left', async () => {
    const plain = await cliJson<DueItem[]>('due', '--db', db, '--as-of', '2025-09-30')
    const wider = await cliJson<DueItem[]>('due', '--db', db, '--as-of', '2025-09-30', '--within', '20')
    const added = wider.filter((d) => d.light === 'green')
    expect(added.length).toBeGreaterThan(0)
    expect(added.every((d) => d.workdaysLeft > 3 && d.workdaysLeft <= 20)).toBe(true)
    expect(wider.length).toBe(plain.length + added.length)
  })

  it('check passes on a sound file; backup writes a sound copy', async () => {
    expect((await cli('check', '--db', db)).code).toBe(0)
    const copy = join(tempDir(), 'copy.db')
    expect((await cli('backup', '--db', db, '--out', copy)).code).toBe(0)
    expect(await cliJson('check', '--db', copy)).toMatchObject({
      ok: true,
      integrity: 'ok',
      foreignKeyProblems: 0
    })
    expect(await cliJson<Summary>('summary', '--db', copy, '--as-of', '2025-09-30')).toEqual(
      await cliJson<Summary>('summary', '--db', db, '--as-of', '2025-09-30')
    )
  })

  it('demo makes the same city every time', async () => {
    const again = join(tempDir(), 'again.db')
    await cli('demo', '--db', again)
    expect(await cliJson('tasks', '--db', again)).toEqual(await cliJson('tasks', '--db', db))
    expect(await cliJson('due', '--db', again, '--as-of', '2025-09-30')).toEqual(
      await cliJson('due', '--db', db, '--as-of', '2025-09-30')
    )
  })
})

describe("the user's mistakes: exit 2, a Chinese message, nothing written", () => {
  it.each([
    [['summary'], /缺少参数 --db/],
    [['summary', '--db', 'nowhere.db'], /找不到数据文件/],
    [['summary', '--db', '__DB__', '--as-of', '2025-02-30'], /--as-of 应为/],
    [['due', '--db', '__DB__', '--within', '-1'], /参数有误|--within/],
    [['due', '--db', '__DB__', '--within', 'abc'], /--within 应为/],
    [['tasks', '--db', '__DB__', '--colour'], /参数有误/],
    [['frobnicate'], /未知命令/],
    [['demo', '--db', '__DB__'], /数据文件已存在/],
    [['demo', '--db', 'x.db', '--scale', '0'], /--scale 应为 1 到 50/],
    [['backup', '--db', '__DB__', '--out', '__DB__'], /备份文件不能与数据文件相同/]
  ])('%j', async (args, message) => {
    const dir = tempDir()
    const db = join(dir, 'city.db')
    await cli('demo', '--db', db)
    const before = sha(db)
    const result = await cli(
      ...args.map((a) => (a === '__DB__' ? db : a === 'x.db' || a === 'nowhere.db' ? join(dir, a) : a))
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stdout).toBe('')
    expect(sha(db)).toBe(before)
    expect(existsSync(join(dir, 'x.db'))).toBe(false)
  })

  it('check refuses a file that is not a data file, with exit 2', async () => {
    const path = join(tempDir(), 'notes.db')
    writeFileSync(path, 'not a database')
    const result = await cli('check', '--db', path)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('不是文明办工作台的数据文件')
  })
})

describe('npm run -s cli', () => {
  it('prints JSON alone on stdout and exits 0, through the real entry point', () => {
    const dir = tempDir()
    const db = join(dir, 'real.db')
    const tsx = join('node_modules', 'tsx', 'dist', 'cli.mjs')
    const made = spawnSync(process.execPath, [tsx, 'src/main/cli.ts', 'demo', '--db', db], {
      encoding: 'utf8'
    })
    expect(made.status).toBe(0)
    const summary = spawnSync(
      process.execPath,
      [tsx, 'src/main/cli.ts', 'summary', '--db', db, '--as-of', '2025-09-30', '--json'],
      { encoding: 'utf8' }
    )
    expect(summary.status).toBe(0)
    expect(JSON.parse(summary.stdout)).toMatchObject({ asOf: '2025-09-30', villages: 108 })
    const bad = spawnSync(
      process.execPath,
      [tsx, 'src/main/cli.ts', 'summary', '--db', join(dir, 'missing.db')],
      { encoding: 'utf8' }
    )
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('找不到数据文件')
  })
})

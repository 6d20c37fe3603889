import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, cliJson } from '../../../test/cli-harness'
import { useTempDir } from '../../../test/temp-dir'
import type { DueItem, Summary } from '../../shared/contract'
import { openDatabase } from '../store/open-database'
import { fixedClock } from '../system/clock'

const tempDir = useTempDir()
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
const NOTICE_2026 = join(__dirname, '..', 'calendar', 'fixtures', 'notice-2026.txt')

/** A 2027 notice in the published form; its dates are made up for the test (the real one comes each November). */
const NOTICE_2027 = `国务院办公厅关于2027年部分节假日安排的通知
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
\u3000\u3000经国务院批准，现将2027年元旦、春节放假调休日期的具体安排通知如下。
\u3000\u3000一、元旦：1月1日（周五）至3日（周日）放假，共3天。
\u3000\u3000二、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。2月20日（周六）上班。
\u3000\u3000节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。
国务院办公厅
2026年11月5日
`

interface ShownYear {
  year: number
  status: 'official' | 'provisional'
  workingDays: number
  days: { date: string; kind: 'off' | 'work'; name: string }[]
  calendar: { provisional: number[] }
}

async function freshDataFile(): Promise<string> {
  const path = join(tempDir(), 'new.db')
  const { db } = await openDatabase(path, {
    clock: fixedClock('2026-12-04T09:00:00+08:00'),
    backupDir: tempDir()
  })
  db.close()
  return path
}

describe('calendar show', () => {
  it('2027 on a fresh data file is provisional: 元旦, the 春节 days and 中秋 are not working days', async () => {
    const db = await freshDataFile()
    const shown = await cli('calendar', 'show', '--db', db, '--year', '2027', '--json')
    expect(shown.code).toBe(0)
    expect(shown.stderr).toBe(
      '注意：2027年尚无国务院办公厅放假安排，工作日按法定节假日预估；公布后请用 calendar import 导入\n'
    )
    const year = JSON.parse(shown.stdout) as ShownYear
    expect(year).toMatchObject({
      year: 2027,
      status: 'provisional',
      workingDays: 248,
      calendar: { provisional: [2027] }
    })
    const off = new Set(year.days.filter((d) => d.kind === 'off').map((d) => d.date))
    for (const date of ['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-09-15'])
      expect(off.has(date), date).toBe(true)
    expect(year.days.some((d) => d.kind === 'work')).toBe(false)
  })

  it('2026 is official, from the shipped notice', async () => {
    const db = await freshDataFile()
    const shown = await cli('calendar', 'show', '--db', db, '--year', '2026', '--json')
    expect(shown.stderr).toBe('')
    expect(JSON.parse(shown.stdout)).toMatchObject({
      status: 'official',
      workingDays: 248,
      calendar: { provisional: [] }
    })
    const text = await cli('calendar', 'show', '--db', db, '--year', '2026')
    expect(text.stdout).toContain('2026年：正式安排，全年工作日248天')
    expect(text.stdout).toContain('2026-02-28 班 春节调休')
  })
})

describe('calendar import', () => {
  it('imports the notice, and summary and due stop saying 2027 is provisional', async () => {
    const db = join(tempDir(), 'demo.db')
    expect((await cli('demo', '--db', db)).code).toBe(0)
    const before = await cli('summary', '--db', db, '--as-of', '2027-02-26', '--json')
    expect(before.stderr).toContain('注意：2027年尚无国务院办公厅放假安排')
    expect((JSON.parse(before.stdout) as { calendar: unknown }).calendar).toEqual({ provisional: [2027] })
    const dueBefore = await cliJson<DueItem[]>('due', '--db', db, '--as-of', '2027-02-26')
    expect(Array.isArray(dueBefore)).toBe(true)
    expect(dueBefore.length).toBeGreaterThan(0)
    expect(dueBefore.every((d) => d.provisional === true)).toBe(true)

    const file = join(tempDir(), '2027年放假安排.txt')
    writeFileSync(file, NOTICE_2027)
    const dry = await cli('calendar', 'import', file, '--db', db, '--dry-run')
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain('2027年（现为预估）：全年工作日 248 → 255 天（+7）')
    expect(dry.stdout).toContain('春节：放假 2月5日至12日（8天）；上班 2月20日')
    expect(dry.stdout).toContain('（试运行：未写入任何内容）')

    const done = await cli('calendar', 'import', file, '--db', db, '--json')
    expect(done.code).toBe(0)
    expect(JSON.parse(done.stdout)).toMatchObject({
      result: { years: [2027], days: 12 },
      calendar: { provisional: [] }
    })

    const after = await cli('summary', '--db', db, '--as-of', '2027-02-26', '--json')
    expect(after.stderr).toBe('')
    const summary = JSON.parse(after.stdout) as Summary & { calendar: unknown }
    expect(summary.calendar).toEqual({ provisional: [] })
    const dueAfter = await cliJson<DueItem[]>('due', '--db', db, '--as-of', '2027-02-26')
    expect(dueAfter.some((d) => d.provisional)).toBe(false)
    // Recounted: the notice gives 6 weekdays of 春节 and one Saturday worked, the law 4 weekdays, so
    // every item overdue since 2026 is one working day less overdue.
    const was = new Map(dueBefore.map((d) => [`${d.kind}${d.id}`, d.workdaysLeft]))
    for (const d of dueAfter.filter((d) => d.deadline < '2027-01-01'))
      expect(d.workdaysLeft).toBe(was.get(`${d.kind}${d.id}`)! + 1)
  })

  it('a year already official needs --replace; a bad notice names its line; either way nothing is written', async () => {
    const db = await freshDataFile()
    const untouched = sha(db)
    const refused = await cli('calendar', 'import', NOTICE_2026, '--db', db)
    expect(refused.code).toBe(2)
    expect(refused.stdout).toContain('2026年（已有正式安排，导入将替换）：全年工作日 248 → 248 天（不变）')
    expect(refused.stderr).toContain('2026年已有正式的节假日安排')
    expect(sha(db)).toBe(untouched)

    const bad = join(tempDir(), 'bad.txt')
    writeFileSync(bad, NOTICE_2027.replace('2月20日（周六）', '2月20日（周日）'))
    const wrong = await cli('calendar', 'import', bad, '--db', db)
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('第5行（春节）：2027年2月20日写的是“周日”，但这一天是星期六')
    expect(sha(db)).toBe(untouched)

    expect((await cli('calendar', 'import', NOTICE_2026, '--db', db, '--replace')).code).toBe(0)
  })
})

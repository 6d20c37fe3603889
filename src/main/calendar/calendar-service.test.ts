import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { useTempDir } from '../../../test/temp-dir'
import type { AppContext } from '../app-context'
import { parseHolidayText } from './holiday-text'
import { listTasks } from '../task/task-list'
import { auditSince, lastAuditId, sampleTaskContext } from '../task/test-context'
import {
  calendarYear,
  exportCalendarYear,
  importCalendar,
  previewCalendarImport,
  setCalendarDay
} from './calendar-service'

const tempDir = useTempDir()
let ctx: AppContext
let since: number

beforeEach(() => {
  ctx = sampleTaskContext()
  since = lastAuditId(ctx)
})

/** A year file a clerk typed (the 2027 dates are made up for the test; the notice comes out each November). */
const FILE_2027 = `# 2027年部分节假日安排（测试用）
2027-01-01 至 2027-01-03 休 元旦
2027-02-06 至 2027-02-12 休 春节
2027-02-13 班 春节调休
`

function chosenFile(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name)
  writeFileSync(path, content)
  return ctx.files.register(path, 'calendar-text', 'input').ref
}

const light = (code: string, asOf: string) => listTasks(ctx, asOf).find((t) => t.code === code)!.light

describe('editing the working-day calendar', () => {
  it('turning a 调休 Saturday back into a rest day changes a light at once, with one audit row', () => {
    // Task 5.9 is due 2025-10-15; as of 10-10 the 调休 Saturday 10-11 is one of its 4 working days left.
    expect(light('5.9', '2025-10-10')).toMatchObject({ light: 'green', label: '剩4个工作日' })
    const year = setCalendarDay(ctx, { date: '2025-10-11', kind: null, name: '' })
    expect(light('5.9', '2025-10-10')).toMatchObject({ light: 'yellow', label: '剩3个工作日' })
    expect(year.workdays).toBe(247)
    expect(year.days.some((d) => d.date === '2025-10-11')).toBe(false)
    const audit = auditSince(ctx, since)
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ entity: 'calendar_day', entityId: '2025-10-11', action: 'calendar' })
    expect(audit[0].summary).toBe('工作日历：2025-10-11（星期六）恢复为休息日（原为“班” 国庆节调休）')
  })

  it('marks a weekday 休 and a weekend 班, and refuses 班 on a weekday', () => {
    setCalendarDay(ctx, { date: '2025-12-31', kind: 'holiday', name: '防汛调休' })
    setCalendarDay(ctx, { date: '2025-12-27', kind: 'workday', name: '' })
    expect(calendarYear(ctx, 2025).days.filter((d) => d.date >= '2025-12-27')).toEqual([
      { date: '2025-12-27', kind: 'workday', name: '调休上班' },
      { date: '2025-12-31', kind: 'holiday', name: '防汛调休' }
    ])
    expect(ctx.calendar().isWorkday('2025-12-31')).toBe(false)
    expect(ctx.calendar().isWorkday('2025-12-27')).toBe(true)
    expect(() => setCalendarDay(ctx, { date: '2025-12-30', kind: 'workday', name: '' })).toThrow(
      '2025-12-30（星期二）本来就是工作日'
    )
    expect(auditSince(ctx, since)).toHaveLength(2)
  })
})

describe('importing and exporting a year', () => {
  it('previews what a file changes, then imports the chosen year in one audited step', () => {
    const ref = chosenFile('2027年节假日.txt', FILE_2027)
    const preview = previewCalendarImport(ctx, ref)
    expect(preview.fileName).toBe('2027年节假日.txt')
    expect(preview.years).toHaveLength(1)
    expect(preview.years[0]).toMatchObject({ year: 2027, removed: [], changed: [] })
    expect(preview.years[0].added).toHaveLength(11)
    expect(preview.years[0].workdaysAfter).toBe(preview.years[0].workdaysBefore - 5)
    expect(auditSince(ctx, since)).toHaveLength(0)
    expect(calendarYear(ctx, 2027).days).toEqual([])

    expect(importCalendar(ctx, ref, [2027])).toEqual({ years: [2027], days: 11 })
    expect(calendarYear(ctx, 2027).days).toHaveLength(11)
    expect(ctx.calendar().isWorkday('2027-02-13')).toBe(true)
    expect(ctx.calendar().isWorkday('2027-02-08')).toBe(false)
    const audit = auditSince(ctx, since)
    expect(audit).toHaveLength(1)
    expect(audit[0].summary).toBe('导入工作日历：2027年（休10天、班1天），文件“2027年节假日.txt”')
  })

  it('replaces a year wholly: days the file leaves out are dropped and shown in the preview', () => {
    const ref = chosenFile('2026修订.txt', '2026-01-01 休 元旦\n2026-10-09 休 补休\n')
    const [year] = previewCalendarImport(ctx, ref).years
    expect(year.added).toEqual([{ date: '2026-10-09', kind: 'holiday', name: '补休' }])
    expect(year.changed).toEqual([])
    expect(year.removed.length).toBe(calendarYear(ctx, 2026).days.length - 1)
    importCalendar(ctx, ref, [2026])
    expect(calendarYear(ctx, 2026).days.map((d) => d.date)).toEqual(['2026-01-01', '2026-10-09'])
    // 2025 is untouched.
    expect(calendarYear(ctx, 2025).workdays).toBe(248)
  })

  it('reads a file Notepad saved in GBK', () => {
    const gbk = Buffer.concat([
      Buffer.from('2027-01-01 '),
      Buffer.from('d0dd', 'hex'),
      Buffer.from(' '),
      Buffer.from('d4aab5a9', 'hex'),
      Buffer.from('\n')
    ])
    const ref = chosenFile('gbk.txt', gbk)
    expect(previewCalendarImport(ctx, ref).years[0].days).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: '元旦' }
    ])
  })

  it('refuses a bad file with its line numbers and a year the file does not hold, writing nothing', () => {
    const bad = chosenFile('坏文件.txt', '2027-01-01 休 元旦\n2027-02-30 休 春节\n明天放假\n')
    expect(() => previewCalendarImport(ctx, bad)).toThrow(
      /第2行：日期“2027-02-30”不存在[\s\S]*第3行：无法识别/
    )
    const good = chosenFile('2027.txt', FILE_2027)
    expect(() => importCalendar(ctx, good, [2028])).toThrow('文件中没有2028年的安排')
    expect(auditSince(ctx, since)).toHaveLength(0)
  })

  it('exports a year in the same format, which imports back to the same days', () => {
    const path = join(tempDir(), '2025.txt')
    const { ref } = ctx.files.register(path, 'calendar-export', 'output')
    expect(exportCalendarYear(ctx, 2025, ref)).toEqual({ days: calendarYear(ctx, 2025).days.length })
    const text = readFileSync(path, 'utf8')
    expect(text).toContain('2025-10-11 班 国庆节调休')
    expect(parseHolidayText(text).days).toEqual(calendarYear(ctx, 2025).days)
  })
})

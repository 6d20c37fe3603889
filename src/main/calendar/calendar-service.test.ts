import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { useTempDir } from '../../../test/temp-dir'
import type { AppContext } from '../app-context'
import { parseHolidayText } from './holiday-text'
import { listTasks } from '../task/task-list'
import { auditSince, lastAuditId, sampleTaskContext } from '../task/test-context'
import { calendarYear, exportCalendarYear, setCalendarDay } from './calendar-service'

const tempDir = useTempDir()
let ctx: AppContext
let since: number

beforeEach(() => {
  ctx = sampleTaskContext()
  since = lastAuditId(ctx)
})

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

describe('exporting a year', () => {
  it('exports a year in the same format, which imports back to the same days', () => {
    const path = join(tempDir(), '2025.txt')
    const { ref } = ctx.files.register(path, 'calendar-export', 'output')
    expect(exportCalendarYear(ctx, 2025, ref)).toEqual({ days: calendarYear(ctx, 2025).days.length })
    const text = readFileSync(path, 'utf8')
    expect(text).toContain('2025-10-11 班 国庆节调休')
    expect(parseHolidayText(text).days).toEqual(calendarYear(ctx, 2025).days)
  })
})

import { describe, expect, it } from 'vitest'
import { openMemoryDatabase } from '../store/open-database'
import { loadCalendarDays } from '../app-context'
import { WorkCalendar } from './work-calendar'

const calendar = new WorkCalendar(loadCalendarDays(openMemoryDatabase()))

describe('working days on the shipped 2025–2026 calendar', () => {
  it.each([
    ['2025-01-01', false, '元旦'],
    ['2025-01-26', true, '春节调休的星期日'],
    ['2025-01-28', false, '除夕'],
    ['2025-02-04', false, '春节最后一天（星期二）'],
    ['2025-02-08', true, '春节调休的星期六'],
    ['2025-04-27', true, '劳动节调休的星期日'],
    ['2025-05-05', false, '劳动节（星期一）'],
    ['2025-06-02', false, '端午节（星期一）'],
    ['2025-09-27', false, '普通星期六'],
    ['2025-09-28', true, '国庆调休的星期日'],
    ['2025-10-08', false, '国庆中秋最后一天（星期三）'],
    ['2025-10-09', true, '节后第一个工作日'],
    ['2025-10-11', true, '国庆调休的星期六'],
    ['2026-01-02', false, '元旦假期的星期五'],
    ['2026-01-04', true, '元旦调休的星期日'],
    ['2026-02-14', true, '春节调休的星期六'],
    ['2026-02-23', false, '春节最后一天（星期一）'],
    ['2026-02-28', true, '春节调休的星期六'],
    ['2026-05-09', true, '劳动节调休的星期六'],
    ['2026-06-19', false, '端午节（星期五）'],
    ['2026-09-20', true, '国庆调休的星期日'],
    ['2026-09-25', false, '中秋节（星期五）'],
    ['2026-10-07', false, '国庆最后一天（星期三）'],
    ['2026-10-10', true, '国庆调休的星期六'],
    ['2026-10-12', true, '普通星期一']
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(calendar.isWorkday(date)).toBe(expected)
  })

  it('counts 248 working days in 2025 and in 2026 (domain.md §7)', () => {
    expect(calendar.workdaysInYear(2025)).toBe(248)
    expect(calendar.workdaysInYear(2026)).toBe(248)
  })
})

describe('workdaysLeft (issue 2, Definitions)', () => {
  it.each([
    ['2025-09-30', '2025-09-26', 3, '9/28 is a 调休 Sunday'],
    ['2025-10-09', '2025-09-30', 1, 'across the National Day holiday'],
    ['2025-09-30', '2025-10-09', -1, 'overdue across the holiday'],
    ['2025-09-30', '2025-09-30', 0, 'due today'],
    ['2025-10-08', '2025-09-30', 0, 'the whole gap is holiday'],
    ['2025-10-13', '2025-10-09', 3, '10/11 is a 调休 Saturday'],
    ['2026-02-27', '2026-02-13', 5, 'Spring Festival 2026: 2/14 worked, 2/15–2/23 off'],
    ['2026-01-05', '2025-12-31', 2, 'New Year 2026: 1/1–1/3 off, 1/4 worked'],
    ['2025-01-24', '2025-02-07', -5, 'the worked example, read backwards']
  ])('deadline %s as of %s → %i (%s)', (deadline, asOf, expected) => {
    expect(calendar.workdaysLeft(deadline, asOf)).toBe(expected)
  })
})

describe('counting forward and backward', () => {
  it('"5个工作日内" from Fri 2025-01-24 is due 2025-02-07 (domain.md §7.3 worked example)', () => {
    expect(calendar.addWorkdays('2025-01-24', 5)).toBe('2025-02-07')
  })

  it.each([
    ['2025-09-30', 1, '2025-10-09'],
    ['2025-09-26', 1, '2025-09-28'],
    ['2026-09-30', 3, '2026-10-10'],
    ['2025-12-31', 0, '2025-12-31']
  ])('%s plus %i working days is %s', (from, n, expected) => {
    expect(calendar.addWorkdays(from, n)).toBe(expected)
  })

  it.each([
    ['2025-10-09', 1, '2025-09-30', 'one working day before the first day after the holiday'],
    ['2025-10-10', 2, '2025-09-30', 'two back across the holiday'],
    ['2025-10-05', 0, '2025-09-30', 'a final date inside the holiday moves back to a working day'],
    ['2025-09-29', 1, '2025-09-28', 'the 调休 Sunday counts as a working day'],
    ['2026-02-26', 5, '2026-02-12', 'Spring Festival 2026 in between, 2/14 worked']
  ])('%s minus %i working days is %s (%s)', (from, n, expected) => {
    const result = calendar.subtractWorkdays(from, n)
    expect(result).toBe(expected)
    expect(calendar.isWorkday(result)).toBe(true)
  })

  it('refuses dates outside the calendar rather than guessing', () => {
    expect(() => calendar.workdaysLeft('2025-02-30', '2025-01-01')).toThrow(/不是有效日期/)
    expect(() => calendar.workdaysLeft('2200-01-01', '2025-01-01')).toThrow()
  })
})

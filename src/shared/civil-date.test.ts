import { describe, expect, it } from 'vitest'
import {
  addDays,
  dayOfWeek,
  daysBetween,
  formatChineseDate,
  isIsoDate,
  localToday,
  monthEnd,
  toDayNumber
} from './civil-date'

describe(`calendar dates under TZ=${process.env.TZ ?? '(unset)'}`, () => {
  it('never move with the machine time zone', () => {
    expect(addDays('2025-09-30', 1)).toBe('2025-10-01')
    expect(addDays('2025-03-09', 1)).toBe('2025-03-10') // US daylight saving starts that night
    expect(addDays('2025-11-02', 1)).toBe('2025-11-03') // and ends that night
    expect(addDays('2024-12-31', 60)).toBe('2025-03-01')
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365)
    expect(dayOfWeek('2025-09-28')).toBe(0)
    expect(dayOfWeek('2025-10-11')).toBe(6)
    expect(toDayNumber('1970-01-01')).toBe(0)
    expect(monthEnd(2024, 2)).toBe('2024-02-29')
  })

  it('validates real dates only', () => {
    expect(isIsoDate('2025-02-28')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-13-01')).toBe(false)
    expect(isIsoDate('2025-9-30')).toBe(false)
    expect(isIsoDate(' 2025-09-30')).toBe(false)
  })

  it('writes dates the GB/T 9704 way, without leading zeros', () => {
    expect(formatChineseDate('2025-09-30')).toBe('2025年9月30日')
    expect(formatChineseDate('2026-01-05')).toBe('2026年1月5日')
  })

  it('takes "today" from the wall clock of this machine, as the clerk sees it', () => {
    // 2025-09-30 23:30 in Shanghai is 15:30 UTC and 08:30 in Los Angeles: each zone's own date.
    const instant = new Date('2025-09-30T15:30:00Z')
    const expected = {
      'Asia/Shanghai': '2025-09-30',
      UTC: '2025-09-30',
      'America/Los_Angeles': '2025-09-30'
    }[process.env.TZ ?? 'UTC']
    if (expected) expect(localToday(instant)).toBe(expected)
    const late = new Date('2025-09-30T17:30:00Z')
    const expectedLate = {
      'Asia/Shanghai': '2025-10-01',
      UTC: '2025-09-30',
      'America/Los_Angeles': '2025-09-30'
    }[process.env.TZ ?? 'UTC']
    if (expectedLate) expect(localToday(late)).toBe(expectedLate)
  })
})

import { Lunar } from 'lunar-javascript'
import { describe, expect, it } from 'vitest'
import { parseHolidayText } from './holiday-text'
import { SHIPPED_HOLIDAY_TEXT } from './shipped-holidays'
import { provisionalHolidays } from './statutory-holidays'
import { WorkCalendar } from './work-calendar'

const shipped = parseHolidayText(SHIPPED_HOLIDAY_TEXT).days
const official = [2023, 2024, 2025, 2026]

describe('a provisional year from 《全国年节及纪念日放假办法》 (2024 revision)', () => {
  it('2027: the law’s 13 days, lunar dates from the library, weekend days made up on the next working days', () => {
    expect(provisionalHolidays(2027).map((d) => `${d.date} ${d.name}`)).toEqual([
      '2027-01-01 元旦',
      // 除夕 Fri 2-05, 初一 Sat and 初二 Sun made up on Tue and Wed after 初三 (Mon 2-08).
      '2027-02-05 春节',
      '2027-02-08 春节',
      '2027-02-09 春节补假',
      '2027-02-10 春节补假',
      '2027-04-05 清明节',
      // 5月1日、2日 are Saturday and Sunday.
      '2027-05-03 劳动节补假',
      '2027-05-04 劳动节补假',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      '2027-10-01 国庆节',
      '2027-10-04 国庆节补假',
      '2027-10-05 国庆节补假'
    ])
    // The lunar dates are the library's, not a table of ours.
    expect(Lunar.fromYmd(2027, 1, 1).getSolar().next(-1).toYmd()).toBe('2027-02-05')
    expect(Lunar.fromYmd(2027, 8, 15).getSolar().toYmd()).toBe('2027-09-15')
  })

  it('never adds 调休 working days: only the notice sets those', () => {
    for (const year of [2027, 2028, 2030, 2040]) {
      expect(provisionalHolidays(year).every((d) => d.kind === 'holiday')).toBe(true)
      expect(provisionalHolidays(year)).toHaveLength(13)
    }
  })

  it('agrees with the published notices on every statutory day of 2025 and 2026', () => {
    for (const year of [2025, 2026]) {
      const off = new Set(shipped.filter((d) => d.kind === 'holiday').map((d) => d.date))
      const statutory = provisionalHolidays(year).filter((d) => !d.name.endsWith('补假'))
      expect(statutory.filter((d) => !off.has(d.date))).toEqual([])
    }
  })
})

describe('the calendar in use counts an unknown year from the law, never Monday–Friday alone', () => {
  const calendar = new WorkCalendar(shipped, official)

  it('2027-01-01, the 春节 days and 中秋 are not working days; 2027 is provisional', () => {
    for (const date of ['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-09-15'])
      expect(calendar.isWorkday(date)).toBe(false)
    expect(calendar.isProvisional(2027)).toBe(true)
    expect(calendar.isProvisional(2026)).toBe(false)
    expect(calendar.workdaysInYear(2027)).toBe(248)
  })

  it('a deadline of 2025-12-31 seen from 2027-12-31 is 248 + 248 working days behind, and says 2027 is provisional', () => {
    expect(calendar.workdaysLeft('2025-12-31', '2027-12-31')).toBe(-(248 + 248))
    expect(calendar.provisionalYearsBetween('2027-12-31', '2025-12-31')).toEqual([2027])
    expect(calendar.provisionalYearsBetween('2025-01-01', '2026-12-31')).toEqual([])
  })

  it('a day the clerk set by hand wins over the law', () => {
    const edited = new WorkCalendar(
      [...shipped, { date: '2027-09-15', kind: 'workday', name: '本单位' }],
      official
    )
    expect(edited.isWorkday('2027-09-15')).toBe(true)
  })
})

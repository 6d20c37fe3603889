import { Lunar, Solar } from 'lunar-javascript'
import { addDays, dayOfWeek, type IsoDate } from '../../shared/civil-date'
import type { CalendarDay } from '../../shared/domain'

/**
 * A provisional calendar year from the law alone, for a year whose State Council notice is not loaded:
 * 《全国年节及纪念日放假办法》 as revised in 2024 (in force 2025-01-01): 元旦 1 day, 春节 4 (除夕 to 正月初三),
 * 清明 1, 劳动节 2 (5月1日、2日), 端午 1, 中秋 1, 国庆 3 (10月1日至3日). Lunar dates and 清明 come from
 * lunar-javascript. Years before 2025 follow the 2013 revision (春节 初一 to 初三, 劳动节 1 day), which is
 * what those years' notices were built on.
 *
 * The law's own rule is applied too: a statutory day that falls on a Saturday or Sunday (or on another
 * holiday) is made up on the following working day. No 调休 weekend working days: only the notice sets
 * those, so a provisional year never has any.
 */
export function provisionalHolidays(year: number): CalendarDay[] {
  const cached = cache.get(year)
  if (cached) return cached
  const days = withMakeUpDays(statutoryDays(year))
  cache.set(year, days)
  return days
}

const cache = new Map<number, CalendarDay[]>()

interface Statutory {
  name: string
  dates: IsoDate[]
}

function statutoryDays(year: number): Statutory[] {
  const lunar = (month: number, day: number): IsoDate => Lunar.fromYmd(year, month, day).getSolar().toYmd()
  const newYear = Lunar.fromYmd(year, 1, 1).getSolar()
  const eve = newYear.next(-1).toYmd()
  const qingming = Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable()['清明'].toYmd()
  const revised2024 = year >= 2025
  const springFirst = newYear.toYmd()
  return [
    { name: '元旦', dates: [`${year}-01-01`] },
    {
      name: '春节',
      dates: revised2024
        ? [eve, springFirst, addDays(springFirst, 1), addDays(springFirst, 2)]
        : [springFirst, addDays(springFirst, 1), addDays(springFirst, 2)]
    },
    { name: '清明节', dates: [qingming] },
    { name: '劳动节', dates: revised2024 ? [`${year}-05-01`, `${year}-05-02`] : [`${year}-05-01`] },
    { name: '端午节', dates: [lunar(5, 5)] },
    { name: '中秋节', dates: [lunar(8, 15)] },
    { name: '国庆节', dates: [`${year}-10-01`, `${year}-10-02`, `${year}-10-03`] }
  ]
}

/** Each statutory day on a weekend, or on a day another holiday already took, moves to the next free weekday. */
function withMakeUpDays(holidays: Statutory[]): CalendarDay[] {
  const statutoryDates = new Set(holidays.flatMap((h) => h.dates))
  const taken = new Map<IsoDate, CalendarDay>()
  const ordered = [...holidays].sort((a, b) => a.dates[0].localeCompare(b.dates[0]))
  for (const holiday of ordered) {
    let owed = 0
    for (const date of holiday.dates) {
      if (isWeekend(date) || taken.has(date)) owed++
      else taken.set(date, { date, kind: 'holiday', name: holiday.name })
    }
    let date = holiday.dates[holiday.dates.length - 1]
    while (owed > 0) {
      date = addDays(date, 1)
      if (isWeekend(date) || taken.has(date) || statutoryDates.has(date)) continue
      taken.set(date, { date, kind: 'holiday', name: `${holiday.name}补假` })
      owed--
    }
  }
  return [...taken.values()].sort((a, b) => a.date.localeCompare(b.date))
}

function isWeekend(date: IsoDate): boolean {
  const dow = dayOfWeek(date)
  return dow === 0 || dow === 6
}

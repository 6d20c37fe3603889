import { dayOfWeek, fromDayNumber, isIsoDate, toDayNumber, type IsoDate } from '../../shared/civil-date'
import type { CalendarDay } from '../../shared/domain'
import { UserError } from '../../shared/errors'
import { provisionalHolidays } from './statutory-holidays'

/** Day numbers covered by the precomputed index: 1990-01-01 … 2100-12-31. */
const FIRST_YEAR = 1990
const LAST_YEAR = 2100
const FIRST_DAY = toDayNumber('1990-01-01')
const LAST_DAY = toDayNumber('2100-12-31')

/**
 * The Chinese working-day calendar: Monday–Friday are working days unless they are statutory holidays;
 * a weekend day is a working day when it is a 调休 makeup day.
 *
 * Counting is O(1): a prefix sum of working days over 1990–2100 answers "how many working days in
 * (a, b]" with one subtraction, which keeps lights for 17,000 village items in a few milliseconds.
 *
 * A year is official when its State Council notice is loaded (shipped or imported). Given the official
 * years, every other year is provisional: its statutory days come from the law (statutory-holidays.ts),
 * under any day the clerk set by hand, so nothing is counted on Monday–Friday alone. Without that list
 * (plain unit tests of the counting) every year is taken as given.
 */
export class WorkCalendar {
  private readonly overrides = new Map<IsoDate, CalendarDay['kind']>()
  private readonly provisional = new Set<number>()
  /** cumulative[i] = working days in [FIRST_DAY, FIRST_DAY + i]. */
  private readonly cumulative: Int32Array

  constructor(days: readonly CalendarDay[], officialYears?: Iterable<number>) {
    if (officialYears !== undefined) {
      const official = new Set(officialYears)
      for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        if (official.has(year)) continue
        this.provisional.add(year)
        for (const day of provisionalHolidays(year)) this.overrides.set(day.date, day.kind)
      }
    }
    for (const day of days) this.overrides.set(day.date, day.kind)
    const length = LAST_DAY - FIRST_DAY + 1
    this.cumulative = new Int32Array(length)
    let running = 0
    for (let i = 0; i < length; i++) {
      if (this.isWorkday(fromDayNumber(FIRST_DAY + i))) running++
      this.cumulative[i] = running
    }
  }

  isWorkday(date: IsoDate): boolean {
    const override = this.overrides.get(date)
    if (override === 'holiday') return false
    if (override === 'workday') return true
    const dow = dayOfWeek(date)
    return dow !== 0 && dow !== 6
  }

  /** Working days d with from < d ≤ to; negative (minus the count of to < d ≤ from) when to < from. */
  workdaysBetween(from: IsoDate, to: IsoDate): number {
    return this.prefix(to) - this.prefix(from)
  }

  /**
   * `workdaysLeft` of an item due on `deadline`, as of `asOf` (see the definitions):
   * D ≥ T → working days in (T, D]; D < T → minus the working days in (D, T].
   */
  workdaysLeft(deadline: IsoDate, asOf: IsoDate): number {
    return this.workdaysBetween(asOf, deadline)
  }

  /**
   * The n-th working day after `date` (n ≥ 1): "收到本通知后5个工作日内" counted from the day after.
   * n = 0 returns `date` itself.
   */
  addWorkdays(date: IsoDate, n: number): IsoDate {
    if (n < 0) throw new RangeError('n must be ≥ 0')
    let day = toDayNumber(date)
    let left = n
    while (left > 0) {
      day++
      if (this.isWorkday(fromDayNumber(day))) left--
    }
    return fromDayNumber(day)
  }

  /**
   * Backward scheduling (倒排工期): the date `n` working days before `date`, i.e. the latest day D such
   * that there are exactly n working days in (D, date] and D itself is a working day. With n = 0 the
   * result is `date` moved back to a working day if it falls on a rest day.
   */
  subtractWorkdays(date: IsoDate, n: number): IsoDate {
    if (n < 0) throw new RangeError('n must be ≥ 0')
    let day = toDayNumber(date)
    let left = n
    while (left > 0) {
      if (this.isWorkday(fromDayNumber(day))) left--
      day--
    }
    while (!this.isWorkday(fromDayNumber(day))) day--
    return fromDayNumber(day)
  }

  /** The last working day on or before `date`. */
  workdayOnOrBefore(date: IsoDate): IsoDate {
    let day = toDayNumber(date)
    while (!this.isWorkday(fromDayNumber(day))) day--
    return fromDayNumber(day)
  }

  /** Working days in a calendar year (2025 and 2026 both have 248). */
  workdaysInYear(year: number): number {
    return this.workdaysBetween(`${year - 1}-12-31`, `${year}-12-31`)
  }

  /** True when the year has no official calendar and is counted from the law alone. */
  isProvisional(year: number): boolean {
    return this.provisional.has(year)
  }

  /** The provisional years a count between the two dates runs through (both ends included), ascending. */
  provisionalYearsBetween(a: IsoDate, b: IsoDate): number[] {
    const [from, to] = a <= b ? [a, b] : [b, a]
    const years: number[] = []
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++)
      if (this.provisional.has(y)) years.push(y)
    return years
  }

  private prefix(date: IsoDate): number {
    // Dates come from the clerk (统计截止日期, --as-of, a deadline): a UserError reaches every front door
    // as its Chinese message, never as a stack trace.
    if (!isIsoDate(date)) throw new UserError('invalid-input', `不是有效日期：${date}`)
    const day = toDayNumber(date)
    if (day < FIRST_DAY || day > LAST_DAY)
      throw new UserError('invalid-input', `日期超出工作日历范围（1990—2100年）：${date}`)
    return this.cumulative[day - FIRST_DAY]
  }
}

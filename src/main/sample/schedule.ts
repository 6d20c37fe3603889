import {
  addDays,
  daysInMonth,
  formatParts,
  fromDayNumber,
  toDayNumber,
  type IsoDate
} from '../../shared/civil-date'
import type { WorkStatus } from '../../shared/domain'
import { lightOf } from '../calendar/light'
import type { WorkCalendar } from '../calendar/work-calendar'
import type { Random } from './random'

/**
 * What a row is meant to look like on the as-of date: done on time, done late, or open with a light.
 * The generator decides the fate first and then places the dates, so the dashboard mix is by design;
 * `SampleSchedule.fateOf` (lightOf underneath) confirms every placement.
 */
export type Fate = 'on-time' | 'late' | 'red' | 'yellow' | 'green'

/** The fields that progress reports and milestones are derived from (a task or a village item). */
export interface ScheduledWork {
  startDate: IsoDate
  deadline: IsoDate | null
  status: WorkStatus
  percent: number
  completedDate: IsoDate | null
  fate: Fate
}

/**
 * Date placement on the office's working-day calendar as of the sample's as-of date. Deadlines always
 * fall on working days (a clerk writes "6月底前", which the office reads as the last working day).
 */
export class SampleSchedule {
  /** Working days on which an open item shows yellow (0 ≤ workdaysLeft ≤ yellowWindow). */
  readonly yellowDates: readonly IsoDate[]
  private readonly workdays: IsoDate[] = []

  constructor(
    readonly calendar: WorkCalendar,
    readonly asOf: IsoDate,
    readonly yellowWindow: number
  ) {
    for (let day = toDayNumber('2023-01-01'); day <= toDayNumber('2026-12-31'); day++) {
      const date = fromDayNumber(day)
      if (calendar.isWorkday(date)) this.workdays.push(date)
    }
    this.yellowDates = this.workdaysIn(asOf, addDays(asOf, 60)).filter(
      (date) => calendar.workdaysLeft(date, asOf) <= yellowWindow
    )
  }

  /** Working days in [from, to], in order. */
  workdaysIn(from: IsoDate, to: IsoDate): IsoDate[] {
    return this.workdays.slice(lowerBound(this.workdays, from), lowerBound(this.workdays, addDays(to, 1)))
  }

  /** A random working day in [from, to]; `from` itself (moved to a working day) if the range has none. */
  workdayBetween(rng: Random, from: IsoDate, to: IsoDate): IsoDate {
    const days = this.workdaysIn(from, to)
    return days.length > 0 ? rng.pick(days) : this.calendar.addWorkdays(addDays(from, -1), 1)
  }

  /** "X月中旬前" or "X月底前", moved back to a working day. */
  deadlineInMonth(rng: Random, year: number, month: number, monthEndShare = 0.5): IsoDate {
    const day = rng.chance(monthEndShare) ? daysInMonth(year, month) : 15
    return this.calendar.workdayOnOrBefore(formatParts(year, month, day))
  }

  /** A deadline in the given months that has passed on the as-of date (for red and done rows). */
  pastDeadline(rng: Random, year: number, fromMonth: number, toMonth: number): IsoDate {
    const deadline = this.deadlineInMonth(rng, year, rng.int(fromMonth, toMonth))
    return deadline < this.asOf ? deadline : this.calendar.subtractWorkdays(this.asOf, rng.int(3, 12))
  }

  /** A deadline in October–December of the as-of year that is green: beyond the yellow window. */
  greenDeadline(rng: Random): IsoDate {
    const year = Number(this.asOf.slice(0, 4))
    for (let attempt = 0; attempt < 10; attempt++) {
      const deadline = this.deadlineInMonth(rng, year, rng.int(10, 12), 0.6)
      if (deadline > this.asOf && this.calendar.workdaysLeft(deadline, this.asOf) > this.yellowWindow) {
        return deadline
      }
    }
    return this.calendar.workdayOnOrBefore(`${year}-12-31`)
  }

  /**
   * Done on time: up to `maxEarly` working days before the deadline, never before `earliest` and never
   * after the as-of date (a 2025 item due in December may be finished in September).
   */
  completeOnTime(rng: Random, deadline: IsoDate, earliest: IsoDate, maxEarly: number): IsoDate {
    const latest = deadline < this.asOf ? deadline : this.asOf
    const candidate = this.calendar.subtractWorkdays(latest, rng.int(0, maxEarly))
    if (candidate >= earliest) return candidate
    return latest >= earliest ? this.workdayBetween(rng, earliest, latest) : latest
  }

  /** Done late: 2..maxLate working days after the deadline, capped at the as-of date; null if impossible. */
  completeLate(rng: Random, deadline: IsoDate, maxLate: number): IsoDate | null {
    const candidate = this.calendar.addWorkdays(deadline, rng.int(2, Math.max(2, maxLate)))
    if (candidate <= this.asOf) return candidate
    const lastWorkday = this.calendar.workdayOnOrBefore(this.asOf)
    return lastWorkday > deadline ? lastWorkday : null
  }

  /** The fate lightOf gives a row on the as-of date. */
  fateOf(work: Pick<ScheduledWork, 'deadline' | 'status' | 'completedDate'>): Fate {
    const info = lightOf(work, this.asOf, this.calendar, this.yellowWindow)
    if (info.outcome !== null) return info.outcome
    if (info.light === null) throw new Error('lightOf gave neither a light nor an outcome')
    return info.light
  }

  /** Share of the working days from start to deadline that had passed on the as-of date (0..1). */
  elapsedShare(startDate: IsoDate, deadline: IsoDate): number {
    const total = this.calendar.workdaysBetween(startDate, deadline)
    if (total <= 0) return 1
    return Math.min(1, Math.max(0, this.calendar.workdaysBetween(startDate, this.asOf) / total))
  }
}

/** An ISO timestamp in office hours (08:00–17:59, +08:00) on the given date: derived from data, never the clock. */
export function officeTimestamp(rng: Random, date: IsoDate): string {
  const two = (n: number): string => String(n).padStart(2, '0')
  return `${date}T${two(rng.int(8, 17))}:${two(rng.int(0, 59))}:${two(rng.int(0, 59))}+08:00`
}

/** Percentages are reported in steps of 5, as clerks do. */
export function roundPercent(value: number, min = 0, max = 100): number {
  return Math.min(max, Math.max(min, Math.round(value / 5) * 5))
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (sorted[mid] < value) low = mid + 1
    else high = mid
  }
  return low
}

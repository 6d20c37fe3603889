/**
 * Calendar dates as 'YYYY-MM-DD' strings. All arithmetic goes through UTC day numbers, so a deadline
 * never moves with the machine's time zone (time-zone tests run under UTC, Asia/Shanghai and
 * America/Los_Angeles).
 */
export type IsoDate = string

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

/** True for a real calendar date in 1900–2199 written as YYYY-MM-DD (no 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < 1900 || y > 2199 || mo < 1 || mo > 12 || d < 1) return false
  return d <= daysInMonth(y, mo)
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Days since 1970-01-01 for a valid ISO date. */
export function toDayNumber(date: IsoDate): number {
  const y = Number(date.slice(0, 4))
  const m = Number(date.slice(5, 7))
  const d = Number(date.slice(8, 10))
  return Date.UTC(y, m - 1, d) / MS_PER_DAY
}

export function fromDayNumber(day: number): IsoDate {
  const dt = new Date(day * MS_PER_DAY)
  return formatParts(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate())
}

export function formatParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days)
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4))
}

/** The last day of the month of `date`. */
export function monthEnd(year: number, month: number): IsoDate {
  return formatParts(year, month, daysInMonth(year, month))
}

/** The date on the wall clock of this machine: the default "today" of the UI. */
export function localToday(now: Date = new Date()): IsoDate {
  return formatParts(now.getFullYear(), now.getMonth() + 1, now.getDate())
}

/** 2025年9月30日 — GB/T 9704 style: Arabic numerals, full year, no leading zeros. */
export function formatChineseDate(date: IsoDate): string {
  return `${yearOf(date)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
}

/** 9月30日 — for tables where the year is obvious from context. */
export function formatChineseMonthDay(date: IsoDate): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
}

const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
export function weekdayName(date: IsoDate): string {
  return WEEKDAY_NAMES[dayOfWeek(date)]
}

import { addDays, daysInMonth, formatParts, type IsoDate } from '../../../shared/civil-date'

export type Zoom = 'month' | 'quarter' | 'year'

export const ZOOM_LABEL: Record<Zoom, string> = { month: '按月', quarter: '按季', year: '按年' }

/** Smallest gap between two axis ticks, per zoom: weeks, months or quarters. */
export const ZOOM_TICK_DAYS: Record<Zoom, number> = { month: 7, quarter: 28, year: 90 }

function monthStart(year: number, month: number): IsoDate {
  while (month < 1) {
    month += 12
    year--
  }
  while (month > 12) {
    month -= 12
    year++
  }
  return formatParts(year, month, 1)
}

function monthEndOf(start: IsoDate): IsoDate {
  const y = Number(start.slice(0, 4))
  const m = Number(start.slice(5, 7))
  return formatParts(y, m, daysInMonth(y, m))
}

/**
 * The stretch of time a zoom shows around the as-of date: 按月 four months (the one before, the as-of
 * month and two after), 按季 four quarters (two before the as-of quarter, one after), 按年 everything.
 */
export function zoomWindow(
  zoom: Zoom,
  asOf: IsoDate,
  extent: { min: IsoDate; max: IsoDate }
): { start: IsoDate; end: IsoDate } {
  const y = Number(asOf.slice(0, 4))
  const m = Number(asOf.slice(5, 7))
  if (zoom === 'year') return { start: extent.min, end: extent.max }
  if (zoom === 'month') {
    return clamp({ start: monthStart(y, m - 1), end: monthEndOf(monthStart(y, m + 2)) }, extent)
  }
  const quarterFirstMonth = Math.floor((m - 1) / 3) * 3 + 1
  return clamp(
    { start: monthStart(y, quarterFirstMonth - 6), end: monthEndOf(monthStart(y, quarterFirstMonth + 5)) },
    extent
  )
}

function clamp(
  w: { start: IsoDate; end: IsoDate },
  extent: { min: IsoDate; max: IsoDate }
): { start: IsoDate; end: IsoDate } {
  return { start: w.start < extent.min ? extent.min : w.start, end: w.end > extent.max ? extent.max : w.end }
}

/** The whole time the chart can pan over: whole years around the plan, the bars and the as-of date. */
export function chartExtent(dates: IsoDate[]): { min: IsoDate; max: IsoDate } {
  const sorted = dates.filter(Boolean).sort()
  const first = sorted[0]
  const last = sorted[sorted.length - 1]
  return { min: `${first.slice(0, 4)}-01-01`, max: addDays(`${last.slice(0, 4)}-12-31`, 1) }
}

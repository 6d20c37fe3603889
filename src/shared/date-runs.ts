import { addDays, type IsoDate } from './civil-date'

/**
 * Dates as a clerk reads them in a notice: runs of consecutive days as “2月15日至23日”, single days as
 * “2月14日”, joined with 、 (“2月14日、2月28日”). For the calendar import preview, on the page and in the CLI.
 */
export function dateRuns(dates: readonly IsoDate[]): string {
  const sorted = [...new Set(dates)].sort()
  const runs: [IsoDate, IsoDate][] = []
  for (const date of sorted) {
    const last = runs[runs.length - 1]
    if (last && addDays(last[1], 1) === date) last[1] = date
    else runs.push([date, date])
  }
  return runs
    .map(([from, to]) => {
      if (from === to) return monthDay(from)
      const sameMonth = from.slice(0, 7) === to.slice(0, 7)
      return `${monthDay(from)}至${sameMonth ? `${Number(to.slice(8))}日` : monthDay(to)}`
    })
    .join('、')
}

function monthDay(date: IsoDate): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
}

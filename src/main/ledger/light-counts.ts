import type { LightInfo } from '../../shared/domain'
import type { LightCounts } from '../../shared/contract'

export function emptyCounts(): LightCounts {
  return { total: 0, done: 0, red: 0, yellow: 0, green: 0 }
}

/** Adds one item to a tally: done items count as done whatever their outcome. */
export function tally(counts: LightCounts, info: LightInfo): void {
  counts.total++
  if (info.light === null) counts.done++
  else counts[info.light]++
}

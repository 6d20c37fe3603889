import type { IsoDate } from './civil-date'
import type { RoundInfo } from './contract/assessment'

/**
 * The 测评 round the office speaks of on a date: the latest quarter opened by then that has results
 * (测评结果 or 问卷). The 简报's 测评情况, the meeting pack's 测评通报 and 总览's 测评情况 card all take
 * this one, so the three never name different quarters. Null before the first scored round.
 */
export function latestScoredRound(rounds: readonly RoundInfo[], asOf: IsoDate): RoundInfo | null {
  let best: RoundInfo | null = null
  for (const r of rounds) {
    if (!r.scored || r.openedOn > asOf) continue
    if (best === null || r.year * 10 + r.quarter > best.year * 10 + best.quarter) best = r
  }
  return best
}

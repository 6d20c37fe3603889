import type { Board, BoardRule } from '../../../shared/contract/assessment'
import { round2 } from './rules'

export interface Rankable {
  areaId: number
  /** Areas ranked together share a group: the 区 all together, 镇(街) per 区. */
  group: string
  name: string
  total: number | null
  openProblems: number
  veto: boolean
}

export interface Ranked {
  rank: number | null
  board: Board
  boardReason: string | null
}

const byName = new Intl.Collator('zh-Hans-CN')

/** Best first: higher total, then fewer open problems, then name (so a tie always has one order). */
export function compareForRank(a: Rankable, b: Rankable): number {
  return (
    (b.total ?? -1) - (a.total ?? -1) || a.openProblems - b.openProblems || byName.compare(a.name, b.name)
  )
}

/**
 * Ranks within each group and puts areas on the boards: 一票否决 and a total below the threshold put an area
 * on the 黑榜 whatever its rank; otherwise the top N are on the 红榜 and the bottom N on the 黑榜 (in a
 * group too small for both, the 红榜 keeps its places). Unscored areas are neither ranked nor boarded.
 */
export function rankGroups(items: readonly Rankable[], rule: BoardRule): Map<number, Ranked> {
  const groups = new Map<string, Rankable[]>()
  for (const it of items) {
    if (it.total === null) continue
    const g = groups.get(it.group)
    if (g) g.push(it)
    else groups.set(it.group, [it])
  }
  const out = new Map<number, Ranked>()
  for (const it of items)
    if (it.total === null) out.set(it.areaId, { rank: null, board: null, boardReason: null })
  for (const members of groups.values()) {
    const sorted = [...members].sort(compareForRank)
    const n = sorted.length
    sorted.forEach((it, i) => {
      const rank = i + 1
      let board: Board = null
      let reason: string | null = null
      if (it.veto) {
        board = 'black'
        reason = '一票否决'
      } else if (rule.blackBelow !== null && (it.total ?? 0) < rule.blackBelow) {
        board = 'black'
        reason = `低于${rule.blackBelow}分`
      } else if (rank <= rule.redTop) {
        board = 'red'
        reason = `前${rule.redTop}名`
      } else if (rank > n - rule.blackBottom) {
        board = 'black'
        reason = `后${rule.blackBottom}名`
      }
      out.set(it.areaId, { rank, board, boardReason: reason })
    })
  }
  return out
}

/** The bottom N of a ranking (the 区 whose heads are called in, 约谈), worst last in the ranking's order. */
export function summoned(
  items: readonly Rankable[],
  ranks: Map<number, Ranked>,
  bottom: number
): Set<number> {
  const ranked = items.filter((it) => ranks.get(it.areaId)?.rank != null)
  ranked.sort((a, b) => (ranks.get(a.areaId)!.rank ?? 0) - (ranks.get(b.areaId)!.rank ?? 0))
  return new Set(ranked.slice(Math.max(0, ranked.length - bottom)).map((it) => it.areaId))
}

/** Change from the last round: rank moved up is positive; null when either round did not rank it. */
export function changeOf(
  now: { rank: number | null; total: number | null },
  before: { rank: number | null; total: number | null } | undefined
): { rankChange: number | null; scoreChange: number | null } {
  return {
    rankChange: before && before.rank !== null && now.rank !== null ? before.rank - now.rank : null,
    scoreChange:
      before && before.total !== null && now.total !== null ? round2(now.total - before.total) : null
  }
}

import type { AreaScore } from '../../../shared/contract'

/** One ranking shown at a time: the 区 of the city, or the 镇(街) of one 区. */
export type RankingScope = { level: 'district' } | { level: 'town'; district: string }

/** The areas of one ranking in rank order; unscored areas (no rank) last, by name. */
export function rankingRows(areas: readonly AreaScore[], scope: RankingScope): AreaScore[] {
  return areas
    .filter((a) =>
      scope.level === 'district' ? a.level === 'district' : a.level === 'town' && a.parent === scope.district
    )
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'zh-CN'))
}

/** The names on each board and the 约谈 list of one ranking, in rank order, for the summary line. */
export function boardsOf(rows: readonly AreaScore[]): { red: string[]; black: string[]; summoned: string[] } {
  return {
    red: rows.filter((r) => r.board === 'red').map((r) => r.name),
    black: rows.filter((r) => r.board === 'black').map((r) => r.name),
    summoned: rows.filter((r) => r.summoned).map((r) => r.name)
  }
}

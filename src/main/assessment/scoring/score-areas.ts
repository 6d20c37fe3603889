import type { AreaScore, AssessmentComponent, BoardRule } from '../../../shared/contract/assessment'
import { areaTotals, type ScoredObject, type ScoringArea } from './area-score'
import { scorePoint, type PointEntry, type PointScore, type ScoredCriterion } from './point-score'
import { changeOf, rankGroups, summoned, type Rankable } from './ranking'

/** Everything a round's scores are computed from, already read from the data file. */
export interface RoundData {
  components: readonly AssessmentComponent[]
  boards: BoardRule
  repeatMultiplier: number
  criteria: readonly ScoredCriterion[]
  areas: readonly ScoringArea[]
  points: readonly { id: number; areaId: number; type: string; components: readonly string[] }[]
  entries: readonly (PointEntry & { pointId: number })[]
  surveys: readonly { areaId: number; component: string; rate: number }[]
  /** Open problems of the round per area they were found in (sub-areas are added up here). */
  openProblems: ReadonlyMap<number, number>
}

export type PreviousRanks = ReadonlyMap<number, { rank: number | null; total: number | null }>

/** Each point's score, by point id (the drill-down shows them; the areas average them). */
export function scorePoints(data: RoundData): Map<number, PointScore> {
  const byPoint = new Map<number, PointEntry[]>()
  for (const e of data.entries) {
    const list = byPoint.get(e.pointId)
    if (list) list.push(e)
    else byPoint.set(e.pointId, [e])
  }
  return new Map(
    data.points.map((p) => [
      p.id,
      scorePoint(p, data.criteria, byPoint.get(p.id) ?? [], data.repeatMultiplier)
    ])
  )
}

/** The objects an area's components average: its points, and its 问卷 results. */
export function scoredObjects(data: RoundData, points: ReadonlyMap<number, PointScore>): ScoredObject[] {
  return [
    ...data.points.map((p) => ({
      areaId: p.areaId,
      components: points.get(p.id)?.components ?? {},
      vetoes: points.get(p.id)?.vetoes ?? []
    })),
    ...data.surveys.map((s) => ({ areaId: s.areaId, components: { [s.component]: s.rate }, vetoes: [] }))
  ]
}

/**
 * Every scored area of a round with its components, total, rank within its level (区 together; 镇(街) and
 * 村 within their parent), board, 约谈 and change from the previous round: the one computation the page,
 * `assess score` and the 通报 all print. Ordered 区 by rank, then 镇(街) by 区 and rank, then the rest.
 */
export function scoreAreas(data: RoundData, previous: PreviousRanks = new Map()): AreaScore[] {
  const points = scorePoints(data)
  const totals = areaTotals(data.areas, scoredObjects(data, points), data.components)
  const areaById = new Map(data.areas.map((a) => [a.id, a]))
  const open = new Map<number, number>()
  for (const [areaId, n] of data.openProblems) {
    for (let id: number | null | undefined = areaId; id != null; id = areaById.get(id)?.parentId) {
      open.set(id, (open.get(id) ?? 0) + n)
    }
  }
  const scored = data.areas.filter((a) => totals.has(a.id))
  const rankables: Rankable[] = scored.map((a) => {
    const t = totals.get(a.id)
    return {
      areaId: a.id,
      group: `${a.level}:${a.parentId ?? 0}`,
      name: a.name,
      total: t?.total ?? null,
      openProblems: open.get(a.id) ?? 0,
      veto: (t?.vetoes.length ?? 0) > 0
    }
  })
  const ranks = rankGroups(rankables, data.boards)
  const called = summoned(
    rankables.filter((r) => areaById.get(r.areaId)?.level === 'district'),
    ranks,
    data.boards.summonBottom
  )
  const result: AreaScore[] = scored.map((a) => {
    const t = totals.get(a.id)
    const r = ranks.get(a.id) ?? { rank: null, board: null, boardReason: null }
    const total = t?.total ?? null
    return {
      areaId: a.id,
      level: a.level,
      name: a.name,
      parent: a.parentId === null ? null : (areaById.get(a.parentId)?.name ?? null),
      total,
      components: t?.components ?? {},
      rank: r.rank,
      ...changeOf({ rank: r.rank, total }, previous.get(a.id)),
      board: r.board,
      boardReason: r.boardReason,
      veto: (t?.vetoes.length ?? 0) > 0,
      vetoReasons: t?.vetoes ?? [],
      summoned: called.has(a.id),
      points: t?.objects ?? 0,
      openProblems: open.get(a.id) ?? 0
    }
  })
  return orderForPrint(result, areaById)
}

const LEVEL_ORDER = { district: 0, town: 1, village: 2, group: 3 } as const

function orderForPrint(scores: AreaScore[], areas: ReadonlyMap<number, ScoringArea>): AreaScore[] {
  const rankOf = new Map(scores.map((s) => [s.areaId, s.rank ?? Number.MAX_SAFE_INTEGER]))
  // The path of ranks from the 区 down: a 镇's key sorts under its 区's rank.
  const key = (s: AreaScore): number[] => {
    const path: number[] = []
    for (let id: number | null | undefined = s.areaId; id != null; id = areas.get(id)?.parentId) {
      path.unshift(rankOf.get(id) ?? Number.MAX_SAFE_INTEGER)
    }
    return path
  }
  const keys = new Map(scores.map((s) => [s.areaId, key(s)]))
  return [...scores].sort((a, b) => {
    const d = LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]
    if (d !== 0) return d
    const ka = keys.get(a.areaId) ?? []
    const kb = keys.get(b.areaId) ?? []
    for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
      const x = (ka[i] ?? 0) - (kb[i] ?? 0)
      if (x !== 0) return x
    }
    return 0
  })
}

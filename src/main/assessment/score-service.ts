import type { IsoDate } from '../../shared/civil-date'
import type { ProblemCounts, RoundScore, ScoreExplanation } from '../../shared/contract/assessment'
import type { AppContext } from '../app-context'
import { select } from '../store/typed-query'
import { areaPaths, loadAreas } from './area-paths'
import { areaSubtreeIds } from '../area/area-subtree'
import { loadRoundData, OPEN_ON, previousRound } from './round-data'
import { roundRow } from './round-store'
import { loadScheme } from './scheme-store'
import { round2 } from './scoring/rules'
import { scoreAreas, scorePoints, type PreviousRanks } from './scoring/score-areas'

export function problemCounts(ctx: AppContext, roundId: number | null, asOf: IsoDate): ProblemCounts {
  const r = select<{ total: number; open: number | null; overdue: number | null }>(
    ctx.db,
    `SELECT count(*) AS total, sum(${OPEN_ON}) AS open,
            sum(${OPEN_ON} AND q.deadline IS NOT NULL AND q.deadline < @asOf) AS overdue
       FROM assessment_problem q JOIN assessment_finding f ON f.id = q.finding_id
      WHERE (@round IS NULL OR f.round_id = @round)`
  ).one({ round: roundId, asOf })
  const open = r.open ?? 0
  return { total: r.total, open, overdue: r.overdue ?? 0, closed: r.total - open }
}

/**
 * A round's scores as of a date (open problems break ties as of then): the object `assess score --json`
 * prints and the 测评 page and the 通报 show.
 */
export function scoreRound(ctx: AppContext, roundId: number, asOf: IsoDate): RoundScore {
  const round = roundRow(ctx.db, roundId)
  const data = loadRoundData(ctx.db, round, asOf)
  const before = previousRound(ctx.db, round)
  const previous: PreviousRanks = before
    ? new Map(
        scoreAreas(loadRoundData(ctx.db, before, asOf)).map((a) => [
          a.areaId,
          { rank: a.rank, total: a.total }
        ])
      )
    : new Map()
  const scheme = loadScheme(ctx.db, round.scheme_id)
  return {
    round: round.name,
    roundId: round.id,
    scheme: `${scheme.name}（${scheme.year}年第${scheme.version}版）`,
    previousRound: before?.name ?? null,
    components: scheme.components,
    areas: scoreAreas(data, previous),
    problems: problemCounts(ctx, round.id, asOf),
    asOf
  }
}

/** Where an area's figures come from: per component, the points and surveys averaged, each point's criteria. */
export function explainScore(ctx: AppContext, roundId: number, areaId: number): ScoreExplanation {
  const round = roundRow(ctx.db, roundId)
  const asOf = round.opened_on
  const data = loadRoundData(ctx.db, round, asOf)
  const inArea = new Set(areaSubtreeIds(ctx.db, areaId))
  const paths = areaPaths(ctx.db, loadAreas(ctx.db))
  const scores = scorePoints(data)
  const names = new Map(
    select<{ id: number; name: string }>(
      ctx.db,
      `SELECT p.id, p.name FROM assessment_point p JOIN assessment_round_point rp ON rp.point_id = p.id WHERE rp.round_id = ?`
    )
      .all(roundId)
      .map((p) => [p.id, p.name])
  )
  const area = scoreAreas(data).find((a) => a.areaId === areaId)
  const points = data.points.filter((p) => inArea.has(p.areaId))
  const surveys = data.surveys.filter((s) => inArea.has(s.areaId))
  return {
    areaId,
    areaPath: paths.get(areaId) ?? '',
    total: area?.total ?? null,
    components: data.components.map((c) => {
      const rows = [
        ...points
          .filter((p) => scores.get(p.id)?.components[c.key] !== undefined)
          .map((p) => {
            const s = scores.get(p.id)
            return {
              pointId: p.id,
              name: names.get(p.id) ?? '',
              areaPath: paths.get(p.areaId) ?? '',
              score: round2(s?.components[c.key] ?? 0),
              criteria: (s?.criteria ?? [])
                .filter((k) => k.component === c.key)
                .map(({ component: _c, ...k }) => ({ ...k, earned: round2(k.earned) }))
            }
          }),
        ...surveys
          .filter((s) => s.component === c.key)
          .map((s) => ({
            pointId: null,
            name: '问卷调查',
            areaPath: paths.get(s.areaId) ?? '',
            score: round2(s.rate),
            criteria: []
          }))
      ]
      const score = area?.components[c.key] ?? null
      return {
        key: c.key,
        name: c.name,
        weight: c.weight,
        score,
        formula:
          rows.length === 0
            ? '本轮未测评'
            : rows.length <= 10
              ? `${rows.length}个点位（含问卷）得分的平均数：(${rows.map((r) => r.score).join(' + ')}) ÷ ${rows.length}`
              : `${rows.length}个点位（含问卷）得分的平均数`,
        points: rows
      }
    })
  }
}

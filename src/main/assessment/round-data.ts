import type { Database } from 'better-sqlite3'
import type { IsoDate } from '../../shared/civil-date'
import { z } from 'zod'
import type { CamelRow, Row } from '../store/rows'
import { select } from '../store/typed-query'
import { loadAreas } from './area-paths'
import { loadScheme, scoredCriteria } from './scheme-store'
import type { RoundData } from './scoring/score-areas'

const componentList = z.array(z.string())

type FindingRecord = CamelRow<
  'assessment_finding',
  'point_id' | 'criterion_id' | 'passed' | 'deduction' | 'score' | 'value' | 'description' | 'is_repeat'
> & { problemId: number | null }

/** A problem is open on `asOf` unless it was 销号 on or before that day (so past reports reproduce). */
export const OPEN_ON = `(q.state <> 'closed' OR q.closed_on > @asOf)`

/** Everything scoring needs for one round, read in a handful of queries (the bench's 1,000 points stay quick). */
export function loadRoundData(db: Database, round: Row<'assessment_round'>, asOf: IsoDate): RoundData {
  const scheme = loadScheme(db, round.scheme_id)
  const points = select<{ id: number; areaId: number; type: string; components: string }>(
    db,
    `SELECT p.id, p.area_id AS areaId, p.type, rp.components
       FROM assessment_round_point rp JOIN assessment_point p ON p.id = rp.point_id WHERE rp.round_id = ?`
  )
    .all(round.id)
    .map((p) => ({ ...p, components: componentList.parse(JSON.parse(p.components)) }))
  const entries = select<FindingRecord>(
    db,
    `SELECT f.point_id AS pointId, f.criterion_id AS criterionId, f.passed, f.deduction, f.score, f.value,
            f.description, f.is_repeat AS isRepeat, q.id AS problemId
       FROM assessment_finding f LEFT JOIN assessment_problem q ON q.finding_id = f.id
      WHERE f.round_id = ? ORDER BY f.id`
  )
    .all(round.id)
    .map((f) => ({
      pointId: f.pointId,
      criterionId: f.criterionId,
      passed: f.passed === null ? null : f.passed === 1,
      deduction: f.deduction,
      score: f.score,
      value: f.value,
      repeat: f.isRepeat === 1,
      problemId: f.problemId,
      description: f.description
    }))
  const surveys = select<{ areaId: number; component: string; rate: number }>(
    db,
    'SELECT area_id AS areaId, component, rate FROM assessment_survey WHERE round_id = ?'
  ).all(round.id)
  const open = select<{ areaId: number; n: number }>(
    db,
    `SELECT p.area_id AS areaId, count(*) AS n
       FROM assessment_problem q JOIN assessment_finding f ON f.id = q.finding_id
       JOIN assessment_point p ON p.id = f.point_id
      WHERE f.round_id = @round AND ${OPEN_ON} GROUP BY p.area_id`
  ).all({ round: round.id, asOf })
  return {
    components: scheme.components,
    boards: scheme.boards,
    repeatMultiplier: scheme.repeatMultiplier,
    criteria: scoredCriteria(db, scheme.id),
    areas: loadAreas(db).map((a) => ({ id: a.id, parentId: a.parentId, level: a.level, name: a.name })),
    points,
    entries,
    surveys,
    openProblems: new Map(open.map((o) => [o.areaId, o.n]))
  }
}

/** The round before this one (by quarter) that has anything scored; null for the first. */
export function previousRound(db: Database, round: Row<'assessment_round'>): Row<'assessment_round'> | null {
  return (
    select<Row<'assessment_round'>>(
      db,
      `SELECT r.* FROM assessment_round r
        WHERE (r.year * 4 + r.quarter) < (? * 4 + ?)
          AND (EXISTS (SELECT 1 FROM assessment_finding f WHERE f.round_id = r.id)
            OR EXISTS (SELECT 1 FROM assessment_survey s WHERE s.round_id = r.id))
        ORDER BY r.year DESC, r.quarter DESC LIMIT 1`
    ).get(round.year, round.quarter) ?? null
  )
}

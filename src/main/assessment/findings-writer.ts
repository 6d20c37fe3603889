import type { Database } from 'better-sqlite3'
import type { IsoDate } from '../../shared/civil-date'
import { z } from 'zod'
import type { Row } from '../store/rows'
import { select, selectValue } from '../store/typed-query'
import type { ScoredCriterion } from './scoring/point-score'
import { entryDeduction } from './scoring/rules'

/** One finding to write, as the import or the entry form gives it. */
export interface NewFinding {
  roundId: number
  pointId: number
  criterion: ScoredCriterion
  source: 'import' | 'entry'
  passed: boolean | null
  deduction: number | null
  score: number | null
  value: number | null
  description: string
  location: string
  photos: string[]
  foundBy: string
  foundOn: IsoDate | null
  origin: string
}

/** The point of that name in that area, created the first time a round visits it (kept across rounds). */
export function pointId(db: Database, areaId: number, name: string, type: string): number {
  const known = selectValue<number>(db, 'SELECT id FROM assessment_point WHERE area_id = ? AND name = ?').get(
    areaId,
    name
  )
  if (known !== undefined) {
    db.prepare('UPDATE assessment_point SET type = ? WHERE id = ? AND type <> ?').run(type, known, type)
    return known
  }
  return Number(
    db.prepare('INSERT INTO assessment_point (area_id, name, type) VALUES (?, ?, ?)').run(areaId, name, type)
      .lastInsertRowid
  )
}

const componentList = z.array(z.string())

/** Records that a round visited a point on these components (added to what it already had). */
export function visitPoint(db: Database, roundId: number, point: number, components: Iterable<string>): void {
  const before = selectValue<string>(
    db,
    'SELECT components FROM assessment_round_point WHERE round_id = ? AND point_id = ?'
  ).get(roundId, point)
  const merged = new Set([...(before ? componentList.parse(JSON.parse(before)) : []), ...components])
  db.prepare(
    `INSERT INTO assessment_round_point (round_id, point_id, components) VALUES (?, ?, ?)
       ON CONFLICT (round_id, point_id) DO UPDATE SET components = excluded.components`
  ).run(roundId, point, JSON.stringify([...merged].sort()))
}

/**
 * 反复出现: the same criterion at the same point had a problem in an earlier round. The rule is the
 * scheme's (its repeat multiplier); whether it applies is decided here, once, when the finding is written.
 */
export function isRepeat(
  db: Database,
  round: Row<'assessment_round'>,
  point: number,
  criterionName: string
): boolean {
  return (
    selectValue<number>(
      db,
      `SELECT 1 FROM assessment_finding f
         JOIN assessment_problem q ON q.finding_id = f.id
         JOIN assessment_round r ON r.id = f.round_id
         JOIN assessment_node n ON n.id = f.criterion_id
        WHERE f.point_id = ? AND n.name = ? AND (r.year * 4 + r.quarter) < (? * 4 + ?) LIMIT 1`
    ).get(point, criterionName, round.year, round.quarter) !== undefined
  )
}

/**
 * Writes a finding and, when it cost points or describes a problem, its problem (待交办) with the
 * 发现 event. Returns the problem's id, or null. Call inside the caller's transaction.
 */
export function writeFinding(
  db: Database,
  now: string,
  round: Row<'assessment_round'>,
  f: NewFinding,
  multiplier: number
): number | null {
  const repeat = isRepeat(db, round, f.pointId, f.criterion.name)
  const id = Number(
    db
      .prepare(
        `INSERT INTO assessment_finding (round_id, point_id, criterion_id, source, passed, deduction, score, value,
           description, location, photos, found_by, found_on, is_repeat, origin, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(
        f.roundId,
        f.pointId,
        f.criterion.id,
        f.source,
        f.passed === null ? null : f.passed ? 1 : 0,
        f.deduction,
        f.score,
        f.value,
        f.description,
        f.location,
        JSON.stringify(f.photos),
        f.foundBy,
        f.foundOn,
        repeat ? 1 : 0,
        f.origin,
        now
      ).lastInsertRowid
  )
  const cost = entryDeduction(f.criterion.rule, f.criterion.max, { ...f, repeat }, multiplier)
  if (cost <= 0 && f.description === '') return null
  if (f.passed === true) return null
  const problem = Number(
    db
      .prepare(`INSERT INTO assessment_problem (finding_id, state, updated_at) VALUES (?, 'pending', ?)`)
      .run(id, now).lastInsertRowid
  )
  db.prepare(
    `INSERT INTO assessment_problem_event (problem_id, at, on_date, action, note) VALUES (?, ?, ?, 'found', ?)`
  ).run(problem, now, f.foundOn ?? now.slice(0, 10), repeat ? '反复出现' : '')
  return problem
}

/** A round's findings keyed for comparing a second import with the first (what changed, what is new). */
export function roundFindings(db: Database, roundId: number): Row<'assessment_finding'>[] {
  return select<Row<'assessment_finding'>>(
    db,
    'SELECT * FROM assessment_finding WHERE round_id = ? ORDER BY id'
  ).all(roundId)
}

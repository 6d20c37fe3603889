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

/**
 * Writes points, visits, findings and their problems with statements prepared once per batch: an import of
 * 5,000 findings would otherwise spend most of its time preparing the same SQL (bench/assessment.bench.ts).
 * Call its methods inside the caller's transaction.
 */
const componentList = z.array(z.string())

export function findingWriter(db: Database) {
  const findPoint = select<{ id: number; type: string }>(
    db,
    'SELECT id, type FROM assessment_point WHERE area_id = ? AND name = ?'
  )
  const retype = db.prepare('UPDATE assessment_point SET type = ? WHERE id = ?')
  const addPoint = db.prepare('INSERT INTO assessment_point (area_id, name, type) VALUES (?, ?, ?)')
  const visited = selectValue<string>(
    db,
    'SELECT components FROM assessment_round_point WHERE round_id = ? AND point_id = ?'
  )
  const visit = db.prepare(
    `INSERT INTO assessment_round_point (round_id, point_id, components) VALUES (?, ?, ?)
       ON CONFLICT (round_id, point_id) DO UPDATE SET components = excluded.components`
  )
  const repeat = selectValue<number>(
    db,
    `SELECT 1 FROM assessment_finding f
       JOIN assessment_problem q ON q.finding_id = f.id
       JOIN assessment_round r ON r.id = f.round_id
       JOIN assessment_node n ON n.id = f.criterion_id
      WHERE f.point_id = ? AND n.name = ? AND (r.year * 4 + r.quarter) < (? * 4 + ?) LIMIT 1`
  )
  const insertFinding = db.prepare(
    `INSERT INTO assessment_finding (round_id, point_id, criterion_id, source, passed, deduction, score, value,
       description, location, photos, found_by, found_on, is_repeat, origin, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const insertProblem = db.prepare(
    `INSERT INTO assessment_problem (finding_id, state, updated_at) VALUES (?, 'pending', ?)`
  )
  const insertEvent = db.prepare(
    `INSERT INTO assessment_problem_event (problem_id, at, on_date, action, note) VALUES (?, ?, ?, 'found', ?)`
  )
  return {
    /** The point of that name in that area, created the first time a round visits it (kept across rounds). */
    point(areaId: number, name: string, type: string): number {
      const known = findPoint.get(areaId, name)
      if (known) {
        if (known.type !== type) retype.run(type, known.id)
        return known.id
      }
      return Number(addPoint.run(areaId, name, type).lastInsertRowid)
    },

    /** Records that a round visited a point on these components (added to what it already had). */
    visit(roundId: number, point: number, components: Iterable<string>): void {
      const before = visited.get(roundId, point)
      const merged = new Set([...(before ? componentList.parse(JSON.parse(before)) : []), ...components])
      visit.run(roundId, point, JSON.stringify([...merged].sort()))
    },

    /**
     * Writes a finding and, when it cost points or describes a problem, its problem (待交办) with the 发现
     * event. 反复出现: the same criterion at the same point had a problem in an earlier round; the extra
     * deduction is the scheme's multiplier. Returns the problem's id, or null.
     */
    finding(now: string, round: Row<'assessment_round'>, f: NewFinding, multiplier: number): number | null {
      const isRepeat = repeat.get(f.pointId, f.criterion.name, round.year, round.quarter) !== undefined
      const id = Number(
        insertFinding.run(
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
          isRepeat ? 1 : 0,
          f.origin,
          now
        ).lastInsertRowid
      )
      const cost = entryDeduction(f.criterion.rule, f.criterion.max, { ...f, repeat: isRepeat }, multiplier)
      if ((cost <= 0 && f.description === '') || f.passed === true) return null
      const problem = Number(insertProblem.run(id, now).lastInsertRowid)
      // 发现 on the day found, or (a workbook without dates) the round's start: never the machine's today.
      insertEvent.run(problem, now, f.foundOn ?? round.opened_on, isRepeat ? '反复出现' : '')
      return problem
    }
  }
}

export type FindingWriter = ReturnType<typeof findingWriter>

/** A round's findings keyed for comparing a second import with the first (what changed, what is new). */
export function roundFindings(db: Database, roundId: number): Row<'assessment_finding'>[] {
  return select<Row<'assessment_finding'>>(
    db,
    'SELECT * FROM assessment_finding WHERE round_id = ? ORDER BY id'
  ).all(roundId)
}

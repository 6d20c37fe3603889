import type { Database } from 'better-sqlite3'
import type { IsoDate } from '../../shared/civil-date'
import type { AssessmentRoundDetail, RoundInfo } from '../../shared/contract/assessment'
import { latestScoredRound as latestScored } from '../../shared/assessment-rounds'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { chineseNumeral } from '../documents/wording'
import { writeAudit } from '../store/audit'
import type { Row } from '../store/rows'
import { select } from '../store/typed-query'
import { areaPaths } from './area-paths'
import { loadScheme, schemeInForce } from './scheme-store'

/** 2025年第三季度: the name a round goes by in the workbook, the CLI and the 通报. */
export function roundName(year: number, quarter: number): string {
  return `${year}年第${chineseNumeral(quarter)}季度`
}

type RoundCounts = Row<'assessment_round'> & {
  points: number
  findings: number
  problems: number
  surveys: number
}

const ROUND_SELECT = `SELECT r.*,
    (SELECT count(*) FROM assessment_round_point p WHERE p.round_id = r.id) AS points,
    (SELECT count(*) FROM assessment_finding f WHERE f.round_id = r.id) AS findings,
    (SELECT count(*) FROM assessment_problem q JOIN assessment_finding f ON f.id = q.finding_id
      WHERE f.round_id = r.id) AS problems,
    (SELECT count(*) FROM assessment_survey s WHERE s.round_id = r.id) AS surveys
  FROM assessment_round r`

function infoOf(db: Database, r: RoundCounts): RoundInfo {
  const scheme = loadScheme(db, r.scheme_id)
  return {
    id: r.id,
    name: r.name,
    year: r.year,
    quarter: r.quarter,
    schemeId: r.scheme_id,
    schemeLabel: `${scheme.year}年第${scheme.version}版${scheme.isSample ? '（示例）' : ''}`,
    points: r.points,
    findings: r.findings,
    problems: r.problems,
    scored: r.findings + r.surveys > 0,
    openedOn: r.opened_on
  }
}

export function listRounds(db: Database): RoundInfo[] {
  return select<RoundCounts>(db, `${ROUND_SELECT} ORDER BY r.year DESC, r.quarter DESC`)
    .all()
    .map((r) => infoOf(db, r))
}

/** The latest 测评 round opened by the date that has results (shared/assessment-rounds.ts says which). */
export function latestScoredRound(db: Database, asOf: IsoDate): RoundInfo | null {
  return latestScored(listRounds(db), asOf)
}

export function roundRow(db: Database, id: number): Row<'assessment_round'> {
  const r = select<Row<'assessment_round'>>(db, 'SELECT * FROM assessment_round WHERE id = ?').get(id)
  if (!r) throw new UserError('not-found', `没有找到这个测评轮次（编号 ${id}），请刷新后重试。`)
  return r
}

/** A round by its name (2025年第三季度, also 2025Q3 / 2025-3), as the CLI and the import name it. */
export function roundByName(db: Database, name: string): Row<'assessment_round'> {
  const text = name.trim()
  const short = /^(\d{4})\s*(?:[Qq-]|年第?)\s*([1-4一二三四])\s*(?:季度)?$/.exec(text)
  const quarter = short ? ' 一二三四'.indexOf(short[2]) : -1
  const r = short
    ? select<Row<'assessment_round'>>(
        db,
        'SELECT * FROM assessment_round WHERE year = ? AND quarter = ?'
      ).get(Number(short[1]), quarter > 0 ? quarter : Number(short[2]))
    : select<Row<'assessment_round'>>(db, 'SELECT * FROM assessment_round WHERE name = ?').get(text)
  if (!r) {
    const known = select<{ name: string }>(db, 'SELECT name FROM assessment_round ORDER BY year, quarter')
      .all()
      .map((k) => k.name)
    throw new UserError(
      'not-found',
      `没有“${text}”这个测评轮次${known.length > 0 ? `，已有：${known.join('、')}` : '，请先在“测评”页开启轮次'}。`
    )
  }
  return r
}

export function roundDetail(db: Database, id: number): AssessmentRoundDetail {
  const r = select<RoundCounts>(db, `${ROUND_SELECT} WHERE r.id = ?`).get(id)
  if (!r) throw new UserError('not-found', `没有找到这个测评轮次（编号 ${id}），请刷新后重试。`)
  const paths = areaPaths(db)
  const pointList = select<{ id: number; name: string; type: string; areaId: number; findings: number }>(
    db,
    `SELECT p.id, p.name, p.type, p.area_id AS areaId,
            (SELECT count(*) FROM assessment_finding f WHERE f.round_id = rp.round_id AND f.point_id = p.id) AS findings
       FROM assessment_round_point rp JOIN assessment_point p ON p.id = rp.point_id
      WHERE rp.round_id = ? ORDER BY p.area_id, p.name`
  )
    .all(id)
    .map((p) => ({ ...p, areaPath: paths.get(p.areaId) ?? '' }))
  const surveys = select<{ areaId: number; samples: number; rate: number }>(
    db,
    'SELECT area_id AS areaId, samples, rate FROM assessment_survey WHERE round_id = ? ORDER BY area_id'
  )
    .all(id)
    .map((s) => ({ ...s, areaPath: paths.get(s.areaId) ?? '' }))
  return { ...infoOf(db, r), pointList, surveys }
}

/** Opens a quarter's round under a scheme version (default: the version in force for the year). */
export function openRound(
  ctx: AppContext,
  input: { year: number; quarter: number; schemeId?: number; openedOn: IsoDate }
): RoundInfo {
  const { db } = ctx
  const scheme = input.schemeId !== undefined ? loadScheme(db, input.schemeId) : schemeInForce(db, input.year)
  if (!scheme)
    throw new UserError(
      'invalid-input',
      `${input.year}年还没有测评体系，请先建立测评体系（或载入示例后修改）。`
    )
  const name = roundName(input.year, input.quarter)
  if (select<{ id: number }>(db, 'SELECT id FROM assessment_round WHERE name = ?').get(name))
    throw new UserError('conflict', `${name}的测评轮次已经开启。`)
  return db.transaction(() => {
    const id = Number(
      db
        .prepare(
          'INSERT INTO assessment_round (name, year, quarter, scheme_id, opened_on, created_at) VALUES (?, ?, ?, ?, ?, ?)'
        )
        .run(name, input.year, input.quarter, scheme.id, input.openedOn, ctx.clock.now()).lastInsertRowid
    )
    writeAudit(db, ctx.clock, {
      entity: 'assessment_round',
      entityId: id,
      action: 'create',
      summary: `开启测评轮次${name}（${scheme.year}年测评体系第${scheme.version}版）`,
      after: { name, schemeId: scheme.id }
    })
    const created = select<RoundCounts>(db, `${ROUND_SELECT} WHERE r.id = ?`).one(id)
    return infoOf(db, created)
  })()
}

import type { z } from 'zod'
import type { pointEntrySchema, AssessmentRoundDetail, RoundPoint } from '../../shared/contract/assessment'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { writeAudit } from '../store/audit'
import { selectValue } from '../store/typed-query'
import { areaPaths } from './area-paths'
import { findingWriter } from './findings-writer'
import { roundDetail, roundRow } from './round-store'
import { loadScheme, scoredCriteria } from './scheme-store'

export type PointEntryInput = z.output<typeof pointEntrySchema>

function requireArea(ctx: AppContext, areaId: number): string {
  const path = areaPaths(ctx.db).get(areaId)
  if (path === undefined) throw new UserError('not-found', '所选区域不存在，请刷新后重试。')
  return path
}

/**
 * The office's own 暗访 of one point, entered by hand from the scheme's checklist: each result is a
 * finding; the criteria it covers say which components the point was assessed on.
 */
export function enterPoint(ctx: AppContext, input: PointEntryInput): RoundPoint {
  const { db } = ctx
  const round = roundRow(db, input.roundId)
  const scheme = loadScheme(db, round.scheme_id)
  const criteria = new Map(scoredCriteria(db, round.scheme_id).map((c) => [c.id, c]))
  const areaPath = requireArea(ctx, input.areaId)
  input.results.forEach((r, i) => {
    const c = criteria.get(r.criterionId)
    if (!c) throw new UserError('invalid-input', `第${i + 1}项测评内容不属于${round.name}使用的测评体系。`)
    if (r.deduction !== undefined && r.deduction > c.max)
      throw new UserError('invalid-input', `“${c.name}”的扣分${r.deduction}超过该项分值${c.max}分。`)
  })
  return db.transaction(() => {
    const now = ctx.clock.now()
    const writer = findingWriter(db)
    const point = writer.point(input.areaId, input.pointName, input.pointType)
    const components = new Set<string>()
    let problems = 0
    for (const r of input.results) {
      const c = criteria.get(r.criterionId)
      if (!c) continue
      components.add(c.component)
      // 符合 with nothing found is the checklist's default: it counts the component, writes no finding.
      // A bare { criterionId } (per-problem: checked, none found) likewise counts the component only.
      if (r.passed !== false && r.deduction === undefined && r.value === undefined && r.description === '')
        continue
      const problem = writer.finding(
        now,
        round,
        {
          roundId: round.id,
          pointId: point,
          criterion: c,
          source: 'entry',
          passed: r.passed ?? null,
          deduction: r.deduction ?? null,
          score: null,
          value: r.value ?? null,
          description: r.description,
          location: r.location,
          photos: [],
          foundBy: input.foundBy,
          foundOn: input.foundOn,
          origin: '录入'
        },
        scheme.repeatMultiplier
      )
      if (problem !== null) problems++
    }
    writer.visit(round.id, point, components)
    writeAudit(db, ctx.clock, {
      entity: 'assessment_point',
      entityId: point,
      action: 'create',
      summary: `${round.name}录入点位“${areaPath}·${input.pointName}”测评结果（${input.results.length}项，发现问题${problems}个）`,
      after: { round: round.name, point: input.pointName, results: input.results.length, problems }
    })
    const findings = selectValue<number>(
      db,
      'SELECT count(*) FROM assessment_finding WHERE round_id = ? AND point_id = ?'
    ).one(round.id, point)
    return {
      id: point,
      name: input.pointName,
      type: input.pointType,
      areaId: input.areaId,
      areaPath,
      findings
    }
  })()
}

/** 问卷 for an area: its sample size and satisfaction rate, replacing an earlier figure of the round. */
export function enterSurvey(
  ctx: AppContext,
  input: { roundId: number; areaId: number; component: string; samples: number; rate: number }
): AssessmentRoundDetail {
  const { db } = ctx
  const round = roundRow(db, input.roundId)
  const scheme = loadScheme(db, round.scheme_id)
  const component = scheme.components.find((c) => c.key === input.component)
  if (!component)
    throw new UserError(
      'invalid-input',
      `${round.name}使用的测评体系中没有“${input.component}”这一测评类别。`
    )
  const areaPath = requireArea(ctx, input.areaId)
  db.transaction(() => {
    db.prepare(
      `INSERT INTO assessment_survey (round_id, area_id, component, samples, rate) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (round_id, area_id, component) DO UPDATE SET samples = excluded.samples, rate = excluded.rate`
    ).run(round.id, input.areaId, input.component, input.samples, input.rate)
    writeAudit(db, ctx.clock, {
      entity: 'assessment_survey',
      entityId: `${round.id}:${input.areaId}`,
      action: 'update',
      summary: `${round.name}录入“${areaPath}”${component.name}：样本${input.samples}份，满意率${input.rate}%`,
      after: { samples: input.samples, rate: input.rate }
    })
  })()
  return roundDetail(db, round.id)
}

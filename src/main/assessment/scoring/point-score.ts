import type { ScoringRule } from '../../../shared/contract/assessment'
import { criterionEarned, entryDeduction, ruleLabel, type ScoredEntry } from './rules'

export interface ScoredCriterion {
  id: number
  code: string
  name: string
  component: string
  objectType: string | null
  max: number
  rule: ScoringRule
  veto: boolean
}

export interface PointEntry extends ScoredEntry {
  criterionId: number
  /** Its problem, for the drill-down's link; null for an entry that found none. */
  problemId: number | null
  description: string
}

export interface PointCriterionDetail {
  code: string
  name: string
  component: string
  max: number
  earned: number
  rule: string
  deductions: { amount: number; reason: string; repeat: boolean; problemId: number | null }[]
}

export interface PointScore {
  /** Component key → 0–100, unrounded (rounding happens once, on the figures shown). */
  components: Record<string, number>
  criteria: PointCriterionDetail[]
  /** 一票否决 criteria failed at this point (their names). */
  vetoes: string[]
}

/**
 * A point's score per component (issue 16): over the criteria of each component it was assessed on that
 * apply to its type (or that have an entry, whatever their object), 100 × Σ earned / Σ max. A criterion
 * with no entry was checked and found in order, so it earns its maximum.
 */
export function scorePoint(
  point: { type: string; components: readonly string[] },
  criteria: readonly ScoredCriterion[],
  entries: readonly PointEntry[],
  multiplier: number
): PointScore {
  const byCriterion = new Map<number, PointEntry[]>()
  for (const e of entries) {
    const list = byCriterion.get(e.criterionId)
    if (list) list.push(e)
    else byCriterion.set(e.criterionId, [e])
  }
  const assessed = new Set(point.components)
  const sums = new Map<string, { earned: number; max: number }>()
  const details: PointCriterionDetail[] = []
  const vetoes: string[] = []
  for (const c of criteria) {
    const own = byCriterion.get(c.id) ?? []
    const applies =
      own.length > 0 || (assessed.has(c.component) && (c.objectType === null || c.objectType === point.type))
    if (!applies) continue
    const deductions = own.map((e) => ({
      amount: entryDeduction(c.rule, c.max, e, multiplier),
      reason: e.description || (e.score !== null ? `评分${e.score}分` : '不符合'),
      repeat: e.repeat,
      problemId: e.problemId
    }))
    const earned = criterionEarned(
      c.max,
      deductions.map((d) => d.amount)
    )
    if (c.veto && deductions.some((d) => d.amount > 0)) vetoes.push(c.name)
    const sum = sums.get(c.component) ?? { earned: 0, max: 0 }
    sum.earned += earned
    sum.max += c.max
    sums.set(c.component, sum)
    details.push({
      code: c.code,
      name: c.name,
      component: c.component,
      max: c.max,
      earned,
      rule: ruleLabel(c.rule, c.max),
      deductions: deductions.filter((d) => d.amount > 0)
    })
  }
  const components: Record<string, number> = {}
  for (const [key, s] of sums) if (s.max > 0) components[key] = (100 * s.earned) / s.max
  return { components, criteria: details, vetoes }
}

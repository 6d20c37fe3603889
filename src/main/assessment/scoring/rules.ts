import type { ScoringRule } from '../../../shared/contract/assessment'

/** One thing found for a criterion at a point, as scoring needs it (store rows reduced to these). */
export interface ScoredEntry {
  /** 符合 / 不符合 (pass-fail). */
  passed: boolean | null
  /** A deduction the evaluator wrote; wins over the rule. */
  deduction: number | null
  /** A score the evaluator wrote (0 … max); wins over everything else. */
  score: number | null
  /** A measured value (per-point-below: a percentage; ratio: the actual count). */
  value: number | null
  repeat: boolean
}

/** 2 decimals, the way every figure is shown and compared. */
export function round2(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100
}

/**
 * What one entry deducts from its criterion's maximum, before the criterion is floored at zero. A 反复出现
 * entry deducts `multiplier` times as much (the scheme's rule), except where the evaluator wrote the
 * score itself. An entry that names no result under a pass-fail rule is a problem found, so 不符合.
 */
export function entryDeduction(
  rule: ScoringRule,
  max: number,
  entry: ScoredEntry,
  multiplier: number
): number {
  if (entry.score !== null) return Math.max(0, max - entry.score)
  const factor = entry.repeat ? multiplier : 1
  if (entry.deduction !== null) return entry.deduction * factor
  switch (rule.type) {
    case 'pass-fail':
      return entry.passed === true ? 0 : max
    case 'per-problem':
      return entry.passed === true ? 0 : rule.deduct * factor
    case 'per-point-below':
      if (entry.value === null) return entry.passed === true ? 0 : rule.deduct * factor
      return Math.max(0, rule.target - entry.value) * rule.deduct * factor
    case 'ratio':
      if (entry.value === null) return entry.passed === true ? 0 : max
      return max - Math.min(max, (entry.value / rule.target) * max)
  }
}

/** A criterion's points: its maximum less its entries' deductions, never below zero. */
export function criterionEarned(max: number, deductions: readonly number[]): number {
  return Math.max(0, max - deductions.reduce((a, b) => a + b, 0))
}

/** The rule in the words of a 操作手册 (shown in the drill-down and the scheme editor). */
export function ruleLabel(rule: ScoringRule, max: number): string {
  switch (rule.type) {
    case 'pass-fail':
      return `符合得${max}分，不符合不得分`
    case 'per-problem':
      return `每发现一处问题扣${rule.deduct}分，扣完为止`
    case 'per-point-below':
      return `每低于${rule.target}%一个百分点扣${rule.deduct}分，扣完为止`
    case 'ratio':
      return `得分=实际/${rule.target}×${max}，不超过${max}分`
  }
}

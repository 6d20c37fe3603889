import type { ScoringRule } from '../../../shared/contract'

/** Up to two decimals, no trailing zeros: 0.5, 2, 85.25. */
export function formatScore(value: number): string {
  return String(Math.round(value * 100) / 100)
}

/**
 * A criterion's scoring rule in the words of the 操作手册 (domain.md §6.1), as the scheme tab and the
 * drill-down show it: the clerk checks the rule by reading it, not by decoding a type name.
 */
export function ruleText(rule: ScoringRule | null, max: number | null): string {
  if (!rule) return ''
  const full = max === null ? '' : `（${formatScore(max)}分）`
  switch (rule.type) {
    case 'pass-fail':
      return `符合得满分${full}，不符合不得分`
    case 'per-problem':
      return `每发现一处问题扣${formatScore(rule.deduct)}分，扣完为止`
    case 'per-point-below':
      return `低于${formatScore(rule.target)}%的，每低1个百分点扣${formatScore(rule.deduct)}分，扣完为止`
    case 'ratio':
      return `得分 = 实际/${formatScore(rule.target)} × 分值${full}，不超过分值`
  }
}

/** A change of rank (previous − current) or of score, with its direction: ↑2, ↓1, 持平, or 新 (not ranked before). */
export function changeText(change: number | null, unit: '名' | '分'): string {
  if (change === null) return '—'
  if (change === 0) return '持平'
  const size = unit === '名' ? String(Math.abs(change)) : formatScore(Math.abs(change))
  return `${change > 0 ? '↑' : '↓'}${size}${unit === '分' ? '分' : ''}`
}

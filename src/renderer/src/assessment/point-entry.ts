import type { SchemeNode } from '../../../shared/contract'

/** What the clerk marked for one 测评内容 of the checklist. */
export interface CheckMark {
  /** pass-fail: 符合 (true) / 不符合 (false). */
  passed?: boolean
  /** per-problem: the problems found, one per line of the box. */
  problems?: string
  /** per-point-below and ratio: the measured value. */
  value?: number | null
}

export interface EntryResult {
  criterionId: number
  passed?: boolean
  value?: number
  description?: string
}

/**
 * The checklist as assessment.enterPoint takes it: a pass-fail item as 符合/不符合 (default 符合), each line
 * of a per-problem item's box as one problem (none = checked and nothing found, sent as 符合), a measured
 * value as is.
 * An item whose value the clerk left empty was not checked and is left out.
 */
export function entryResults(
  criteria: readonly SchemeNode[],
  marks: ReadonlyMap<number, CheckMark>
): EntryResult[] {
  const out: EntryResult[] = []
  for (const c of criteria) {
    const mark = marks.get(c.id) ?? {}
    switch (c.rule?.type) {
      case 'pass-fail':
        out.push({ criterionId: c.id, passed: mark.passed ?? true })
        break
      case 'per-problem': {
        const lines = (mark.problems ?? '')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
        // Checked and nothing found reads as 符合: the component counts, no finding is written.
        if (lines.length === 0) out.push({ criterionId: c.id, passed: true })
        for (const description of lines) out.push({ criterionId: c.id, description })
        break
      }
      case 'per-point-below':
      case 'ratio':
        if (mark.value !== undefined && mark.value !== null)
          out.push({ criterionId: c.id, value: mark.value })
        break
      default:
        break
    }
  }
  return out
}

/** The criteria that score a point of this type: those for the type, and those for no type in particular. */
export function criteriaFor(criteria: readonly SchemeNode[], pointType: string): SchemeNode[] {
  return criteria.filter((c) => c.objectType === null || c.objectType === '' || c.objectType === pointType)
}

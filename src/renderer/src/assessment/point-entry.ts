import type { SchemeNode } from '../../../shared/contract'

/** One problem found on a per-problem item: what, and where at the point (位置, may be left empty). */
export interface ProblemLine {
  description: string
  location: string
}

/** What the clerk marked for one 测评内容 of the checklist. */
export interface CheckMark {
  /** pass-fail: 符合 (true) / 不符合 (false). */
  passed?: boolean
  /** pass-fail 不符合: what was wrong and where (both may be left empty). */
  description?: string
  location?: string
  /** per-problem: the problems found, one line each. */
  problems?: ProblemLine[]
  /** per-point-below and ratio: the measured value. */
  value?: number | null
}

export interface EntryResult {
  criterionId: number
  passed?: boolean
  value?: number
  description?: string
  location?: string
}

/** The lines of a per-problem item as the form shows them: at least one (empty) line to type into. */
export function problemLines(mark: CheckMark): ProblemLine[] {
  return mark.problems && mark.problems.length > 0 ? mark.problems : [{ description: '', location: '' }]
}

/** Description and location trimmed, each only when given (the contract defaults them to empty). */
function described(description: string | undefined, location: string | undefined) {
  const d = (description ?? '').trim()
  const l = (location ?? '').trim()
  return { ...(d ? { description: d } : {}), ...(l ? { location: l } : {}) }
}

/**
 * The checklist as assessment.enterPoint takes it: a pass-fail item as 符合/不符合 (default 符合; 不符合 with
 * what and where, if given), each line of a per-problem item as one problem with its 位置 (no line = checked
 * and nothing found, sent as 符合), a measured value as is.
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
        out.push(
          mark.passed === false
            ? { criterionId: c.id, passed: false, ...described(mark.description, mark.location) }
            : { criterionId: c.id, passed: true }
        )
        break
      case 'per-problem': {
        const lines = (mark.problems ?? []).filter((l) => l.description.trim() !== '')
        // Checked and nothing found reads as 符合: the component counts, no finding is written.
        if (lines.length === 0) out.push({ criterionId: c.id, passed: true })
        for (const l of lines) out.push({ criterionId: c.id, ...described(l.description, l.location) })
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

/**
 * The first per-problem line with a 位置 but no description, as "code name": a place with nothing said
 * about it cannot be a problem, and dropping it silently would lose what the clerk typed.
 */
export function lineWithoutDescription(
  criteria: readonly SchemeNode[],
  marks: ReadonlyMap<number, CheckMark>
): string | null {
  for (const c of criteria) {
    if (c.rule?.type !== 'per-problem') continue
    const lines = marks.get(c.id)?.problems ?? []
    if (lines.some((l) => l.description.trim() === '' && l.location.trim() !== ''))
      return `${c.code} ${c.name}`
  }
  return null
}

/**
 * The criteria that score a point of this type: those for the type, and those for no type in particular;
 * with a component, only that component's. An entry by hand is one way of finding (the office's own 暗访,
 * say): the criteria of the other components (第三方评估, 媒体曝光 …) are not on its checklist, or their
 * boxes left empty would read as 符合 and score those components 100 for a point nobody assessed on them.
 */
export function criteriaFor(
  criteria: readonly SchemeNode[],
  pointType: string,
  component?: string
): SchemeNode[] {
  return criteria.filter(
    (c) =>
      (c.objectType === null || c.objectType === '' || c.objectType === pointType) &&
      (component === undefined || c.component === component)
  )
}

import type { ProblemRow, ProblemState } from '../../../shared/contract'

export interface ProblemFilter {
  district: string | null
  town: string | null
  unit: string | null
  state: ProblemState | 'overdue' | null
}

export const NO_FILTER: ProblemFilter = { district: null, town: null, unit: null, state: null }

/** The rows a filter keeps; 逾期 is a light, not a state: open problems past their 整改时限. */
export function filterProblems(rows: readonly ProblemRow[], f: ProblemFilter): ProblemRow[] {
  return rows.filter(
    (r) =>
      (f.district === null || r.district === f.district) &&
      (f.town === null || r.town === f.town) &&
      (f.unit === null || r.unit === f.unit) &&
      (f.state === null || (f.state === 'overdue' ? r.overdue : r.state === f.state))
  )
}

/** Which bulk actions the selection allows: each needs every selected problem in the right state. */
export function allowedActions(selected: readonly ProblemRow[]): {
  assign: boolean
  request: boolean
  review: boolean
} {
  const all = (ok: (r: ProblemRow) => boolean) => selected.length > 0 && selected.every(ok)
  return {
    assign: all((r) => r.state === 'pending' || r.state === 'rectifying'),
    request: all((r) => r.state === 'rectifying'),
    review: all((r) => r.state === 'requested')
  }
}

/** The distinct values of a column, in the Chinese collation, for a filter's menu. */
export function distinct(rows: readonly ProblemRow[], pick: (r: ProblemRow) => string | null): string[] {
  return [...new Set(rows.map(pick).filter((v): v is string => v !== null && v !== ''))].sort((a, b) =>
    a.localeCompare(b, 'zh-CN')
  )
}

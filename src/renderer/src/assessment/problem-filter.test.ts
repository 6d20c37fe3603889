import { describe, expect, it } from 'vitest'
import type { ProblemRow } from '../../../shared/contract'
import { allowedActions, distinct, filterProblems, NO_FILTER } from './problem-filter'

function problem(id: number, extra: Partial<ProblemRow>): ProblemRow {
  return {
    id,
    roundId: 1,
    round: '2025年第三季度',
    pointId: 1,
    point: '后墘社',
    pointType: '城中村',
    areaId: 1,
    district: '东湖区',
    town: '湖滨街道',
    areaPath: '东湖区·湖滨街道·后墘社',
    criterion: '1.1.1 环境卫生',
    description: '垃圾堆放',
    location: '',
    photos: [],
    foundBy: '第三方',
    foundOn: '2025-09-10',
    deduction: 0.5,
    repeat: false,
    unitId: null,
    unit: null,
    assignedOn: null,
    deadline: null,
    state: 'pending',
    stateLabel: '待交办',
    rectification: '',
    closedOn: null,
    light: null,
    overdue: false,
    history: [],
    ...extra
  }
}

const ROWS = [
  problem(1, {}),
  problem(2, {
    district: '西岭区',
    town: '枫林镇',
    state: 'rectifying',
    unit: '西岭区城管局',
    overdue: true
  }),
  problem(3, { state: 'requested', unit: '东湖区城管局' }),
  problem(4, { state: 'closed', unit: '东湖区城管局' })
]

describe('filterProblems: by area, unit and state', () => {
  it.each([
    [{ district: '东湖区' }, [1, 3, 4]],
    [{ town: '枫林镇' }, [2]],
    [{ unit: '东湖区城管局' }, [3, 4]],
    [{ state: 'requested' as const }, [3]],
    [{ state: 'overdue' as const }, [2]],
    [{ district: '东湖区', state: 'closed' as const }, [4]]
  ])('%j keeps %j', (f, ids) => {
    expect(filterProblems(ROWS, { ...NO_FILTER, ...f }).map((r) => r.id)).toEqual(ids)
  })
})

describe('allowedActions: each action needs every selected problem in its state', () => {
  it.each([
    [[], { assign: false, request: false, review: false }],
    [[1], { assign: true, request: false, review: false }],
    [[1, 2], { assign: true, request: false, review: false }],
    [[2], { assign: true, request: true, review: false }],
    [[3], { assign: false, request: false, review: true }],
    [[2, 3], { assign: false, request: false, review: false }],
    [[4], { assign: false, request: false, review: false }]
  ])('%j → %j', (ids, allowed) => {
    expect(allowedActions(ROWS.filter((r) => ids.includes(r.id)))).toEqual(allowed)
  })

  it('lists distinct values sorted, without blanks', () => {
    expect(distinct(ROWS, (r) => r.unit)).toEqual(['东湖区城管局', '西岭区城管局'])
  })
})

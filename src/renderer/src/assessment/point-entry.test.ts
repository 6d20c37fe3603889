import { describe, expect, it } from 'vitest'
import type { SchemeNode } from '../../../shared/contract'
import { criteriaFor, entryResults } from './point-entry'

function criterion(id: number, rule: SchemeNode['rule'], objectType: string | null = null): SchemeNode {
  return {
    id,
    parentId: 1,
    level: 3,
    code: `1.1.${id}`,
    name: `内容${id}`,
    standard: '',
    method: '实地考察',
    objectType,
    component: 'field',
    max: 4,
    rule,
    veto: false,
    children: []
  }
}

describe('entryResults: the checklist of an entry by hand as enterPoint takes it', () => {
  const criteria = [
    criterion(11, { type: 'pass-fail' }),
    criterion(12, { type: 'pass-fail' }),
    criterion(13, { type: 'per-problem', deduct: 0.5 }),
    criterion(14, { type: 'per-problem', deduct: 1 }),
    criterion(15, { type: 'per-point-below', target: 90, deduct: 1 }),
    criterion(16, { type: 'ratio', target: 4 })
  ]

  it('reads 符合 by default, one problem per line, no line as checked-and-clean, values as given', () => {
    const marks = new Map([
      [12, { passed: false }],
      [13, { problems: '楼道堆放杂物\n\n  电动车违规充电  ' }],
      [15, { value: 86 }]
    ])
    expect(entryResults(criteria, marks)).toEqual([
      { criterionId: 11, passed: true },
      { criterionId: 12, passed: false },
      { criterionId: 13, description: '楼道堆放杂物' },
      { criterionId: 13, description: '电动车违规充电' },
      { criterionId: 14, passed: true },
      { criterionId: 15, value: 86 }
    ])
  })

  it('keeps only the criteria for the point type or for no type', () => {
    const typed = [criterion(1, null, '农贸市场'), criterion(2, null, '城中村'), criterion(3, null)]
    expect(criteriaFor(typed, '城中村').map((c) => c.id)).toEqual([2, 3])
  })
})

import { describe, expect, it } from 'vitest'
import type { SchemeNode } from '../../../shared/contract'
import { criteriaFor, entryResults, lineWithoutDescription } from './point-entry'

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

  it('reads 符合 by default, one problem per line with its 位置, no line as checked-and-clean, values as given', () => {
    const marks = new Map([
      [12, { passed: false }],
      [
        13,
        {
          problems: [
            { description: '楼道堆放杂物', location: ' 3号楼一楼 ' },
            { description: '  ', location: '' },
            { description: '  电动车违规充电  ', location: '' }
          ]
        }
      ],
      [15, { value: 86 }]
    ])
    expect(entryResults(criteria, marks)).toEqual([
      { criterionId: 11, passed: true },
      { criterionId: 12, passed: false },
      { criterionId: 13, description: '楼道堆放杂物', location: '3号楼一楼' },
      { criterionId: 13, description: '电动车违规充电' },
      { criterionId: 14, passed: true },
      { criterionId: 15, value: 86 }
    ])
  })

  it('sends what was wrong and where with a 不符合, and forgets them once switched back to 符合', () => {
    const failed = new Map([[11, { passed: false, description: '公厕无人保洁', location: '村口公厕' }]])
    expect(entryResults(criteria.slice(0, 1), failed)).toEqual([
      { criterionId: 11, passed: false, description: '公厕无人保洁', location: '村口公厕' }
    ])
    const passed = new Map([[11, { passed: true, description: '公厕无人保洁', location: '村口公厕' }]])
    expect(entryResults(criteria.slice(0, 1), passed)).toEqual([{ criterionId: 11, passed: true }])
  })

  it('names the item where a 位置 was typed with no problem described', () => {
    const marks = new Map([[14, { problems: [{ description: '', location: '巷尾' }] }]])
    expect(lineWithoutDescription(criteria, marks)).toBe('1.1.14 内容14')
    expect(lineWithoutDescription(criteria, new Map())).toBeNull()
  })

  it('keeps only the criteria for the point type or for no type', () => {
    const typed = [criterion(1, null, '农贸市场'), criterion(2, null, '城中村'), criterion(3, null)]
    expect(criteriaFor(typed, '城中村').map((c) => c.id)).toEqual([2, 3])
  })

  it('keeps only the component the entry is for: a 暗访 does not score 第三方评估 by leaving it empty', () => {
    const mixed = [
      criterion(1, { type: 'per-problem', deduct: 2 }),
      { ...criterion(2, { type: 'per-problem', deduct: 2 }), component: 'third-party' },
      { ...criterion(3, { type: 'pass-fail' }), component: 'media' }
    ]
    const field = criteriaFor(mixed, '城中村', 'field')
    expect(field.map((c) => c.id)).toEqual([1])
    expect(entryResults(field, new Map())).toEqual([{ criterionId: 1, passed: true }])
    expect(criteriaFor(mixed, '城中村', 'third-party').map((c) => c.id)).toEqual([2])
  })
})

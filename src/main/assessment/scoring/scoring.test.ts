import { describe, expect, it } from 'vitest'
import type { BoardRule, ScoringRule } from '../../../shared/contract/assessment'
import { areaTotals } from './area-score'
import { scorePoint, type PointEntry, type ScoredCriterion } from './point-score'
import { changeOf, rankGroups, summoned, type Rankable } from './ranking'
import { criterionEarned, entryDeduction, type ScoredEntry } from './rules'
import { scoreAreas, type RoundData } from './score-areas'

// Every expected figure below was worked out by hand from the rules (issue 16, "Scores").

const entry = (e: Partial<ScoredEntry>): ScoredEntry => ({
  passed: null,
  deduction: null,
  score: null,
  value: null,
  repeat: false,
  ...e
})

describe('one entry against its rule', () => {
  const perProblem: ScoringRule = { type: 'per-problem', deduct: 2 }
  it.each<[string, ScoringRule, number, Partial<ScoredEntry>, number]>([
    ['不符合 loses the whole 分值', { type: 'pass-fail' }, 10, { passed: false }, 10],
    ['符合 loses nothing', { type: 'pass-fail' }, 10, { passed: true }, 0],
    ['a problem found under pass-fail is 不符合', { type: 'pass-fail' }, 5, {}, 5],
    ['per problem −2', perProblem, 10, {}, 2],
    ['反复出现 doubles it (multiplier 2)', perProblem, 10, { repeat: true }, 4],
    [
      '85% against a 90% target, −1 per point',
      { type: 'per-point-below', target: 90, deduct: 1 },
      10,
      { value: 85 },
      5
    ],
    [
      'above the target loses nothing',
      { type: 'per-point-below', target: 90, deduct: 1 },
      10,
      { value: 95 },
      0
    ],
    ['ratio 3 of 4 → 7.5 of 10', { type: 'ratio', target: 4 }, 10, { value: 3 }, 2.5],
    ['ratio above target is capped at the 分值', { type: 'ratio', target: 4 }, 10, { value: 6 }, 0],
    ['a written deduction wins over the rule', perProblem, 10, { deduction: 3 }, 3],
    ['a written 反复出现 deduction is doubled too', perProblem, 10, { deduction: 3, repeat: true }, 6],
    ['a written score wins over everything', perProblem, 10, { score: 7, repeat: true }, 3]
  ])('%s', (_why, rule, max, e, deducted) => {
    expect(entryDeduction(rule, max, entry(e), 2)).toBeCloseTo(deducted, 10)
  })

  it.each([
    [10, [2, 2], 6],
    [10, [2, 2, 2, 2, 2, 2], 0],
    [5, [], 5]
  ])('分值 %d less %j earns %d (扣完为止)', (max, deductions, earned) => {
    expect(criterionEarned(max, deductions)).toBe(earned)
  })
})

const criterion = (
  c: Partial<ScoredCriterion> & Pick<ScoredCriterion, 'id' | 'component'>
): ScoredCriterion => ({
  code: String(c.id),
  name: `内容${c.id}`,
  objectType: null,
  max: 10,
  rule: { type: 'per-problem', deduct: 2 },
  veto: false,
  ...c
})
const problem = (criterionId: number, e: Partial<PointEntry> = {}): PointEntry => ({
  ...entry({}),
  criterionId,
  problemId: null,
  description: '暴露垃圾',
  ...e
})

describe('a point', () => {
  const criteria = [
    criterion({ id: 1, component: 'field', objectType: '城中村' }),
    criterion({ id: 2, component: 'field', objectType: '农贸市场', rule: { type: 'pass-fail' }, max: 5 }),
    criterion({ id: 3, component: 'field', max: 10 }),
    criterion({ id: 4, component: 'third-party', max: 10 }),
    criterion({ id: 5, component: 'field', max: 20, veto: true, rule: { type: 'pass-fail' } })
  ]

  it('scores the criteria of its type on the components it was assessed on', () => {
    // 城中村: criteria 1, 3, 5 apply (40 points); two problems on 1 → 6 + 10 + 20 = 36 → 90.
    const s = scorePoint({ type: '城中村', components: ['field'] }, criteria, [problem(1), problem(1)], 2)
    expect(s.components).toEqual({ field: 90 })
    expect(s.criteria.map((c) => [c.code, c.earned])).toEqual([
      ['1', 6],
      ['3', 10],
      ['5', 20]
    ])
    expect(s.vetoes).toEqual([])
  })

  it('counts a criterion of another type when something was found on it', () => {
    // 2 (pass-fail 5) was found 不符合 at a 城中村: 10 + 0 + 10 + 20 = 40 of 45.
    const s = scorePoint({ type: '城中村', components: ['field'] }, criteria, [problem(2)], 2)
    expect(s.components.field).toBeCloseTo((100 * 40) / 45, 10)
  })

  it('deducts a repeat problem by the multiplier and flags a veto', () => {
    // 1: −4 (repeat ×2) → 6; 5 (veto) 不符合 → 0; 3 → 10. 16 of 40 = 40.
    const s = scorePoint(
      { type: '城中村', components: ['field'] },
      criteria,
      [problem(1, { repeat: true }), problem(5, { description: '发生亡人火灾' })],
      2
    )
    expect(s.components).toEqual({ field: 40 })
    expect(s.vetoes).toEqual(['内容5'])
    expect(s.criteria[0].deductions).toEqual([
      { amount: 4, reason: '暴露垃圾', repeat: true, problemId: null }
    ])
  })
})

const AREAS = [
  { id: 1, parentId: null, level: 'district' as const, name: '东湖区' },
  { id: 2, parentId: null, level: 'district' as const, name: '西山区' },
  { id: 3, parentId: null, level: 'district' as const, name: '南港区' },
  { id: 11, parentId: 1, level: 'town' as const, name: '湖滨街道' },
  { id: 12, parentId: 1, level: 'town' as const, name: '莲塘镇' },
  { id: 21, parentId: 2, level: 'town' as const, name: '山前街道' },
  { id: 31, parentId: 3, level: 'town' as const, name: '港口街道' }
]
const WEIGHTS = [
  { key: 'field', name: '实地暗访', weight: 40 },
  { key: 'third-party', name: '第三方评估', weight: 25 },
  { key: 'satisfaction', name: '群众满意度', weight: 15 }
]

describe('areas', () => {
  it('average their points (sub-areas included) and weigh only the components they have', () => {
    const totals = areaTotals(
      AREAS,
      [
        { areaId: 11, components: { field: 60 }, vetoes: [] },
        { areaId: 11, components: { field: 80 }, vetoes: [] },
        { areaId: 12, components: { field: 90 }, vetoes: [] },
        { areaId: 12, components: { satisfaction: 70 }, vetoes: [] }
      ],
      WEIGHTS
    )
    // 湖滨: field (60+80)/2 = 70, nothing else → 70.
    expect(totals.get(11)).toMatchObject({ components: { field: 70 }, total: 70, objects: 2 })
    // 莲塘: (40×90 + 15×70) / 55 = 4650/55 = 84.5454… → 84.55.
    expect(totals.get(12)).toMatchObject({ components: { field: 90, satisfaction: 70 }, total: 84.55 })
    // 东湖: field (60+80+90)/3 = 76.666…; (40×76.666… + 15×70)/55 = 4116.666…/55 = 74.848… → 74.85.
    expect(totals.get(1)).toMatchObject({ components: { field: 76.67, satisfaction: 70 }, total: 74.85 })
    expect(totals.has(2)).toBe(false)
  })
})

const RULE: BoardRule = { redTop: 1, blackBottom: 1, blackBelow: null, summonBottom: 2 }
const rankable = (
  areaId: number,
  name: string,
  total: number | null,
  openProblems = 0,
  veto = false
): Rankable => ({
  areaId,
  group: 'district',
  name,
  total,
  openProblems,
  veto
})

describe('ranking and boards', () => {
  it('breaks a tie by fewer open problems, then by name', () => {
    const ranks = rankGroups(
      [
        rankable(1, '东湖区', 90, 2),
        rankable(2, '西山区', 90, 1),
        rankable(3, '南港区', 80, 0),
        rankable(4, '北岭区', 80, 0),
        rankable(5, '未测区', null)
      ],
      RULE
    )
    expect([1, 2, 3, 4, 5].map((id) => ranks.get(id)?.rank)).toEqual([2, 1, 4, 3, null])
    // 北岭 sorts before 南港 by name (pinyin bei < nan).
    expect(ranks.get(2)).toMatchObject({ board: 'red', boardReason: '前1名' })
    expect(ranks.get(3)).toMatchObject({ board: 'black', boardReason: '后1名' })
    expect(ranks.get(5)?.board).toBeNull()
  })

  it.each<[string, Partial<BoardRule>, Rankable[], Record<number, string | null>]>([
    [
      'threshold 85 puts everyone below it on the 黑榜',
      { blackBelow: 85, blackBottom: 0 },
      [rankable(1, 'A', 95), rankable(2, 'B', 84.99), rankable(3, 'C', 86)],
      { 1: 'red', 2: 'black', 3: null }
    ],
    [
      'a veto goes to the 黑榜 even when first',
      {},
      [rankable(1, 'A', 99, 0, true), rankable(2, 'B', 90), rankable(3, 'C', 80)],
      { 1: 'black', 2: null, 3: 'black' }
    ],
    [
      'in a group too small for both boards the 红榜 keeps its places',
      { redTop: 2, blackBottom: 2 },
      [rankable(1, 'A', 90), rankable(2, 'B', 80), rankable(3, 'C', 70)],
      { 1: 'red', 2: 'red', 3: 'black' }
    ]
  ])('%s', (_why, rule, items, boards) => {
    const ranks = rankGroups(items, { ...RULE, ...rule })
    expect(Object.fromEntries(items.map((it) => [it.areaId, ranks.get(it.areaId)?.board ?? null]))).toEqual(
      boards
    )
  })

  it('calls in the bottom two 区 (约谈)', () => {
    const items = [rankable(1, 'A', 90), rankable(2, 'B', 70), rankable(3, 'C', 80), rankable(4, 'D', null)]
    expect([...summoned(items, rankGroups(items, RULE), 2)].sort()).toEqual([2, 3])
  })

  it.each([
    [
      { rank: 1, total: 91.5 },
      { rank: 3, total: 88.25 },
      { rankChange: 2, scoreChange: 3.25 }
    ],
    [
      { rank: 3, total: 80 },
      { rank: 1, total: 90 },
      { rankChange: -2, scoreChange: -10 }
    ],
    [{ rank: 2, total: 80 }, undefined, { rankChange: null, scoreChange: null }]
  ])('change from %j against last round %j', (now, before, change) => {
    expect(changeOf(now, before)).toEqual(change)
  })
})

describe('a whole round', () => {
  const data = (overrides: Partial<RoundData> = {}): RoundData => ({
    components: WEIGHTS,
    boards: { redTop: 1, blackBottom: 1, blackBelow: null, summonBottom: 1 },
    repeatMultiplier: 2,
    criteria: [
      criterion({ id: 1, component: 'field', max: 10 }),
      criterion({ id: 2, component: 'third-party', max: 10 }),
      criterion({ id: 9, component: 'field', max: 10, veto: true, rule: { type: 'pass-fail' } })
    ],
    areas: AREAS,
    points: [
      { id: 101, areaId: 11, type: '城中村', components: ['field', 'third-party'] },
      { id: 102, areaId: 12, type: '城中村', components: ['field'] },
      { id: 201, areaId: 21, type: '城中村', components: ['field', 'third-party'] },
      { id: 301, areaId: 31, type: '城中村', components: ['field'] }
    ],
    entries: [
      { ...problem(1), pointId: 101 },
      { ...problem(2), pointId: 101 },
      { ...problem(2), pointId: 101 },
      { ...problem(1, { repeat: true }), pointId: 201 }
    ],
    surveys: [{ areaId: 3, component: 'satisfaction', rate: 60 }],
    openProblems: new Map([
      [11, 3],
      [21, 1]
    ]),
    ...overrides
  })

  it('scores, ranks and boards every level, with the change from last round', () => {
    const scores = scoreAreas(data(), new Map([[2, { rank: 3, total: 70 }]]))
    const row = (name: string) => scores.find((s) => s.name === name)
    // 101: field (8 + 10)/20 = 90, third-party 6/10 = 60. 102: field 100. 201: field (6+10)/20 = 80, tp 100.
    // 301: field 100. 南港区 survey 60.
    // 东湖: field (90+100)/2 = 95, tp 60 → (40×95 + 25×60)/65 = 5300/65 = 81.538… → 81.54.
    // 西山: field 80, tp 100 → (3200 + 2500)/65 = 87.69.  南港: field 100, sat 60 → (4000+900)/55 = 89.09.
    expect(row('东湖区')).toMatchObject({
      total: 81.54,
      components: { field: 95, 'third-party': 60 },
      rank: 3
    })
    expect(row('西山区')).toMatchObject({ total: 87.69, rank: 2, rankChange: 1, scoreChange: 17.69 })
    expect(row('南港区')).toMatchObject({ total: 89.09, rank: 1, board: 'red', openProblems: 0 })
    expect(row('东湖区')).toMatchObject({ board: 'black', summoned: true, openProblems: 3 })
    // Towns rank within their 区: 湖滨 (90×40+60×25)/65 = 78.46 below 莲塘 100.
    expect(row('湖滨街道')).toMatchObject({ parent: '东湖区', total: 78.46, rank: 2 })
    expect(row('莲塘镇')).toMatchObject({ total: 100, rank: 1 })
    expect(scores.map((s) => s.name)).toEqual([
      '南港区',
      '西山区',
      '东湖区',
      '港口街道',
      '山前街道',
      '莲塘镇',
      '湖滨街道'
    ])
  })

  it('puts an area with a veto on the 黑榜 whatever its score, up to its 区', () => {
    const scores = scoreAreas(
      data({ entries: [{ ...problem(9, { description: '亡人火灾' }), pointId: 301 }] })
    )
    const 南港 = scores.find((s) => s.name === '南港区')
    expect(南港).toMatchObject({
      veto: true,
      vetoReasons: ['内容9'],
      board: 'black',
      boardReason: '一票否决'
    })
    expect(scores.find((s) => s.name === '港口街道')).toMatchObject({ veto: true, board: 'black' })
  })
})

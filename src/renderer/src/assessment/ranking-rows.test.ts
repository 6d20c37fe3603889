import { describe, expect, it } from 'vitest'
import type { AreaScore } from '../../../shared/contract'
import { boardsOf, rankingRows } from './ranking-rows'

function area(
  name: string,
  level: AreaScore['level'],
  parent: string | null,
  rank: number | null,
  extra: Partial<AreaScore> = {}
): AreaScore {
  return {
    areaId: name.length,
    level,
    name,
    parent,
    total: rank === null ? null : 100 - rank,
    components: {},
    rank,
    rankChange: null,
    scoreChange: null,
    board: null,
    boardReason: null,
    veto: false,
    vetoReasons: [],
    summoned: false,
    points: 1,
    openProblems: 0,
    ...extra
  }
}

const AREAS = [
  area('西岭区', 'district', null, 2, { board: 'black', summoned: true }),
  area('东湖区', 'district', null, 1, { board: 'red' }),
  area('北山区', 'district', null, null),
  area('湖滨街道', 'town', '东湖区', 2),
  area('东渡街道', 'town', '东湖区', 1),
  area('枫林镇', 'town', '西岭区', 1)
]

describe('rankingRows: one ranking at a time, in rank order', () => {
  it('lists the 区 by rank with the unscored last', () => {
    expect(rankingRows(AREAS, { level: 'district' }).map((a) => a.name)).toEqual([
      '东湖区',
      '西岭区',
      '北山区'
    ])
  })

  it('lists the 镇(街) of one 区 only', () => {
    expect(rankingRows(AREAS, { level: 'town', district: '东湖区' }).map((a) => a.name)).toEqual([
      '东渡街道',
      '湖滨街道'
    ])
  })

  it('names the boards and the 约谈 list', () => {
    expect(boardsOf(rankingRows(AREAS, { level: 'district' }))).toEqual({
      red: ['东湖区'],
      black: ['西岭区'],
      summoned: ['西岭区']
    })
  })
})

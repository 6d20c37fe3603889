import { describe, expect, it } from 'vitest'
import type { ReturnCheck } from '../../../shared/contract'
import { canAccept, canSendBack, checkBadge, problemPlace } from './return-verdict'
import { formatRate, latestOpenRound } from './round-states'

const ROUND = 7

function check(over: Partial<ReturnCheck>): ReturnCheck {
  return {
    source: { ref: 'f_000000000000000000000000' },
    name: '2025年9月进展填报-市城管局.xlsx',
    checksum: '0'.repeat(64),
    roundId: ROUND,
    unitId: 3,
    unit: '市城管局',
    verdict: 'ok',
    changes: [],
    emptyRows: 0,
    problems: [],
    duplicate: null,
    alreadyAccepted: false,
    ...over
  }
}

describe('what a checked return amounts to for the clerk', () => {
  it.each<[string, Partial<ReturnCheck>, string, boolean, boolean]>([
    ['a clean file of this round', {}, '可采纳', true, true],
    ['a file with problems', { verdict: 'refused' }, '有问题', false, true],
    ['a file of another round', { roundId: 6, verdict: 'refused' }, '其他轮次的填报表', false, false],
    [
      'not a 填报表 at all',
      { roundId: null, unitId: null, unit: null, verdict: 'refused' },
      '不是本轮填报表',
      false,
      false
    ],
    ['an accepted file, shown again', { alreadyAccepted: true }, '已采纳', false, false],
    [
      'the second version that stands',
      { duplicate: { otherName: 'a.xlsx', differences: [], stands: 'this' } },
      '重复报送（以此份为准）',
      true,
      true
    ],
    [
      'the version that does not stand (refused for that)',
      { verdict: 'refused', duplicate: { otherName: 'b.xlsx', differences: [], stands: 'other' } },
      '重复报送（以另一份为准）',
      false,
      true
    ]
  ])('%s', (_, over, badge, accept, sendBack) => {
    const c = check(over)
    expect(checkBadge(c, ROUND).text).toBe(badge)
    expect(canAccept(c, ROUND)).toBe(accept)
    expect(canSendBack(c, ROUND)).toBe(sendBack)
  })

  it('names a problem by sheet, row and column, as far as they are known', () => {
    expect(problemPlace({ sheet: '填报', row: 5, column: 'C' })).toBe('工作表“填报”第5行C列')
    expect(problemPlace({ sheet: '填报', row: null, column: 'H' })).toBe('工作表“填报”H列')
    expect(problemPlace({ sheet: null, row: null, column: null })).toBe('整个文件')
  })
})

describe('the board and 总览', () => {
  it('prints 按时报送率 to one decimal, a dash while no unit could be on time', () => {
    expect(formatRate(4 / 7)).toBe('57.1%')
    expect(formatRate(1)).toBe('100.0%')
    expect(formatRate(0)).toBe('0.0%')
    expect(formatRate(null)).toBe('—')
  })

  it('shows the newest round not yet fully accepted, else the newest', () => {
    const round = (id: number, units: number, accepted: number) => ({
      id,
      title: `第${id}轮`,
      asOf: '2025-09-30',
      due: '2025-10-14',
      openedOn: '2025-09-30',
      units,
      items: 10,
      accepted,
      filesWrittenAt: null
    })
    expect(latestOpenRound([round(3, 5, 5), round(2, 5, 1), round(1, 5, 0)])?.id).toBe(2)
    expect(latestOpenRound([round(3, 5, 5), round(2, 5, 5)])?.id).toBe(3)
    expect(latestOpenRound([])).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { latestScoredRound } from './assessment-rounds'
import type { RoundInfo } from './contract/assessment'

function round(year: number, quarter: number, openedOn: string, scored: boolean): RoundInfo {
  return {
    id: year * 10 + quarter,
    name: `${year}Q${quarter}`,
    year,
    quarter,
    schemeId: 1,
    schemeLabel: '2025年版',
    points: scored ? 3 : 0,
    findings: scored ? 5 : 0,
    problems: scored ? 2 : 0,
    scored,
    openedOn
  }
}

describe('the 测评 round 总览, the 简报 and the pack speak of', () => {
  const q2 = round(2025, 2, '2025-06-20', true)
  const q3 = round(2025, 3, '2025-09-30', true)
  const q4 = round(2025, 4, '2025-12-20', false)

  it('is the latest scored quarter, whatever order the rounds come in', () => {
    expect(latestScoredRound([q2, q3, q4], '2025-12-31')?.name).toBe('2025Q3')
    expect(latestScoredRound([q4, q3, q2], '2025-12-31')?.name).toBe('2025Q3')
  })

  it('is one opened by the date: a quarter opened later is not yet spoken of', () => {
    expect(latestScoredRound([q2, q3], '2025-09-29')?.name).toBe('2025Q2')
    expect(latestScoredRound([q2, q3], '2025-09-30')?.name).toBe('2025Q3')
  })

  it('is none before the first round with results', () => {
    expect(latestScoredRound([], '2025-12-31')).toBeNull()
    expect(latestScoredRound([q4], '2025-12-31')).toBeNull()
    expect(latestScoredRound([q2], '2025-06-19')).toBeNull()
  })

  it('prefers a later year to a higher quarter of an earlier one', () => {
    const next = round(2026, 1, '2026-03-20', true)
    expect(latestScoredRound([q3, next], '2026-03-31')?.name).toBe('2026Q1')
  })
})

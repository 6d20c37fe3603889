import { describe, expect, it } from 'vitest'
import { changeText, formatScore, ruleText } from './rule-text'

describe('ruleText: a scoring rule in the 操作手册 wording', () => {
  it.each([
    [{ type: 'pass-fail' } as const, 5, '符合得满分（5分），不符合不得分'],
    [{ type: 'per-problem', deduct: 0.5 } as const, 4, '每发现一处问题扣0.5分，扣完为止'],
    [
      { type: 'per-point-below', target: 90, deduct: 1 } as const,
      10,
      '低于90%的，每低1个百分点扣1分，扣完为止'
    ],
    [{ type: 'ratio', target: 4 } as const, 2, '得分 = 实际/4 × 分值（2分），不超过分值'],
    [null, 3, '']
  ])('%j of %d → %s', (rule, max, text) => {
    expect(ruleText(rule, max)).toBe(text)
  })
})

describe('changeText: the direction of a change, never colour alone', () => {
  it.each([
    [2, '名', '↑2'],
    [-1, '名', '↓1'],
    [0, '名', '持平'],
    [null, '名', '—'],
    [1.256, '分', '↑1.26分'],
    [-0.5, '分', '↓0.5分']
  ] as const)('%s %s → %s', (change, unit, text) => {
    expect(changeText(change, unit)).toBe(text)
  })

  it('formats scores to at most two decimals', () => {
    expect(formatScore(85.004)).toBe('85')
    expect(formatScore(92.345)).toBe('92.35')
  })
})

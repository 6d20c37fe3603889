import { describe, expect, it } from 'vitest'
import { normalizeDateText, parsePercentText } from './date-text'

describe('what a clerk types into a cell', () => {
  it.each([
    ['2025-10-31', '2025-10-31'],
    ['2025/10/31', '2025-10-31'],
    ['2025.1.5', '2025-01-05'],
    ['2025年10月9日', '2025-10-09'],
    [' 2025-10-31 ', '2025-10-31'],
    ['', null],
    ['长期', null],
    [null, null],
    // Not a date: passed on as typed, so the contract names the field and the reason.
    ['2025-02-30', '2025-02-30'],
    ['下周五', '下周五']
  ])('date %o → %o', (typed, value) => {
    expect(normalizeDateText(typed)).toBe(value)
  })

  it.each([
    ['80', 80],
    ['80%', 80],
    ['８０％', 80],
    ['120', 120],
    ['五十', '五十'],
    ['', '']
  ])('percent %o → %o', (typed, value) => {
    expect(parsePercentText(typed)).toBe(value)
  })
})

import { describe, expect, it } from 'vitest'
import { shownCountText } from './shown-count'
import { formatCount } from '../../../shared/count-format'

describe('counts are printed one way', () => {
  it('groups thousands with a comma, small numbers unchanged', () => {
    expect(formatCount(20000)).toBe('20,000')
    expect(formatCount(1234567)).toBe('1,234,567')
    expect(formatCount(7)).toBe('7')
    expect(formatCount(0)).toBe('0')
  })

  it('the ledger count above the grid uses it', () => {
    expect(shownCountText(20000, 20000, false)).toBe('共20,000项任务')
    expect(shownCountText(1500, 20000, true)).toBe('显示1,500项，共20,000项任务')
  })
})

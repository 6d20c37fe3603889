import { describe, expect, it } from 'vitest'
import { memoryContext } from '../../../test/exchange-helpers'
import { openMemoryDatabase } from '../store/open-database'
import { buildWallChart } from './wall-chart'

describe('挂图作战 on a data file without villages (issue 13)', () => {
  it('按村 answers an empty chart the page can explain, not a not-found error', () => {
    const ctx = memoryContext(openMemoryDatabase())
    const chart = buildWallChart(ctx, { asOf: '2025-09-30', mode: 'villages' })
    expect(chart).toMatchObject({ mode: 'villages', item: null, items: [], rows: [] })
  })
})

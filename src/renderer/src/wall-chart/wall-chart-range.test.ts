import { describe, expect, it } from 'vitest'
import { chartExtent, zoomWindow, type Zoom } from './wall-chart-range'

const PLAN = { min: '2024-01-01', max: '2027-01-01' }

describe('the wall chart’s time window', () => {
  it.each<[string, Zoom, string, { start: string; end: string }]>([
    [
      '按月: the month before, the as-of month, two after',
      'month',
      '2025-09-30',
      { start: '2025-08-01', end: '2025-11-30' }
    ],
    ['按月 across New Year', 'month', '2025-01-15', { start: '2024-12-01', end: '2025-03-31' }],
    ['按月 across the other New Year', 'month', '2025-11-02', { start: '2025-10-01', end: '2026-01-31' }],
    ['按月 takes February’s real length', 'month', '2024-01-31', { start: '2024-01-01', end: '2024-03-31' }],
    [
      '按季: two quarters before, one after',
      'quarter',
      '2025-09-30',
      { start: '2025-01-01', end: '2025-12-31' }
    ],
    [
      '按季 from the first day of a quarter',
      'quarter',
      '2025-10-01',
      { start: '2025-04-01', end: '2026-03-31' }
    ],
    ['按季 clamped to the plan’s start', 'quarter', '2024-02-10', { start: '2024-01-01', end: '2024-06-30' }],
    ['按月 clamped to the plan’s end', 'month', '2026-12-20', { start: '2026-11-01', end: '2027-01-01' }],
    ['按年 shows everything', 'year', '2025-09-30', { start: '2024-01-01', end: '2027-01-01' }]
  ])('%s', (_why, zoom, asOf, window) => {
    expect(zoomWindow(zoom, asOf, PLAN)).toEqual(window)
  })

  it.each<[string, string[], { min: string; max: string }]>([
    [
      'whole years around every date',
      ['2025-03-01', '2024-06-30', '2026-10-31'],
      { min: '2024-01-01', max: '2027-01-01' }
    ],
    ['ignores an empty date', ['', '2025-05-05'], { min: '2025-01-01', max: '2026-01-01' }],
    ['one day still spans its year', ['2025-12-31'], { min: '2025-01-01', max: '2026-01-01' }]
  ])('the extent: %s', (_why, dates, extent) => {
    expect(chartExtent(dates)).toEqual(extent)
  })
})

import * as echarts from 'echarts'
import { describe, expect, it } from 'vitest'
import type { BarTone, WallChart, WallRow } from '../../../shared/contract'
import {
  buildWallOption,
  chartHeight,
  extentOf,
  HEADER_HEIGHT,
  MILESTONE_SERIES,
  rowsFitting,
  TONE_NAME,
  type WallChartView
} from './wall-chart-option'
import type { Zoom } from './wall-chart-range'

const PHASES: WallChart['phases'] = [
  { key: 'pilot', name: '试点先行', start: '2024-01-01', end: '2024-12-31' },
  { key: 'push', name: '全面推进', start: '2025-01-01', end: '2025-12-31' },
  { key: 'full-coverage', name: '全面覆盖', start: '2026-01-01', end: '2026-12-31' }
]
const TONES: BarTone[] = ['red', 'yellow', 'green', 'on-time', 'late']

const row = (id: number, fields: Partial<WallRow> = {}): WallRow => ({
  id,
  kind: 'task',
  label: `${id}.1 出租屋消防技改`,
  units: '市消防救援支队',
  start: '2025-03-01',
  end: '2025-10-31',
  openEnded: false,
  tone: 'green',
  lightLabel: '剩5个工作日',
  milestones: [],
  ...fields
})
const chart = (asOf: string, rows: WallRow[]): WallChart => ({
  asOf,
  mode: 'tasks',
  item: null,
  items: [],
  phases: PHASES,
  rows,
  notApplicable: 0,
  citywide: 0
})
/** A ledger's worth of rows: long titles, every light, open-ended ones, a milestone each. */
const busyRows = (count: number): WallRow[] =>
  Array.from({ length: count }, (_, i) =>
    row(i + 1, {
      label: `${i + 1}.1 推进城中村出租屋消防安全技术改造并建立长效管理机制`,
      start: '2024-03-01',
      end: '2026-06-30',
      openEnded: i % 4 === 0,
      tone: TONES[i % TONES.length],
      milestones: [{ id: i, title: '完成摸底', date: '2025-06-30', tone: 'on-time', label: '按期办结' }]
    })
  )
const view = (c: WallChart, zoom: Zoom = 'year', rowsShown?: number): WallChartView => ({
  chart: c,
  zoom,
  title: '城中村现代化治理挂图作战图',
  subtitle: '全市 · 按任务',
  rowsShown
})

// The option is loosely typed for ECharts; the tests read it as plain data.
/* eslint-disable @typescript-eslint/no-explicit-any */
const seriesOf = (c: WallChart, zoom: Zoom = 'year', rowsShown?: number): any[] =>
  buildWallOption(view(c, zoom, rowsShown)).series as any[]
const frameOf = (c: WallChart, zoom: Zoom = 'year'): any =>
  seriesOf(c, zoom).find((s) => s.name === '__frame')

describe('the wall chart’s size', () => {
  it.each([1, 2, 12, 40, 1000])('a chart sized for %i rows fits exactly that many', (rows) => {
    expect(rowsFitting(chartHeight(rows))).toBe(rows)
    expect(rowsFitting(chartHeight(rows) - 1)).toBe(Math.max(1, rows - 1))
  })

  it('keeps room for one row when there is none', () => {
    expect(chartHeight(0)).toBe(chartHeight(1))
    expect(rowsFitting(0)).toBe(1)
  })

  it('spans whole years around the phases, every bar and the as-of date', () => {
    expect(extentOf(chart('2025-09-30', [row(1)]))).toEqual({ min: '2024-01-01', max: '2027-01-01' })
    expect(extentOf(chart('2027-03-01', [row(1, { start: '2023-11-01' })]))).toEqual({
      min: '2023-01-01',
      max: '2028-01-01'
    })
  })
})

describe('the wall chart’s bars', () => {
  const rows = [
    row(1, { tone: 'red', end: '2025-09-01' }),
    row(2, { tone: 'green', openEnded: true, end: '2026-12-31' }),
    row(3, { tone: 'red', start: '2025-05-01', end: '2025-05-01' }),
    row(4, { tone: 'late' })
  ]

  it.each<[BarTone, unknown[][]]>([
    // Row index, start, the day after the deadline (so the deadline's own day is covered), open-ended.
    [
      'red',
      [
        [0, '2025-03-01', '2025-09-02', 0],
        [2, '2025-05-01', '2025-05-02', 0]
      ]
    ],
    ['green', [[1, '2025-03-01', '2027-01-01', 1]]],
    ['late', [[3, '2025-03-01', '2025-11-01', 0]]],
    ['yellow', []],
    ['on-time', []]
  ])('draws the %s bars in the series the legend names for that light', (tone, data) => {
    const series = seriesOf(chart('2025-09-30', rows)).find((s) => s.name === TONE_NAME[tone])
    expect(series.data).toEqual(data)
  })

  it('lists every light and the milestones in the legend, in the order of urgency', () => {
    const legend = buildWallOption(view(chart('2025-09-30', rows))).legend as { data: string[] }
    expect(legend.data).toEqual(['逾期', '临期', '正常推进', '按期办结', '逾期办结', MILESTONE_SERIES])
  })

  it('puts each milestone on its row at its date', () => {
    const withMilestones = [
      row(1),
      row(2, {
        milestones: [{ id: 7, title: '完成摸底', date: '2025-06-30', tone: 'red', label: '逾期3个工作日' }]
      })
    ]
    const milestones = seriesOf(chart('2025-09-30', withMilestones)).find((s) => s.name === MILESTONE_SERIES)
    expect(milestones.data.map((d: { value: unknown }) => d.value)).toEqual([['2025-06-30', 1]])
  })

  it('escapes a title in the tooltip instead of running it as HTML', () => {
    const c = chart('2025-09-30', [row(1, { label: '<img src=x onerror=alert(1)>', openEnded: true })])
    const green = seriesOf(c).find((s) => s.name === TONE_NAME.green)
    const text: string = green.tooltip.formatter({ value: [0] })
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(text).not.toContain('<img')
    expect(text).toContain('2025-03-01 至 长期')
  })
})

describe('the wall chart’s phases and as-of line', () => {
  it('tints one band per phase, from its first day to the day after its last', () => {
    const bands = frameOf(chart('2025-09-30', [row(1)])).markArea.data
    expect(
      bands.map((b: [{ xAxis: string; name: string }, { xAxis: string }]) => [
        b[0].name,
        b[0].xAxis,
        b[1].xAxis
      ])
    ).toEqual([
      ['2024年 试点先行', '2024-01-01', '2025-01-01'],
      ['2025年 全面推进', '2025-01-01', '2026-01-01'],
      ['2026年 全面覆盖', '2026-01-01', '2027-01-01']
    ])
  })

  it.each<[Zoom, string, boolean[]]>([
    ['year', '2025-09-30', [true, true, true]],
    // 按月 on 2025-09-30 opens on August to November 2025: only 全面推进 is in view.
    ['month', '2025-09-30', [false, true, false]],
    // 按月 in January 2025 opens on December 2024 to March 2025: two phases meet in view.
    ['month', '2025-01-15', [true, true, false]],
    ['quarter', '2026-02-01', [false, true, true]]
  ])('names only the phases in the opening window (%s, %s)', (zoom, asOf, shown) => {
    const bands = frameOf(chart(asOf, [row(1)]), zoom).markArea.data
    expect(bands.map((b: [{ label: { show: boolean } }]) => b[0].label.show)).toEqual(shown)
  })

  it('draws the as-of date as a line labelled with the date in Chinese', () => {
    const line = frameOf(chart('2025-09-30', [row(1)])).markLine
    expect(line.data).toEqual([{ xAxis: '2025-09-30' }])
    expect(line.label.formatter).toBe('统计截止 2025年9月30日')
  })
})

describe('the wall chart’s scrolling', () => {
  it.each<[string, number, number | undefined, number | null]>([
    ['scrolls 40 rows when 12 fit', 40, 12, 11],
    ['does not scroll when every row fits', 12, 12, null],
    ['does not scroll when fewer rows than fit', 5, 12, null],
    ['shows every row when nothing limits it (print, picture)', 40, undefined, null]
  ])('%s', (_why, count, rowsShown, lastShown) => {
    const option = buildWallOption(view(chart('2025-09-30', busyRows(count)), 'year', rowsShown))
    const rowZoom = (option.dataZoom as { yAxisIndex?: number; type: string; endValue?: number }[]).filter(
      (z) => z.yAxisIndex === 0 && z.type === 'slider'
    )
    expect(rowZoom.map((z) => z.endValue)).toEqual(lastShown === null ? [] : [lastShown])
  })
})

/**
 * Every piece of text of the chart drawn by ECharts itself at 1366 × …, with its width estimated as a
 * browser would draw it (a CJK character one em, anything else about 0.6 em).
 */
function textBoxes(option: object, width: number, height: number) {
  const chartInstance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  chartInstance.setOption(option)
  const svg = chartInstance.renderToSVGString()
  chartInstance.dispose()
  const boxes: { text: string; left: number; right: number; y: number }[] = []
  for (const match of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
    const [, attributes, text] = match
    const size = Number(/font-size:(\d+)px/.exec(attributes)?.[1] ?? 12)
    const anchor = /text-anchor="(\w+)"/.exec(attributes)?.[1] ?? 'start'
    const [tx, ty] = (/translate\(([-\d.]+) ([-\d.]+)\)/.exec(attributes) ?? ['', '0', '0'])
      .slice(1)
      .map(Number)
    const x = tx + Number(/ x="([-\d.]+)"/.exec(attributes)?.[1] ?? 0)
    const y = ty + Number(/ y="([-\d.]+)"/.exec(attributes)?.[1] ?? 0)
    const w = [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? size : size * 0.6), 0)
    const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x
    boxes.push({ text, left, right: left + w, y })
  }
  return boxes
}

describe('the wall chart at 1366 px (the office’s laptops)', () => {
  it.each<[Zoom, string]>([
    ['year', '2024-01-05'],
    ['year', '2025-09-30'],
    // A year-end report: the as-of line sits at the very right of the plan.
    ['year', '2026-12-20'],
    ['month', '2026-12-20'],
    ['quarter', '2024-01-05']
  ])('cuts no label at either edge (%s, as of %s)', (zoom, asOf) => {
    const option = buildWallOption(view(chart(asOf, busyRows(12)), zoom, 12))
    const boxes = textBoxes(option, 1366, chartHeight(12))
    expect(boxes.length).toBeGreaterThan(20)
    // Row labels ECharts truncated itself (with "...") are measured by its own estimate: checked below.
    const whole = boxes.filter((b) => !b.text.endsWith('...'))
    const cut = whole.filter((b) => b.left < 0 || b.right > 1366).map((b) => b.text)
    expect(cut).toEqual([])
  })

  it('keeps the as-of label, the phase names and the axis dates on separate lines above the rows', () => {
    const boxes = textBoxes(buildWallOption(view(chart('2025-09-30', busyRows(12)))), 1366, chartHeight(12))
    const yOf = (text: string) => boxes.find((b) => b.text === text)!.y
    const asOf = yOf('统计截止 2025年9月30日')
    const phase = yOf('2025年 全面推进')
    const axis = yOf('2025年')
    expect(asOf).toBeLessThan(phase - 12)
    expect(phase).toBeLessThan(axis - 12)
    expect(axis).toBeLessThan(HEADER_HEIGHT)
  })

  it('truncates a long title in the row labels rather than running it into the bars', () => {
    const boxes = textBoxes(buildWallOption(view(chart('2025-09-30', busyRows(3)))), 1366, chartHeight(3))
    const labels = boxes.filter((b) => b.text.startsWith('1.1 ') || b.text.startsWith('2.1 '))
    expect(labels).toHaveLength(2)
    for (const label of labels) {
      expect(label.text.endsWith('...')).toBe(true)
      expect(label.right).toBeLessThanOrEqual(262)
    }
  })
})

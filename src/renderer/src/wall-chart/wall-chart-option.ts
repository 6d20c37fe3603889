import { addDays, formatChineseDate, type IsoDate } from '../../../shared/civil-date'
import type { BarTone, WallChart, WallRow } from '../../../shared/contract'
import { echarts, type EChartsOption } from '../charts/echarts-setup'
import { LIGHT_COLORS } from '../styles/theme'
import { chartExtent, zoomWindow, ZOOM_TICK_DAYS, type Zoom } from './wall-chart-range'

export const ROW_HEIGHT = 24
export const HEADER_HEIGHT = 156
export const FOOTER_HEIGHT = 16

export const TONE_COLOR: Record<BarTone, string> = {
  red: LIGHT_COLORS.red,
  yellow: LIGHT_COLORS.yellow,
  green: LIGHT_COLORS.green,
  'on-time': LIGHT_COLORS.done,
  late: '#8d6e63'
}

export const TONE_NAME: Record<BarTone, string> = {
  red: '逾期',
  yellow: '临期',
  green: '正常推进',
  'on-time': '按期办结',
  late: '逾期办结'
}

const TONES: BarTone[] = ['red', 'yellow', 'green', 'on-time', 'late']
const PHASE_TINT = ['rgba(21, 101, 192, 0.06)', 'rgba(183, 28, 28, 0.06)', 'rgba(46, 125, 50, 0.07)']
const PHASE_TEXT = ['#1565c0', '#b71c1c', '#2e7d32']
export const MILESTONE_SERIES = '时间节点'

export function chartHeight(rows: number): number {
  return HEADER_HEIGHT + Math.max(rows, 1) * ROW_HEIGHT + FOOTER_HEIGHT
}

export interface WallChartView {
  chart: WallChart
  zoom: Zoom
  title: string
  subtitle: string
  /** Rows that fit on screen; more rows scroll (wheel or the slider on the right). All when omitted. */
  rowsShown?: number
  /**
   * The box is too narrow for the title and the legend side by side (1366×768 with the area tree open):
   * the legend moves down to the subtitle's row, which is short, so neither is cut or overlapped.
   */
  narrow?: boolean
}

/** Below this width (CSS px) the title and the legend no longer fit on one row. */
export const NARROW_WIDTH = 1100

/** Rows that fit in a chart of the given height. */
export function rowsFitting(height: number): number {
  return Math.max(1, Math.floor((height - HEADER_HEIGHT - FOOTER_HEIGHT) / ROW_HEIGHT))
}

/** The time the chart spans: the phases, every bar and the as-of date, in whole years. */
export function extentOf(chart: WallChart): { min: IsoDate; max: IsoDate } {
  return chartExtent([
    ...chart.phases.flatMap((p) => [p.start, p.end]),
    ...chart.rows.flatMap((r) => [r.start, r.end]),
    chart.asOf
  ])
}

/** The rectangle of one bar, clipped to the plot so a bar running off the window is cut, not drawn over labels. */
function renderBar(params: unknown, api: unknown): unknown {
  const a = api as {
    value(i: number): number
    coord(v: [number, number]): [number, number]
    size(v: [number, number]): [number, number]
    style(): Record<string, unknown>
  }
  const p = params as { coordSys: { x: number; y: number; width: number; height: number } }
  const row = a.value(0)
  const start = a.coord([a.value(1), row])
  const end = a.coord([a.value(2), row])
  const height = a.size([0, 1])[1] * 0.56
  const shape = echarts.graphic.clipRectByRect(
    { x: start[0], y: start[1] - height / 2, width: Math.max(end[0] - start[0], 2), height },
    { x: p.coordSys.x, y: p.coordSys.y, width: p.coordSys.width, height: p.coordSys.height }
  )
  if (!shape) return null
  const openEnded = a.value(3) === 1
  return {
    type: 'rect',
    shape,
    style: openEnded ? { ...a.style(), opacity: 0.45 } : a.style()
  }
}

/**
 * The wall chart as one ECharts option: a bar per row from start to deadline (one series per light, so
 * the legend names and toggles them), milestones as diamonds, the three phases as tinted bands, and the
 * as-of date as a red line. Time runs along the top, rows down the side, as on the office wall.
 */
export function buildWallOption(view: WallChartView): EChartsOption {
  const { chart, zoom } = view
  const rows = chart.rows
  // On screen a canvas as tall as 1,000 rows is slow to draw: show what fits and scroll the rest.
  const scrollRows = view.rowsShown !== undefined && view.rowsShown < rows.length
  const extent = extentOf(chart)
  const window = zoomWindow(zoom, chart.asOf, extent)
  const rowAt = (i: number): WallRow => rows[i]

  const barSeries = TONES.map((tone) => ({
    name: TONE_NAME[tone],
    type: 'custom',
    renderItem: renderBar,
    itemStyle: { color: TONE_COLOR[tone] },
    encode: { x: [1, 2], y: 0 },
    dimensions: ['row', { name: 'start', type: 'time' }, { name: 'end', type: 'time' }, 'openEnded'],
    data: rows.flatMap((r, i) =>
      r.tone === tone ? [[i, r.start, addDays(r.end, 1), r.openEnded ? 1 : 0]] : []
    ),
    tooltip: {
      formatter: (p: { value: [number] }) => {
        const r = rowAt(p.value[0])
        return [
          `<b>${escapeHtml(r.label)}</b>`,
          r.units ? escapeHtml(r.units) : '',
          `${r.start} 至 ${r.openEnded ? '长期' : r.end}`,
          `<span style="color:${TONE_COLOR[r.tone]}">●</span> ${escapeHtml(r.lightLabel)}`
        ]
          .filter(Boolean)
          .join('<br/>')
      }
    }
  }))

  const milestones = {
    name: MILESTONE_SERIES,
    type: 'scatter',
    symbol: 'diamond',
    symbolSize: 11,
    itemStyle: { color: '#37474f', borderColor: '#fff', borderWidth: 1 },
    z: 5,
    data: rows.flatMap((r, i) =>
      r.milestones.map((m) => ({
        value: [m.date, i],
        itemStyle: { color: TONE_COLOR[m.tone] },
        milestone: m
      }))
    ),
    tooltip: {
      formatter: (p: { value: [string, number]; data: { milestone: WallRow['milestones'][number] } }) => {
        const m = p.data.milestone
        return `<b>${escapeHtml(rowAt(p.value[1]).label)}</b><br/>时间节点：${escapeHtml(m.title)}<br/>${m.date}（${escapeHtml(m.label)}）`
      }
    }
  }

  const frame = {
    name: '__frame',
    type: 'line',
    data: [],
    silent: true,
    markArea: {
      silent: true,
      // Above the time axis's labels, in the band's own colour.
      label: { position: 'top', distance: 26, fontSize: 13, fontWeight: 'bold' },
      data: chart.phases.map((p, i) => [
        {
          name: `${p.start.slice(0, 4)}年 ${p.name}`,
          xAxis: p.start,
          itemStyle: { color: PHASE_TINT[i % PHASE_TINT.length] },
          // A phase wholly outside the opening window would put its name at the window's edge.
          label: {
            color: PHASE_TEXT[i % PHASE_TEXT.length],
            show: p.start <= window.end && p.end >= window.start
          }
        },
        { xAxis: addDays(p.end, 1) }
      ])
    },
    markLine: {
      silent: true,
      symbol: 'none',
      lineStyle: { color: '#b71c1c', width: 2, type: 'solid' },
      // A row above the phase names, so the two never overlap. The text ends at the line: centred on it,
      // a year-end as-of date ran past the chart's right edge; to the left it has the row labels' 262 px.
      label: {
        formatter: `统计截止 ${formatChineseDate(chart.asOf)}`,
        position: 'start',
        distance: 46,
        align: 'right',
        color: '#b71c1c',
        fontWeight: 'bold'
      },
      data: [{ xAxis: chart.asOf }]
    }
  }

  return {
    // Opaque white, as on paper: the picture exported or printed is the one on screen.
    backgroundColor: '#ffffff',
    title: {
      text: view.title,
      subtext: view.subtitle,
      left: 16,
      top: 8,
      textStyle: { fontSize: 18 },
      subtextStyle: { fontSize: 12, color: '#595959' }
    },
    legend: {
      top: view.narrow ? 38 : 14,
      right: 24,
      data: [...TONES.map((t) => TONE_NAME[t]), MILESTONE_SERIES],
      itemWidth: 16,
      itemHeight: 10
    },
    tooltip: { trigger: 'item', confine: true },
    grid: { left: 262, right: scrollRows ? 32 : 28, top: HEADER_HEIGHT, bottom: FOOTER_HEIGHT },
    dataZoom: [
      {
        type: 'slider',
        xAxisIndex: 0,
        filterMode: 'none',
        top: 58,
        height: 16,
        startValue: window.start,
        endValue: window.end,
        labelFormatter: (value: number) => formatChineseDate(isoOf(value)),
        showDetail: true
      },
      {
        type: 'inside',
        xAxisIndex: 0,
        filterMode: 'none',
        zoomOnMouseWheel: 'ctrl',
        moveOnMouseWheel: false,
        moveOnMouseMove: true
      },
      ...(scrollRows
        ? [
            {
              type: 'slider',
              yAxisIndex: 0,
              filterMode: 'filter',
              right: 6,
              width: 14,
              top: HEADER_HEIGHT,
              bottom: FOOTER_HEIGHT,
              startValue: 0,
              endValue: view.rowsShown! - 1,
              zoomLock: true,
              showDetail: false,
              brushSelect: false
            },
            {
              type: 'inside',
              yAxisIndex: 0,
              filterMode: 'filter',
              zoomLock: true,
              zoomOnMouseWheel: false,
              moveOnMouseWheel: true,
              moveOnMouseMove: false
            }
          ]
        : [])
    ],
    xAxis: {
      type: 'time',
      position: 'top',
      min: extent.min,
      max: extent.max,
      minInterval: ZOOM_TICK_DAYS[zoom] * 86_400_000,
      axisLabel: {
        hideOverlap: true,
        formatter: { year: '{yyyy}年', month: '{M}月', day: '{M}月{d}日' }
      },
      splitLine: { show: true, lineStyle: { color: '#eeeeee' } }
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisTick: { show: false },
      axisLabel: { width: 240, overflow: 'truncate', fontSize: 12, margin: 10 },
      splitLine: { show: true, lineStyle: { color: '#f3f3f3' } }
    },
    series: [frame, ...barSeries, milestones]
  }
}

function isoOf(ms: number): IsoDate {
  const d = new Date(ms)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
  )
}

import { Empty } from 'antd'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { WallChart, WallRow } from '../../../shared/contract'
import { EChart } from '../charts/EChart'
import type { EChartsInstance } from '../charts/echarts-setup'
import { buildWallOption, chartHeight, extentOf, NARROW_WIDTH, rowsFitting } from './wall-chart-option'
import { zoomWindow, type Zoom } from './wall-chart-range'

/**
 * The wall chart itself, filling its box: the rows that fit, the rest a wheel away (the picture for the
 * wall has every row, see picture.ts); a click on a bar or a milestone opens that task or village item.
 */
export function WallChartBoard(props: {
  chart: WallChart
  zoom: Zoom
  title: string
  subtitle: string
  onOpen(row: WallRow): void
  onReady(chart: EChartsInstance | null): void
}): React.JSX.Element {
  const { chart, zoom, title, subtitle, onOpen, onReady } = props
  const box = useRef<HTMLDivElement>(null)
  const [boxHeight, setBoxHeight] = useState(0)
  const [boxWidth, setBoxWidth] = useState(0)
  useEffect(() => {
    const element = box.current
    if (!element) return
    const observer = new ResizeObserver(() => {
      setBoxHeight(element.clientHeight)
      setBoxWidth(element.clientWidth)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  const rowsShown = boxHeight > 0 ? rowsFitting(boxHeight) : undefined
  const fits = rowsShown === undefined || chart.rows.length <= rowsShown
  const narrow = boxWidth > 0 && boxWidth < NARROW_WIDTH
  const option = useMemo(
    () => buildWallOption({ chart, zoom, title, subtitle, rowsShown: fits ? undefined : rowsShown, narrow }),
    [chart, zoom, title, subtitle, fits, rowsShown, narrow]
  )
  const height = fits ? chartHeight(chart.rows.length) : boxHeight
  const events = useMemo(
    () => ({
      click: (p: unknown) => {
        const params = p as { seriesType: string; value: unknown[] }
        const index =
          params.seriesType === 'scatter' ? (params.value[1] as number) : (params.value[0] as number)
        const row = chart.rows[index]
        if (row) onOpen(row)
      }
    }),
    [chart, onOpen]
  )
  // What the picture holds, for tests and assistive tools; the drawing itself is a canvas.
  const window_ = zoomWindow(zoom, chart.asOf, extentOf(chart))
  const facts = {
    'data-rows': chart.rows.length,
    'data-milestones': chart.rows.reduce((n, r) => n + r.milestones.length, 0),
    'data-phases': chart.phases.map((p) => p.name).join(','),
    'data-today': chart.asOf,
    'data-window': `${window_.start}..${window_.end}`
  }
  return (
    <div ref={box} style={{ height: '100%', minHeight: 0 }}>
      {chart.rows.length === 0 ? (
        <Empty style={{ marginTop: 64 }} description={emptyText(chart)} data-testid="wall-empty" />
      ) : boxHeight > 0 ? (
        <EChart
          option={option}
          onEvents={events}
          onReady={onReady}
          // The chart fits the box's width (no minimum width: at 1366×768 a fixed 900 px cut the legend's
          // right end off); the time axis narrows, the row labels keep their column.
          style={{ height }}
          {...facts}
          data-testid="wall-chart"
          aria-label={title}
        />
      ) : null}
    </div>
  )
}

/** Says why there is nothing to draw, and what brings rows: a file without villages is not an error. */
function emptyText(chart: WallChart): string {
  if (chart.mode === 'villages' && chart.items.length === 0)
    return '数据文件中还没有城中村和村治理事项。请在“治理事项”页用“导入村治理事项”导入村治理事项明细，按村挂图随后列出每个村的进度。'
  if (chart.mode === 'tasks' && chart.citywide === 0)
    return '所选区域内还没有任务。请在“任务台账”页新增任务或导入台账。'
  return '所选区域内没有可显示的任务或村治理事项'
}

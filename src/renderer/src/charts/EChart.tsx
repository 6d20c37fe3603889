import { useEffect, useRef } from 'react'
import { CHART_TEXT_STYLE, echarts, type EChartsInstance, type EChartsOption } from './echarts-setup'

export interface EChartProps {
  option: EChartsOption
  /** CSS size of the chart box; the chart follows the box when it resizes. */
  style?: React.CSSProperties
  className?: string
  /** For canvases taller than the GPU allows at the screen's ratio (a wall chart of 1,000 rows). */
  devicePixelRatio?: number
  /** Handlers by ECharts event name, e.g. { click: (params) => … }. */
  onEvents?: Record<string, (params: unknown) => void>
  /** Receives the instance once made (and null when gone), e.g. to export a picture. */
  onReady?: (chart: EChartsInstance | null) => void
  'aria-label'?: string
  /** data-testid and facts about the picture (data-rows …) go on the chart's box. */
  [data: `data-${string}`]: string | number | undefined
}

/**
 * One ECharts chart in a React tree: made once for its box, given each new option whole (notMerge, so
 * a series that went away does not linger), resized with its box, disposed with the component.
 */
export function EChart(props: EChartProps): React.JSX.Element {
  const {
    option,
    style,
    className,
    devicePixelRatio,
    onEvents,
    onReady,
    'aria-label': label,
    ...data
  } = props
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<EChartsInstance | null>(null)
  const readyRef = useRef(onReady)
  useEffect(() => {
    readyRef.current = onReady
  })

  useEffect(() => {
    const element = box.current!
    const instance = echarts.init(element, null, { renderer: 'canvas', devicePixelRatio, locale: 'ZH' })
    chart.current = instance
    readyRef.current?.(instance)
    const observer = new ResizeObserver(() => instance.resize())
    observer.observe(element)
    return () => {
      observer.disconnect()
      readyRef.current?.(null)
      instance.dispose()
      chart.current = null
    }
  }, [devicePixelRatio])

  useEffect(() => {
    chart.current?.setOption({ textStyle: CHART_TEXT_STYLE, animation: false, ...option }, { notMerge: true })
  }, [option, devicePixelRatio])

  useEffect(() => {
    const instance = chart.current
    if (!instance || !onEvents) return
    for (const [name, handler] of Object.entries(onEvents)) instance.on(name, handler)
    return () => {
      for (const [name, handler] of Object.entries(onEvents)) instance.off(name, handler)
    }
  }, [onEvents, devicePixelRatio])

  return <div ref={box} className={className} style={style} {...data} role="img" aria-label={label} />
}

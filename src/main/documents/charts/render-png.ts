import { Resvg } from '@resvg/resvg-js'
import * as echarts from 'echarts'
import { CHART_FONT_FAMILY, chartFontCovers, chartFontPath } from './chart-font'

export interface ChartImage {
  png: Buffer
  /** The SVG the PNG was drawn from. */
  svg: string
  /** Logical size in CSS pixels (96 per inch), the size the image takes in the document. */
  width: number
  height: number
}

/** Pixels per logical pixel: 3 × 96 = 288 dpi, sharp in print. */
const ZOOM = 3

/**
 * Renders an ECharts option server-side to SVG (no DOM, no canvas), then to PNG with resvg and the
 * shipped CJK font, loaded explicitly: with no font resvg silently drops every label.
 */
export function renderChart(option: echarts.EChartsCoreOption, width: number, height: number): ChartImage {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  let svg: string
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT_FAMILY }, ...option })
    svg = chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: ZOOM },
    background: '#ffffff',
    font: {
      // A name with a hanzi the shipped font lacks (rare: GBK beyond the listed place-name characters)
      // falls back to the machine's fonts rather than losing the character.
      loadSystemFonts: !chartFontCovers(svg),
      fontFiles: [chartFontPath()],
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY
    }
  })
    .render()
    .asPng()
  return { png, svg, width, height }
}

import { BarChart, CustomChart, LineChart, ScatterChart } from 'echarts/charts'
import {
  DataZoomComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent
} from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { UI_FONT_FAMILY } from '../styles/theme'

// Only the parts the dashboard and the wall chart draw with, so the bundle stays lean.
echarts.use([
  BarChart,
  CustomChart,
  LineChart,
  ScatterChart,
  DataZoomComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer
])

export { echarts }
export type EChartsOption = echarts.EChartsCoreOption
export type EChartsInstance = echarts.ECharts

/** Chinese UI fonts for every chart's text (ECharts does not inherit the page's font). */
export const CHART_TEXT_STYLE = { fontFamily: UI_FONT_FAMILY, fontSize: 12 }

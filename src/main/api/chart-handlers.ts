import type { chartsContract } from '../../shared/contract/charts'
import type { AppContext } from '../app-context'
import { buildDashboardCharts } from '../charts/dashboard-charts'
import { savePng } from '../charts/png-file'
import { buildWallChart } from '../charts/wall-chart'
import type { HandlerGroup } from './handlers'

export function chartHandlers(ctx: AppContext): HandlerGroup<keyof typeof chartsContract & string> {
  return {
    'chart.dashboard': ({ asOf }) => buildDashboardCharts(ctx, asOf),
    'chart.wall': (query) => buildWallChart(ctx, query),
    'chart.savePng': ({ ref, dataUrl }) => savePng(ctx, ref, dataUrl)
  }
}

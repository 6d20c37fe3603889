import type { AppContext } from '../app-context'
import { buildDashboardCharts } from '../chart/dashboard-charts'
import { savePng } from '../chart/png-file'
import { buildWallChart } from '../chart/wall-chart'
import type { chartContract } from '../../shared/contract/chart'
import type { HandlerGroup } from './handler-types'

export function chartHandlers(ctx: AppContext): HandlerGroup<typeof chartContract> {
  return {
    'chart.dashboard': ({ asOf }) => buildDashboardCharts(ctx, asOf),
    'chart.wall': (query) => buildWallChart(ctx, query),
    'chart.savePng': ({ ref, dataUrl }) => savePng(ctx, ref, dataUrl)
  }
}

import { Card } from 'antd'
import { useMemo } from 'react'
import type { UnitLights } from '../../../shared/contract'
import { EChart } from '../charts/EChart'
import { ChartEmpty } from './ChartEmpty'
import type { EChartsOption } from '../charts/echarts-setup'
import { SERIES, SERIES_ORDER } from './chart-colors'
import { formatCount } from '../../../shared/count-format'

const SHOWN = 10

/** 牵头单位亮灯: tasks per lead unit by light, the units with most red first (the top ten). */
export function UnitLightsChart({ units }: { units: UnitLights[] }): React.JSX.Element {
  const top = useMemo(() => units.slice(0, SHOWN), [units])
  const option = useMemo<EChartsOption>(
    () => ({
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, itemWidth: 12, itemHeight: 10 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: top.map((u) => u.unit),
        axisLabel: { width: 120, overflow: 'truncate' }
      },
      series: [...SERIES_ORDER].reverse().map((k) => ({
        name: SERIES[k].name,
        type: 'bar',
        stack: 'tasks',
        barWidth: '60%',
        itemStyle: { color: SERIES[k].color },
        data: top.map((u) => u[k])
      }))
    }),
    [top]
  )
  return (
    <Card
      size="small"
      title={
        units.length === 0
          ? '牵头单位任务亮灯'
          : `牵头单位任务亮灯（按红灯数排序，前${formatCount(Math.min(SHOWN, units.length))}个）`
      }
      style={{ height: '100%' }}
      data-testid="unit-chart"
    >
      {units.length === 0 ? (
        <ChartEmpty
          height={260}
          text="还没有任务。在“任务台账”页新增或导入任务后，这里显示各牵头单位的亮灯。"
        />
      ) : (
        <EChart option={option} style={{ height: 260 }} aria-label="牵头单位任务亮灯图" />
      )}
    </Card>
  )
}

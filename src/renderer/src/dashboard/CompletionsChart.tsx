import { Card } from 'antd'
import { useMemo } from 'react'
import type { MonthCompletions } from '../../../shared/contract'
import { EChart } from '../charts/EChart'
import { ChartEmpty } from './ChartEmpty'
import type { EChartsOption } from '../charts/echarts-setup'
import { LIGHT_COLORS } from '../styles/theme'

/** 每月办结数: village items (bars, left axis) and tasks (line, right axis) completed each month. */
export function CompletionsChart({ months }: { months: MonthCompletions[] }): React.JSX.Element {
  const option = useMemo<EChartsOption>(
    () => ({
      grid: { left: 48, right: 40, top: 40, bottom: 48 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: months.map((m) => `${m.month.slice(0, 4)}年${Number(m.month.slice(5))}月`),
        axisLabel: { interval: 'auto', rotate: 0 }
      },
      yAxis: [
        { type: 'value', name: '村治理事项', minInterval: 1 },
        { type: 'value', name: '任务', minInterval: 1, splitLine: { show: false } }
      ],
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 6 }],
      series: [
        {
          name: '村治理事项办结数',
          type: 'bar',
          itemStyle: { color: LIGHT_COLORS.green },
          data: months.map((m) => m.villageItems)
        },
        {
          name: '任务办结数',
          type: 'line',
          yAxisIndex: 1,
          symbolSize: 5,
          itemStyle: { color: '#b71c1c' },
          data: months.map((m) => m.tasks)
        }
      ]
    }),
    [months]
  )
  return (
    <Card size="small" title="每月办结数" style={{ height: '100%' }} data-testid="completions-chart">
      {months.every((m) => m.villageItems === 0 && m.tasks === 0) ? (
        <ChartEmpty height={372} text="还没有办结的任务或村治理事项。填报办结后，这里按月统计。" />
      ) : (
        <EChart option={option} style={{ height: 372 }} aria-label="每月办结数图" />
      )}
    </Card>
  )
}

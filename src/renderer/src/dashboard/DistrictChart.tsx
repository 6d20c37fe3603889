import { Card } from 'antd'
import { useMemo } from 'react'
import type { DistrictVillageItems } from '../../../shared/contract'
import { EChart } from '../charts/EChart'
import { ChartEmpty } from './ChartEmpty'
import type { EChartsOption } from '../charts/echarts-setup'
import { SERIES, SERIES_ORDER } from './chart-colors'
import { formatCount } from '../../../shared/count-format'

/**
 * 各区完成情况: each district's village items as shares of done / green / yellow / red (100% stacked),
 * so a small district and a large one compare fairly; the tooltip gives the counts. A click on a
 * district opens its matrix.
 */
export function DistrictChart({
  districts,
  onPick
}: {
  districts: DistrictVillageItems[]
  onPick(district: DistrictVillageItems): void
}): React.JSX.Element {
  const option = useMemo<EChartsOption>(
    () => ({
      grid: { left: 44, right: 12, top: 36, bottom: 28 },
      legend: { top: 0, itemWidth: 12, itemHeight: 10 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: { dataIndex: number }[]) => {
          const d = districts[params[0].dataIndex]
          return [
            `<b>${d.district}</b>（${formatCount(d.villages)}个城中村，${formatCount(d.total)}项）`,
            ...SERIES_ORDER.map(
              (k) => `${SERIES[k].name}：${formatCount(d[k])}项（${share(d[k], d.total)}%）`
            )
          ].join('<br/>')
        }
      },
      xAxis: { type: 'category', data: districts.map((d) => d.district) },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: SERIES_ORDER.map((k) => ({
        name: SERIES[k].name,
        type: 'bar',
        stack: 'share',
        barWidth: '55%',
        itemStyle: { color: SERIES[k].color },
        label:
          k === 'done'
            ? { show: true, position: 'insideTop', color: '#fff', formatter: '{c}%', fontSize: 11 }
            : { show: false },
        data: districts.map((d) => share(d[k], d.total))
      }))
    }),
    [districts]
  )
  const events = useMemo(
    () => ({ click: (p: unknown) => onPick(districts[(p as { dataIndex: number }).dataIndex]) }),
    [districts, onPick]
  )
  return (
    <Card size="small" title="各区村治理事项完成情况" style={{ height: '100%' }} data-testid="district-chart">
      {districts.length === 0 ? (
        <ChartEmpty
          height={260}
          text="还没有城中村。在“治理事项”页导入村治理事项后，这里显示各区完成情况。"
        />
      ) : (
        <EChart
          option={option}
          onEvents={events}
          style={{ height: 260 }}
          aria-label="各区村治理事项完成情况图"
        />
      )}
    </Card>
  )
}

function share(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part / total) * 1000) / 10
}

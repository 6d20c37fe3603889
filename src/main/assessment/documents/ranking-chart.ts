import type { AreaScore } from '../../../shared/contract/assessment'
import { renderChart, type ChartImage } from '../../documents/charts/render-png'

const WIDTH = 590
const HEIGHT = 260

/** 各区测评得分: one bar per 区 in rank order, labelled with its total; 黑榜 bars dark grey, others blue. */
export function rankingChart(districts: readonly AreaScore[]): ChartImage {
  const scored = districts.filter((d) => d.total !== null)
  const low = Math.max(0, Math.floor(Math.min(...scored.map((d) => d.total ?? 0)) / 10) * 10 - 10)
  return renderChart(
    {
      grid: { top: 28, left: 48, right: 12, bottom: 28 },
      xAxis: {
        type: 'category',
        data: scored.map((d) => d.name),
        axisTick: { show: false },
        axisLabel: { fontSize: 12, color: '#222', interval: 0 }
      },
      yAxis: {
        type: 'value',
        min: low,
        max: 100,
        axisLabel: { fontSize: 11, color: '#444' },
        splitLine: { lineStyle: { color: '#e3e3e3' } }
      },
      series: [
        {
          name: '总分',
          type: 'bar',
          barMaxWidth: 40,
          // Two decimals, as the table beside it prints them (97.10, not 97.1).
          label: {
            show: true,
            position: 'top',
            fontSize: 11,
            color: '#222',
            formatter: (p: { value: unknown }) => Number(p.value).toFixed(2)
          },
          data: scored.map((d) => ({
            value: d.total,
            itemStyle: { color: d.board === 'black' ? '#555555' : '#1F4E8C' }
          }))
        }
      ]
    },
    WIDTH,
    HEIGHT
  )
}

import type { DistrictProgress } from '../../../shared/contract'
import { renderChart, type ChartImage } from './render-png'

/** 156 mm (the 版心 width) at 96 px per inch, and a height that leaves room for the text around it. */
const WIDTH = 590
const HEIGHT = 270

/**
 * 各区城中村治理事项完成率和按期率: one pair of bars per district, in rank order, each labelled with its
 * value. Dark and light blue stay distinguishable when the briefing is printed in black and white.
 */
export function districtChart(districts: readonly DistrictProgress[]): ChartImage {
  const names = districts.map((d) => d.district)
  // Values inside the top of each bar: above the bars, the labels of two close values collide.
  const label = (color: string) => ({
    show: true,
    position: 'insideTop',
    distance: 3,
    fontSize: 10,
    color,
    formatter: '{c}%'
  })
  return renderChart(
    {
      color: ['#1F4E8C', '#9DB9E0'],
      legend: { top: 4, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 12, color: '#333' } },
      grid: { top: 40, left: 48, right: 12, bottom: 28 },
      xAxis: {
        type: 'category',
        data: names,
        axisTick: { show: false },
        axisLabel: { fontSize: 12, color: '#222', interval: 0 }
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: 100,
        interval: 20,
        axisLabel: { fontSize: 11, color: '#444', formatter: '{value}%' },
        splitLine: { lineStyle: { color: '#e3e3e3' } }
      },
      series: [
        {
          name: '完成率',
          type: 'bar',
          barGap: '10%',
          barMaxWidth: 34,
          label: label('#ffffff'),
          data: districts.map((d) => d.completionRate)
        },
        {
          name: '按期率',
          type: 'bar',
          barMaxWidth: 34,
          label: label('#12325c'),
          data: districts.map((d) => d.onTimeRate)
        }
      ]
    },
    WIDTH,
    HEIGHT
  )
}

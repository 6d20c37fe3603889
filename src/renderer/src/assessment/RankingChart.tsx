import { useMemo } from 'react'
import type { AreaScore } from '../../../shared/contract'
import { EChart } from '../charts/EChart'
import type { EChartsOption } from '../charts/echarts-setup'
import { BOARD_COLORS } from './board-colors'
import { formatScore } from './rule-text'

/** 总分 of one ranking as bars in rank order, coloured by board (红榜 red, 黑榜 dark grey); a click explains the score. */
export function RankingChart(props: {
  rows: readonly AreaScore[]
  onPick(area: AreaScore): void
}): React.JSX.Element {
  const scored = useMemo(() => props.rows.filter((r) => r.total !== null), [props.rows])
  const option = useMemo<EChartsOption>(() => {
    const low = Math.min(...scored.map((r) => r.total ?? 100), 100)
    return {
      grid: { left: 40, right: 12, top: 28, bottom: 40 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: { dataIndex: number }[]) => {
          const r = scored[params[0].dataIndex]
          const board = r.board === 'red' ? '红榜' : r.board === 'black' ? '黑榜' : ''
          return `<b>第${r.rank}名 ${r.name}</b><br/>总分：${formatScore(r.total ?? 0)}${board ? `<br/>${board}：${r.boardReason ?? ''}` : ''}`
        }
      },
      xAxis: {
        type: 'category',
        data: scored.map((r) => r.name),
        axisLabel: { interval: 0, rotate: scored.length > 8 ? 30 : 0 }
      },
      // A floor under the lowest score, so a two-point gap between areas is visible.
      yAxis: { type: 'value', min: Math.max(0, Math.floor((low - 5) / 5) * 5), max: 100 },
      series: [
        {
          type: 'bar',
          barMaxWidth: 44,
          label: { show: true, position: 'top', formatter: (p: { value: number }) => formatScore(p.value) },
          data: scored.map((r) => ({
            value: r.total,
            itemStyle: { color: r.board ? BOARD_COLORS[r.board] : BOARD_COLORS.none }
          }))
        }
      ]
    }
  }, [scored])
  const events = useMemo(
    () => ({ click: (p: unknown) => props.onPick(scored[(p as { dataIndex: number }).dataIndex]) }),
    [scored, props]
  )
  return (
    <EChart
      option={option}
      onEvents={events}
      style={{ height: 240 }}
      aria-label="测评总分排名图"
      data-testid="ranking-chart"
      data-bars={scored.length}
    />
  )
}

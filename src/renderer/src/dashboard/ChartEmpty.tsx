import { Empty } from 'antd'

/**
 * A chart with nothing to draw says what would fill it, at the chart's height, instead of empty axes
 * (a new data file, or one with tasks but no villages).
 */
export function ChartEmpty({ height, text }: { height: number; text: string }): React.JSX.Element {
  return (
    <div style={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} data-testid="chart-empty" />
    </div>
  )
}

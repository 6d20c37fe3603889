import { RightOutlined } from '@ant-design/icons'
import { Button, Card, Space, Statistic } from 'antd'
import { formatChineseDate, type IsoDate } from '../../../shared/civil-date'
import { ROUND_UNIT_STATE_LABEL } from '../../../shared/contract/round'
import { useApi } from '../api/hooks'
import { ROUND_STATE_COLORS, ROUND_STATE_ORDER, formatRate, latestOpenRound } from '../rounds/round-states'

/**
 * 总览's 报送情况: where the latest open round stands, unit counts by state and 按时报送率, one click from
 * the round itself. Nothing is drawn before the first round.
 */
export function RoundStatusCard(props: {
  asOf: IsoDate
  onOpen(id: number): void
}): React.JSX.Element | null {
  const rounds = useApi('round.list', {})
  const round = rounds.data ? latestOpenRound(rounds.data) : null
  const board = useApi('round.status', { id: round?.id ?? 1, asOf: props.asOf }, { enabled: round !== null })
  if (!round) return null
  const b = board.data
  return (
    <Card
      size="small"
      title={`报送情况：${round.title}（报送截止${formatChineseDate(round.due)}）`}
      loading={board.isPending}
      data-testid="round-status-card"
      extra={
        <Button type="link" size="small" onClick={() => props.onOpen(round.id)}>
          打开填报 <RightOutlined />
        </Button>
      }
    >
      <Space size={40} wrap>
        {ROUND_STATE_ORDER.map((state) => (
          <Statistic
            key={state}
            title={ROUND_UNIT_STATE_LABEL[state]}
            value={b?.counts[state] ?? 0}
            styles={{ content: { color: ROUND_STATE_COLORS[state] } }}
            data-testid={`card-count-${state}`}
          />
        ))}
        <Statistic
          title="按时报送率"
          value={b ? formatRate(b.onTimeRate) : '—'}
          data-testid="card-on-time-rate"
        />
      </Space>
    </Card>
  )
}

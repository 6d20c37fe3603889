import { PlusOutlined } from '@ant-design/icons'
import { Button, Empty, List, Tag, Typography } from 'antd'
import { formatChineseDate, type IsoDate } from '../../../shared/civil-date'
import type { RoundSummary } from '../../../shared/contract'
import { formatCount } from '../../../shared/count-format'

/** The rounds, newest first; the chosen one is open on the right. A round is a button, so Tab reaches it. */
export function RoundList(props: {
  rounds: readonly RoundSummary[]
  selected: number | null
  asOf: IsoDate
  onSelect(id: number): void
  onOpenRound(): void
}): React.JSX.Element {
  return (
    <div className="round-list" data-testid="round-list">
      <Button
        type="primary"
        icon={<PlusOutlined />}
        block
        onClick={props.onOpenRound}
        data-testid="open-round"
      >
        发起填报…
      </Button>
      {props.rounds.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未发起填报" />
      ) : (
        <List
          size="small"
          dataSource={[...props.rounds]}
          renderItem={(round) => {
            const chosen = round.id === props.selected
            const finished = round.accepted === round.units && round.units > 0
            return (
              <List.Item style={{ padding: 0, border: 'none' }}>
                <button
                  type="button"
                  className={`round-list-item${chosen ? ' round-list-item-chosen' : ''}`}
                  aria-pressed={chosen}
                  onClick={() => props.onSelect(round.id)}
                  data-testid="round-list-item"
                >
                  <Typography.Text strong ellipsis style={{ display: 'block' }}>
                    {round.title}
                  </Typography.Text>
                  <span className="round-list-meta">
                    报送截止{formatChineseDate(round.due)}
                    {finished ? (
                      <Tag color="green">全部采纳</Tag>
                    ) : round.due < props.asOf ? (
                      <Tag color="red">已过期限</Tag>
                    ) : null}
                  </span>
                  <span className="round-list-meta">
                    {formatCount(round.units)}个单位 · {formatCount(round.items)}项 · 已采纳
                    {formatCount(round.accepted)}
                  </span>
                </button>
              </List.Item>
            )
          }}
        />
      )}
    </div>
  )
}

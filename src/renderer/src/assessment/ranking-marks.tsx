import { Space, Statistic, Tag, Tooltip } from 'antd'
import type { AreaScore, ProblemCounts } from '../../../shared/contract'
import { formatCount } from '../../../shared/count-format'
import { BOARD_COLORS } from './board-colors'
import type { boardsOf } from './ranking-rows'

/**
 * The marks a ranking is read by: a change up or down, an area's 一票否决/红榜/黑榜/约谈 tags, the boards'
 * summary line and the problem counts. The 排名 tab and 总览's 测评情况 card draw them alike.
 */

/** ↑2 in green, ↓1.5分 in red, 持平 and — uncoloured. */
export function Change({ text, value }: { text: string; value: number | null }): React.JSX.Element {
  const color = value === null || value === 0 ? undefined : value > 0 ? '#2e7d32' : BOARD_COLORS.red
  return <span style={{ color }}>{text}</span>
}

/** An area's 一票否决 (its reasons on hover), its board with why, and 约谈. */
export function BoardTags({ area: a }: { area: AreaScore }): React.JSX.Element {
  return (
    <Space size={2} wrap>
      {a.veto ? (
        <Tooltip title={a.vetoReasons.join('；')}>
          <Tag color="red" data-testid="veto-flag">
            一票否决
          </Tag>
        </Tooltip>
      ) : null}
      {a.board ? (
        <Tag color={a.board === 'red' ? BOARD_COLORS.red : BOARD_COLORS.black}>
          {a.board === 'red' ? '红榜' : '黑榜'}
          {a.boardReason && !(a.veto && a.boardReason === '一票否决') ? `·${a.boardReason}` : ''}
        </Tag>
      ) : null}
      {a.summoned ? <Tag color="orange">约谈</Tag> : null}
    </Space>
  )
}

/** 红榜 …；黑榜 …；约谈 … (约谈 only in the ranking of the 区). */
export function BoardSummary(props: {
  boards: ReturnType<typeof boardsOf>
  district: boolean
}): React.JSX.Element {
  const { red, black, summoned } = props.boards
  return (
    <div className="board-summary" data-testid="board-summary">
      <span>
        <Tag color={BOARD_COLORS.red}>红榜</Tag>
        {red.length > 0 ? red.join('、') : '无'}
      </span>
      <span>
        <Tag color={BOARD_COLORS.black}>黑榜</Tag>
        {black.length > 0 ? black.join('、') : '无'}
      </span>
      {props.district ? (
        <span>
          <Tag color="orange">约谈</Tag>
          {summoned.length > 0 ? summoned.join('、') : '无'}
        </span>
      ) : null}
    </div>
  )
}

const PROBLEM_FIGURES = [
  { key: 'total', label: '问题' },
  { key: 'open', label: '未销号' },
  { key: 'overdue', label: '逾期' },
  { key: 'closed', label: '已销号' }
] as const satisfies readonly { key: keyof ProblemCounts; label: string }[]

/** 问题 / 未销号 / 逾期 (red when any) / 已销号; `onOverdue` makes 逾期 a way into those problems. */
export function ProblemFigures(props: { counts: ProblemCounts; onOverdue?: () => void }): React.JSX.Element {
  return (
    <Space size="large">
      {PROBLEM_FIGURES.map(({ key, label }) => {
        const value = props.counts[key]
        const figure = (
          <Statistic
            title={label}
            value={value}
            formatter={(v) => formatCount(Number(v))}
            styles={{
              content: { fontSize: 18, color: key === 'overdue' && value > 0 ? '#d32f2f' : undefined }
            }}
            data-testid={`problems-${label}`}
          />
        )
        return key === 'overdue' && props.onOverdue && value > 0 ? (
          <button
            key={key}
            type="button"
            className="figure-link"
            onClick={props.onOverdue}
            aria-label={`逾期问题${value}个，查看`}
          >
            {figure}
          </button>
        ) : (
          <span key={key}>{figure}</span>
        )
      })}
    </Space>
  )
}

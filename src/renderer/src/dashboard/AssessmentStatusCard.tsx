import { RightOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Table, Typography } from 'antd'
import { useMemo } from 'react'
import { latestScoredRound } from '../../../shared/assessment-rounds'
import type { IsoDate } from '../../../shared/civil-date'
import type { AreaScore } from '../../../shared/contract'
import { formatCount } from '../../../shared/count-format'
import { useApi } from '../api/hooks'
import type { Focus } from '../app/navigation'
import { BoardSummary, BoardTags, Change, ProblemFigures } from '../assessment/ranking-marks'
import { boardsOf, rankingRows } from '../assessment/ranking-rows'
import { changeText, formatScore } from '../assessment/rule-text'
import '../assessment/assessment.css'

/**
 * 总览's 测评情况: the latest scored 测评 round by the 统计截止日期 (the one the 简报 and the meeting pack
 * speak of), its ranking of the 区 with the change from the last round and the boards, and its problems
 * open and overdue, each a click from the 测评 page. The figures are `assessment.score`'s, as on the
 * 排名 tab and in the 通报. Nothing is drawn before the first round with results.
 */
export function AssessmentStatusCard(props: {
  asOf: IsoDate
  onOpen(focus: Extract<Focus, { kind: 'assessment' }>): void
}): React.JSX.Element | null {
  const rounds = useApi('assessment.rounds', {})
  const round = rounds.data ? latestScoredRound(rounds.data, props.asOf) : null
  const score = useApi(
    'assessment.score',
    { roundId: round?.id ?? 1, asOf: props.asOf },
    { enabled: round !== null }
  )
  const districts = useMemo(
    () => (score.data ? rankingRows(score.data.areas, { level: 'district' }) : []),
    [score.data]
  )
  if (!round) return null
  const s = score.data
  const open = (tab: 'ranking' | 'problems', overdueOnly = false): void =>
    props.onOpen({ kind: 'assessment', roundId: round.id, tab, overdueOnly })

  return (
    <Card
      size="small"
      title={`测评情况：${round.name}（${formatCount(round.points)}个点位）`}
      loading={score.isPending}
      data-testid="assessment-status-card"
      extra={
        <Button type="link" size="small" onClick={() => open('ranking')}>
          查看排名 <RightOutlined />
        </Button>
      }
    >
      {score.isError ? (
        <Alert type="error" showIcon title={score.error.message} />
      ) : s ? (
        <div className="assessment-card-body">
          <Table<AreaScore>
            size="small"
            rowKey="areaId"
            pagination={false}
            dataSource={districts}
            data-testid="assessment-card-ranking"
            columns={[
              { title: '名次', dataIndex: 'rank', width: 56, align: 'center', render: (r) => r ?? '—' },
              { title: '区', dataIndex: 'name' },
              {
                title: '总分',
                dataIndex: 'total',
                width: 80,
                align: 'right',
                render: (t: number | null) => (t === null ? '—' : <strong>{formatScore(t)}</strong>)
              },
              {
                title: '名次变化',
                key: 'rankChange',
                width: 80,
                align: 'center',
                render: (_, a) => <Change text={changeText(a.rankChange, '名')} value={a.rankChange} />
              },
              { title: '红黑榜 / 约谈', key: 'board', render: (_, a) => <BoardTags area={a} /> }
            ]}
          />
          <div className="assessment-card-side">
            <ProblemFigures counts={s.problems} onOverdue={() => open('problems', true)} />
            <BoardSummary boards={boardsOf(districts)} district />
            <Typography.Text type="secondary">
              {s.previousRound ? `名次变化与${s.previousRound}比较` : '无上一轮可比较'}；{s.scheme}
            </Typography.Text>
          </div>
        </div>
      ) : null}
    </Card>
  )
}

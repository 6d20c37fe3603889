import { Alert, Button, Card, Empty, Segmented, Select, Space, Table, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import type { AreaScore, RoundScore } from '../../../shared/contract'
import { useApi } from '../api/hooks'
import { useAsOf } from '../app/as-of'
import { boardsOf, rankingRows, type RankingScope } from './ranking-rows'
import { RankingChart } from './RankingChart'
import { changeText, formatScore } from './rule-text'
import { ScoreExplainDrawer } from './ScoreExplainDrawer'
import { BoardSummary, BoardTags, Change, ProblemFigures } from './ranking-marks'

/**
 * 排名: the 区 of the city or the 镇(街) of one 区, ranked by total as `assess score` computes it, with the
 * change from the last round, 红榜/黑榜, 约谈 and 一票否决; a click on any score opens where it came from.
 */
export function RankingPanel({ roundId }: { roundId: number }): React.JSX.Element {
  const { asOf } = useAsOf()
  const score = useApi('assessment.score', { roundId, asOf })
  const [scope, setScope] = useState<RankingScope>({ level: 'district' })
  const [explained, setExplained] = useState<number | null>(null)
  const data = score.data
  const rows = useMemo(() => (data ? rankingRows(data.areas, scope) : []), [data, scope])
  const districts = useMemo(() => (data ? rankingRows(data.areas, { level: 'district' }) : []), [data])

  if (score.isError) return <Alert type="error" showIcon title={score.error.message} />
  if (!data) return <Card loading size="small" />
  if (data.areas.every((a) => a.total === null))
    return (
      <Empty
        data-testid="ranking-empty"
        style={{ marginTop: 48 }}
        description={`${data.round}还没有测评结果。请在“测评轮次”中导入第三方测评结果或手工录入点位后查看排名。`}
      />
    )

  const boards = boardsOf(rows)
  return (
    <div className="assessment-panel" data-testid="ranking-panel">
      <div className="assessment-toolbar">
        <Space wrap>
          <Segmented
            value={scope.level}
            onChange={(v) =>
              setScope(
                v === 'district'
                  ? { level: 'district' }
                  : { level: 'town', district: districts[0]?.name ?? '' }
              )
            }
            options={[
              { value: 'district', label: '各区排名' },
              { value: 'town', label: '镇(街)排名' }
            ]}
            aria-label="排名层级"
          />
          {scope.level === 'town' ? (
            <Select
              style={{ width: 140 }}
              value={scope.district}
              onChange={(district) => setScope({ level: 'town', district })}
              options={districts.map((d) => ({ value: d.name, label: d.name }))}
              aria-label="所属区"
            />
          ) : null}
          <Typography.Text type="secondary">
            {data.scheme}；{data.previousRound ? `与${data.previousRound}比较` : '无上一轮可比较'}
          </Typography.Text>
        </Space>
        <ProblemFigures counts={data.problems} />
      </div>
      <BoardSummary boards={boards} district={scope.level === 'district'} />
      <div className="ranking-body">
        <Table<AreaScore>
          size="small"
          rowKey="areaId"
          bordered
          data-testid="ranking-table"
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={columns(data, setExplained)}
        />
        <Card size="small" title="总分" className="ranking-chart-card">
          <RankingChart rows={rows} onPick={(a) => setExplained(a.areaId)} />
          <div className="ranking-legend">
            <Tag color="#c62828">红榜</Tag>
            <Tag color="#37474f">黑榜</Tag>
            <span>点击柱形查看得分构成</span>
          </div>
        </Card>
      </div>
      <ScoreExplainDrawer roundId={roundId} areaId={explained} onClose={() => setExplained(null)} />
    </div>
  )
}

function columns(data: RoundScore, explain: (areaId: number) => void) {
  const scoreLink = (value: number | null | undefined, area: AreaScore, label: string) =>
    value === null || value === undefined ? (
      <Typography.Text type="secondary">—</Typography.Text>
    ) : (
      <Button
        type="link"
        size="small"
        className="score-link"
        onClick={() => explain(area.areaId)}
        aria-label={`${area.name}${label}${formatScore(value)}，查看得分构成`}
      >
        {formatScore(value)}
      </Button>
    )
  return [
    {
      title: '名次',
      dataIndex: 'rank',
      width: 56,
      align: 'center' as const,
      render: (r: number | null) => r ?? '—'
    },
    { title: '区域', dataIndex: 'name', width: 88 },
    {
      title: '总分',
      key: 'total',
      width: 80,
      align: 'right' as const,
      render: (_: unknown, a: AreaScore) => <strong>{scoreLink(a.total, a, '总分')}</strong>
    },
    ...data.components.map((c) => ({
      title: `${c.name}（${formatScore(c.weight)}）`,
      key: c.key,
      width: 84,
      align: 'right' as const,
      render: (_: unknown, a: AreaScore) => scoreLink(a.components[c.key], a, c.name)
    })),
    {
      title: '名次变化',
      key: 'rankChange',
      width: 80,
      align: 'center' as const,
      render: (_: unknown, a: AreaScore) => (
        <Change text={changeText(a.rankChange, '名')} value={a.rankChange} />
      )
    },
    {
      title: '分数变化',
      key: 'scoreChange',
      width: 84,
      align: 'center' as const,
      render: (_: unknown, a: AreaScore) => (
        <Change text={changeText(a.scoreChange, '分')} value={a.scoreChange} />
      )
    },
    {
      title: '红黑榜 / 约谈',
      key: 'board',
      width: 156,
      render: (_: unknown, a: AreaScore) => <BoardTags area={a} />
    },
    { title: '点位', dataIndex: 'points', width: 56, align: 'right' as const },
    { title: '未销号', dataIndex: 'openProblems', width: 68, align: 'right' as const }
  ]
}

import { Alert, Collapse, Descriptions, Drawer, Empty, Spin, Table, Tag, Typography } from 'antd'
import type { ScoreExplanation } from '../../../shared/contract'
import { useApi } from '../api/hooks'
import { formatScore } from './rule-text'

type Component = ScoreExplanation['components'][number]
type Point = Component['points'][number]
type Criterion = Point['criteria'][number]

/**
 * Where a score came from: per component its weight, figure and how it was formed, then each point with
 * every 测评内容's rule, score and deductions (a 反复出现 deduction marked). The same figures as
 * `assess explain`/the 通报; nothing here is computed in the page.
 */
export function ScoreExplainDrawer(props: {
  roundId: number
  areaId: number | null
  onClose(): void
}): React.JSX.Element {
  const explain = useApi(
    'assessment.explain',
    { roundId: props.roundId, areaId: props.areaId ?? 0 },
    { enabled: props.areaId !== null }
  )
  const e = explain.data
  return (
    <Drawer
      open={props.areaId !== null}
      onClose={props.onClose}
      size={860}
      title={e ? `${e.areaPath} 得分构成` : '得分构成'}
      data-testid="score-explain"
    >
      {explain.isPending ? <Spin /> : null}
      {explain.isError ? <Alert type="error" showIcon title={explain.error.message} /> : null}
      {e ? (
        <>
          <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="总分">
              <Typography.Text strong data-testid="explain-total">
                {e.total === null ? '未评分' : formatScore(e.total)}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="计算">Σ(权重 × 类别得分) ÷ Σ(有得分的类别权重)</Descriptions.Item>
          </Descriptions>
          <Collapse
            size="small"
            defaultActiveKey={e.components
              .filter((c) => c.points.length > 0)
              .map((c) => c.key)
              .slice(0, 1)}
            items={e.components.map((c) => ({
              key: c.key,
              label: (
                <span data-testid={`explain-component-${c.key}`}>
                  {c.name}（权重{formatScore(c.weight)}）：
                  <Typography.Text strong>
                    {c.score === null ? '无得分' : formatScore(c.score)}
                  </Typography.Text>
                  <Typography.Text type="secondary"> {c.formula}</Typography.Text>
                </span>
              ),
              children:
                c.points.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本类别没有测评记录，不计入总分" />
                ) : (
                  c.points.map((p, i) => <PointScore key={`${p.pointId ?? 'area'}-${i}`} point={p} />)
                )
            }))}
          />
        </>
      ) : null}
    </Drawer>
  )
}

function PointScore({ point }: { point: Point }): React.JSX.Element {
  return (
    <div className="explain-point" data-testid="explain-point">
      <Typography.Text strong>{point.name}</Typography.Text>
      <Typography.Text type="secondary"> {point.areaPath}</Typography.Text>
      <Typography.Text style={{ float: 'right' }}>点位得分 {formatScore(point.score)}</Typography.Text>
      <Table<Criterion>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={point.criteria}
        columns={[
          { title: '测评内容', key: 'name', render: (_, c) => `${c.code} ${c.name}` },
          { title: '评分规则', dataIndex: 'rule', width: 220 },
          {
            title: '分值',
            dataIndex: 'max',
            width: 56,
            align: 'right',
            render: (v: number) => formatScore(v)
          },
          {
            title: '得分',
            dataIndex: 'earned',
            width: 56,
            align: 'right',
            render: (v: number) => formatScore(v)
          },
          {
            title: '扣分明细',
            key: 'deductions',
            width: 260,
            render: (_, c) =>
              c.deductions.length === 0
                ? '—'
                : c.deductions.map((d, i) => (
                    <div key={i}>
                      −{formatScore(d.amount)} {d.reason}
                      {d.repeat ? (
                        <Tag color="volcano" style={{ marginInlineStart: 4 }}>
                          反复出现
                        </Tag>
                      ) : null}
                    </div>
                  ))
          }
        ]}
      />
    </div>
  )
}

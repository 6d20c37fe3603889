import { Alert, Card, Col, Progress, Row, Spin, Statistic, Table } from 'antd'
import { formatChineseDate } from '../../../shared/civil-date'
import type { DueItem, LightCounts } from '../../../shared/contract'
import { ITEM_CATEGORY_LABEL, type ItemCategory } from '../../../shared/domain'
import { useApi } from '../api/hooks'
import { useAsOf } from '../app/as-of'
import { LightTag } from '../components/LightTag'
import { LIGHT_COLORS } from '../styles/theme'

const KIND_LABEL: Record<DueItem['kind'], string> = {
  task: '任务',
  milestone: '时间节点',
  'village-item': '村治理事项'
}

/** 总览: the store's counts and lights as of the 统计截止日期, and what is red or yellow. */
export function DashboardPage(): React.JSX.Element {
  const { asOf } = useAsOf()
  const summary = useApi('summary.get', { asOf })
  const due = useApi('due.list', { asOf })

  if (summary.isPending) return <Spin style={{ margin: 48 }} />
  if (summary.isError)
    return <Alert type="error" showIcon message={summary.error.message} style={{ margin: 20 }} />
  const s = summary.data

  return (
    <div className="page" data-testid="dashboard">
      <Row gutter={[16, 16]}>
        <Col span={12}>
          <CountsCard
            title={`任务（截至${formatChineseDate(asOf)}）`}
            counts={s.tasks}
            testId="task-counts"
          />
        </Col>
        <Col span={12}>
          <CountsCard
            title={`城中村治理事项（${s.villages}个城中村）`}
            counts={s.villageItems}
            testId="village-item-counts"
          />
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        {(Object.keys(s.villageItemsByCategory) as ItemCategory[]).map((category) => {
          const c = s.villageItemsByCategory[category]
          return (
            <Col span={8} key={category}>
              <Card
                size="small"
                title={`${ITEM_CATEGORY_LABEL[category]}类事项`}
                data-testid={`category-${category}`}
              >
                <Progress percent={pct(c.done, c.total)} strokeColor={LIGHT_COLORS.green} />
                <span>
                  共{c.total}项，已办结{c.done}项，红灯{c.red}项，黄灯{c.yellow}项
                </span>
              </Card>
            </Col>
          )
        })}
      </Row>
      <Card size="small" title="逾期及临期事项" data-testid="due-list">
        <Table<DueItem>
          size="small"
          rowKey={(d) => `${d.kind}-${d.id}`}
          loading={due.isPending}
          dataSource={due.data ?? []}
          pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (n) => `共${n}项` }}
          columns={[
            {
              title: '亮灯',
              width: 140,
              render: (_, d) => (
                <LightTag
                  info={{ light: d.light, outcome: null, workdaysLeft: d.workdaysLeft, label: d.label }}
                />
              )
            },
            { title: '类别', width: 100, render: (_, d) => KIND_LABEL[d.kind] },
            {
              title: '事项',
              render: (_, d) =>
                d.village
                  ? `${d.district}·${d.village}：${d.title}`
                  : d.parent
                    ? `${d.parent}：${d.title}`
                    : d.title
            },
            { title: '完成时限', dataIndex: 'deadline', width: 120 },
            { title: '责任单位', width: 260, render: (_, d) => d.units.join('、') }
          ]}
        />
      </Card>
    </div>
  )
}

function CountsCard({
  title,
  counts,
  testId
}: {
  title: string
  counts: LightCounts
  testId: string
}): React.JSX.Element {
  return (
    <Card title={title} data-testid={testId}>
      <Row gutter={8}>
        <Col span={5}>
          <Statistic title="总数" value={counts.total} data-testid="total" />
        </Col>
        <Col span={5}>
          <Statistic
            title={`已办结（${pct(counts.done, counts.total)}%）`}
            value={counts.done}
            data-testid="done"
          />
        </Col>
        <Col span={5}>
          <Statistic
            title="红灯（逾期）"
            value={counts.red}
            valueStyle={{ color: LIGHT_COLORS.red }}
            data-testid="red"
          />
        </Col>
        <Col span={5}>
          <Statistic
            title="黄灯（临期）"
            value={counts.yellow}
            valueStyle={{ color: LIGHT_COLORS.yellow }}
            data-testid="yellow"
          />
        </Col>
        <Col span={4}>
          <Statistic
            title="绿灯"
            value={counts.green}
            valueStyle={{ color: LIGHT_COLORS.green }}
            data-testid="green"
          />
        </Col>
      </Row>
    </Card>
  )
}

function pct(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part / total) * 1000) / 10
}

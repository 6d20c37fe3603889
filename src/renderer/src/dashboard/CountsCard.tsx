import { Card, Col, Progress, Row, Statistic } from 'antd'
import type { LightCounts, Summary } from '../../../shared/contract'
import { ITEM_CATEGORY_LABEL, type ItemCategory } from '../../../shared/domain'
import { LIGHT_COLORS } from '../styles/theme'
import { pct } from './percent'
import { formatCount } from '../../../shared/count-format'

/** A KPI card: total, done (with its share), red, yellow and green, each a number a clerk can quote. */
export function CountsCard({
  title,
  counts,
  testId
}: {
  title: React.ReactNode
  counts: LightCounts
  testId: string
}): React.JSX.Element {
  return (
    <Card size="small" title={title} data-testid={testId}>
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
            styles={{ content: { color: LIGHT_COLORS.red } }}
            data-testid="red"
          />
        </Col>
        <Col span={5}>
          <Statistic
            title="黄灯（临期）"
            value={counts.yellow}
            styles={{ content: { color: LIGHT_COLORS.yellow } }}
            data-testid="yellow"
          />
        </Col>
        <Col span={4}>
          <Statistic
            title="绿灯"
            value={counts.green}
            styles={{ content: { color: LIGHT_COLORS.green } }}
            data-testid="green"
          />
        </Col>
      </Row>
    </Card>
  )
}

/** Village items done by category 基础/提升/长效, each a bar with its counts in words. */
export function CategoryCard({ summary }: { summary: Summary }): React.JSX.Element {
  return (
    <Card size="small" title="分类完成率" style={{ height: '100%' }}>
      {(Object.keys(summary.villageItemsByCategory) as ItemCategory[]).map((category) => {
        const c = summary.villageItemsByCategory[category]
        return (
          <div key={category} data-testid={`category-${category}`} style={{ marginBottom: 14 }}>
            <div style={{ display: 'flex', justifyContent: 'space-between' }}>
              <b>{ITEM_CATEGORY_LABEL[category]}类事项</b>
              <span data-testid="category-percent">{pct(c.done, c.total)}%</span>
            </div>
            <Progress percent={pct(c.done, c.total)} showInfo={false} strokeColor={LIGHT_COLORS.green} />
            <span style={{ fontSize: 12, color: '#595959' }}>
              共{formatCount(c.total)}项，已办结{formatCount(c.done)}项，
              <span style={{ color: LIGHT_COLORS.red }}>红灯{formatCount(c.red)}项</span>，
              <span style={{ color: '#8a6100' }}>黄灯{formatCount(c.yellow)}项</span>
            </span>
          </div>
        )
      })}
    </Card>
  )
}

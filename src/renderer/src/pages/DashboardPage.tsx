import { Alert, Col, Row, Spin } from 'antd'
import { useCallback, useState } from 'react'
import { formatChineseDate } from '../../../shared/civil-date'
import type { AttentionItem, DistrictVillageItems } from '../../../shared/contract'
import { useApi } from '../api/hooks'
import { useAreaFilter } from '../app/area-filter'
import { useAsOf } from '../app/as-of'
import { useNavigation } from '../app/navigation'
import { AssessmentStatusCard } from '../dashboard/AssessmentStatusCard'
import { AttentionList } from '../dashboard/AttentionList'
import { CompletionsChart } from '../dashboard/CompletionsChart'
import { CategoryCard, CountsCard } from '../dashboard/CountsCard'
import { DistrictChart } from '../dashboard/DistrictChart'
import { RoundStatusCard } from '../dashboard/RoundStatusCard'
import { UnitLightsChart } from '../dashboard/UnitLightsChart'
import { VillageItemDrawer } from '../villages/VillageItemDrawer'
import { formatCount } from '../../../shared/count-format'

/**
 * 总览: the headline counts and lights as of the 统计截止日期, where they stand by district, by lead unit
 * and month by month, and every red and yellow item, each opening its detail; the latest 填报 round's
 * 报送情况 and the latest 测评 round's ranking and problems once there are some.
 */
export function DashboardPage(): React.JSX.Element {
  const { asOf } = useAsOf()
  const { navigate } = useNavigation()
  const { setArea } = useAreaFilter()
  const summary = useApi('ledger.summary', { asOf })
  const charts = useApi('chart.dashboard', { asOf })
  const [openItem, setOpenItem] = useState<number | null>(null)

  const open = useCallback(
    (item: AttentionItem) => {
      if (item.open.kind === 'task') navigate('tasks', { kind: 'task', id: item.open.id })
      else setOpenItem(item.open.id)
    },
    [navigate]
  )
  const pickDistrict = useCallback(
    (d: DistrictVillageItems) => {
      setArea(d.districtId, d.district)
      navigate('items')
    },
    [navigate, setArea]
  )

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
            title={`城中村治理事项（${formatCount(s.villages)}个城中村）`}
            counts={s.villageItems}
            testId="village-item-counts"
          />
        </Col>
      </Row>
      <RoundStatusCard asOf={asOf} onOpen={(id) => navigate('rounds', { kind: 'round', id })} />
      <AssessmentStatusCard asOf={asOf} onOpen={(focus) => navigate('assessment', focus)} />
      {charts.isError ? <Alert type="error" showIcon message={charts.error.message} /> : null}
      <Row gutter={[16, 16]}>
        <Col span={6}>
          <CategoryCard summary={s} />
        </Col>
        <Col span={9}>
          {charts.data ? (
            <DistrictChart districts={charts.data.byDistrict} onPick={pickDistrict} />
          ) : (
            <Spin />
          )}
        </Col>
        <Col span={9}>{charts.data ? <UnitLightsChart units={charts.data.byLeadUnit} /> : <Spin />}</Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col span={9}>
          {charts.data ? <CompletionsChart months={charts.data.completionsByMonth} /> : <Spin />}
        </Col>
        <Col span={15}>
          <AttentionList items={charts.data?.attention ?? []} loading={charts.isPending} onOpen={open} />
        </Col>
      </Row>
      <VillageItemDrawer id={openItem} onClose={() => setOpenItem(null)} />
    </div>
  )
}

import { Alert, Drawer, Empty, Table, Tag } from 'antd'
import { formatChineseDate, type IsoDate } from '../../../shared/civil-date'
import type { UnitRoundHistoryRow } from '../../../shared/contract'
import { ROUND_UNIT_STATE_LABEL } from '../../../shared/contract/round'
import { useApi } from '../api/hooks'
import { ROUND_STATE_COLORS } from './round-states'

/** A unit's reporting record across rounds: who reports late or not at all, round after round. */
export function UnitRoundHistory(props: {
  unit: { unitId: number; unit: string } | null
  asOf: IsoDate
  onClose(): void
}): React.JSX.Element {
  const history = useApi(
    'round.unitHistory',
    { unitId: props.unit?.unitId ?? 1, asOf: props.asOf },
    { enabled: props.unit !== null }
  )
  const rows = history.data ?? []
  const late = rows.filter((r) => r.onTime === false).length
  const missing = rows.filter((r) => r.state === 'missing').length
  return (
    <Drawer
      open={props.unit !== null}
      onClose={props.onClose}
      title={props.unit ? `${props.unit.unit}：历次报送情况` : ''}
      width={560}
      data-testid="unit-round-history"
    >
      {history.isError ? <Alert type="error" showIcon message={history.error.message} /> : null}
      {rows.length > 0 ? (
        <Alert
          type={late + missing > 0 ? 'warning' : 'success'}
          showIcon
          style={{ marginBottom: 12 }}
          message={`共${rows.length}轮：逾期报送${late}轮，未报${missing}轮`}
        />
      ) : null}
      <Table<UnitRoundHistoryRow>
        size="small"
        rowKey="roundId"
        loading={history.isPending && props.unit !== null}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无填报记录" /> }}
        columns={[
          { title: '填报轮次', dataIndex: 'title' },
          { title: '报送截止', dataIndex: 'due', width: 130, render: (d: IsoDate) => formatChineseDate(d) },
          {
            title: '报送情况',
            width: 150,
            render: (_, r) => (
              <Tag color={ROUND_STATE_COLORS[r.state]}>
                {ROUND_UNIT_STATE_LABEL[r.state]}
                {r.returnedAt ? `（${formatChineseDate(r.returnedAt)}）` : ''}
              </Tag>
            )
          }
        ]}
      />
    </Drawer>
  )
}

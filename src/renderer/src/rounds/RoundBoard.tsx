import { BellOutlined } from '@ant-design/icons'
import { Alert, App as AntApp, Button, Space, Statistic, Tooltip, Typography } from 'antd'
import type { ColDef, ICellRendererParams } from 'ag-grid-community'
import { useMemo, useState } from 'react'
import { formatChineseDate, type IsoDate } from '../../../shared/civil-date'
import type { RemindResult, RoundBoardUnit } from '../../../shared/contract'
import { ROUND_UNIT_STATE_LABEL } from '../../../shared/contract/round'
import { formatCount } from '../../../shared/count-format'
import type { ChosenFile } from '../../../shared/file-purposes'
import { call } from '../api/client'
import { useApi, useApiMutation } from '../api/hooks'
import { WrittenFiles } from '../documents/WrittenFiles'
import { PlainGrid } from '../grid/PlainGrid'
import { gridLocaleText, gridTheme } from '../grid/setup'
import { ROUND_STATE_COLORS, ROUND_STATE_ORDER, formatRate, stateTag } from './round-states'
import { UnitRoundHistory } from './UnitRoundHistory'

const COLUMNS: ColDef<RoundBoardUnit>[] = [
  { field: 'unit', headerName: '单位', flex: 2, minWidth: 180 },
  {
    field: 'state',
    headerName: '报送情况',
    width: 130,
    cellRenderer: (p: ICellRendererParams<RoundBoardUnit>) =>
      p.data
        ? stateTag(p.data.state, p.data.onTime === false && p.data.state !== 'late' ? '（逾期）' : '')
        : null,
    comparator: (a: RoundBoardUnit['state'], b: RoundBoardUnit['state']) =>
      ROUND_STATE_ORDER.indexOf(a) - ROUND_STATE_ORDER.indexOf(b)
  },
  {
    field: 'returnedAt',
    headerName: '报送日期',
    width: 140,
    valueFormatter: (p) => (p.value ? formatChineseDate(p.value as IsoDate) : '—')
  },
  {
    field: 'onTime',
    headerName: '是否按时',
    width: 100,
    valueFormatter: (p) => (p.value === null || p.value === undefined ? '—' : p.value ? '按时' : '逾期')
  },
  { field: 'returns', headerName: '报送次数', width: 100, type: 'rightAligned' },
  { field: 'items', headerName: '填报事项', width: 100, type: 'rightAligned' }
]

/**
 * 报送情况: every unit of the round with its state, the counts and 按时报送率; after the due date, one
 * action writes the 催报通知 for the units still 未报. A row opens the unit's record across rounds.
 */
export function RoundBoard(props: { roundId: number; asOf: IsoDate }): React.JSX.Element {
  const { message } = AntApp.useApp()
  const board = useApi('round.status', { id: props.roundId, asOf: props.asOf })
  const remind = useApiMutation('round.remind')
  const [reminded, setReminded] = useState<RemindResult | null>(null)
  const [unit, setUnit] = useState<{ unitId: number; unit: string } | null>(null)
  const rows = useMemo(
    () =>
      [...(board.data?.units ?? [])].sort(
        (a, b) => ROUND_STATE_ORDER.indexOf(a.state) - ROUND_STATE_ORDER.indexOf(b.state)
      ),
    [board.data]
  )

  if (board.isError) return <Alert type="error" showIcon message={board.error.message} />
  const b = board.data
  const pastDue = b ? props.asOf > b.due : false
  const missing = b?.counts.missing ?? 0

  const chase = async (): Promise<void> => {
    const folder = await call('file.chooseFolder', { purpose: 'round-folder' })
    if (!folder) return
    remind.mutate(
      { id: props.roundId, asOf: props.asOf, issuedOn: props.asOf, folder: folder.ref },
      {
        onSuccess: (result) => {
          setReminded(result)
          void message.success(`已生成催报通知${formatCount(result.reminders.length)}份`)
        }
      }
    )
  }
  const reminderFiles = (reminded?.reminders ?? [])
    .map((r) => r.file)
    .filter((f): f is ChosenFile => f !== null)

  return (
    <div className="round-board" data-testid="round-board">
      <div className="round-board-head">
        <Space size="large" wrap>
          {ROUND_STATE_ORDER.map((state) => (
            <Statistic
              key={state}
              title={ROUND_UNIT_STATE_LABEL[state]}
              value={b?.counts[state] ?? 0}
              styles={{ content: { color: ROUND_STATE_COLORS[state], fontSize: 22 } }}
              data-testid={`board-count-${state}`}
            />
          ))}
          <Statistic
            title="按时报送率"
            value={b ? formatRate(b.onTimeRate) : '—'}
            styles={{ content: { fontSize: 22 } }}
            data-testid="board-on-time-rate"
          />
        </Space>
        <Space direction="vertical" align="end" size={4}>
          <Typography.Text type="secondary">
            {b ? `报送截止${formatChineseDate(b.due)}${pastDue ? '，已过期限' : ''}` : null}
          </Typography.Text>
          <Tooltip
            title={
              !pastDue
                ? '报送期限过后才能催报'
                : missing === 0
                  ? '没有未报的单位'
                  : `为${missing}个未报单位生成催报通知`
            }
          >
            <Button
              icon={<BellOutlined />}
              danger
              disabled={!pastDue || missing === 0}
              loading={remind.isPending}
              onClick={() => void chase().catch((e: unknown) => void message.error(String(e)))}
              data-testid="remind-missing"
            >
              催报未报单位…
            </Button>
          </Tooltip>
        </Space>
      </div>
      {remind.isError ? <Alert type="error" showIcon message={remind.error.message} /> : null}
      {reminded ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          {reminded.skipped.length > 0 ? (
            <Alert type="info" showIcon message={`未催报：${reminded.skipped.join('；')}`} />
          ) : null}
          <WrittenFiles
            title={`已生成催报通知 ${formatCount(reminded.reminders.length)} 份：${reminded.reminders
              .map((r) => r.number)
              .join('、')}`}
            files={reminderFiles}
          />
        </Space>
      ) : null}
      <div className="round-board-grid" data-testid="board-grid">
        <PlainGrid<RoundBoardUnit>
          theme={gridTheme}
          localeText={gridLocaleText}
          rowData={rows}
          loading={board.isPending}
          columnDefs={COLUMNS}
          getRowId={(p) => String(p.data.unitId)}
          onRowClicked={(e) => e.data && setUnit({ unitId: e.data.unitId, unit: e.data.unit })}
          onCellKeyDown={(e) => {
            const key = (e.event as KeyboardEvent | null)?.key
            if (key === 'Enter' && e.data) setUnit({ unitId: e.data.unitId, unit: e.data.unit })
          }}
          overlayNoRowsTemplate="这一轮没有填报单位"
          animateRows={false}
        />
      </div>
      <UnitRoundHistory unit={unit} asOf={props.asOf} onClose={() => setUnit(null)} />
    </div>
  )
}

import { BellOutlined } from '@ant-design/icons'
import { Alert, App as AntApp, Button, Space, Statistic, Tooltip, Typography } from 'antd'
import type { ColDef, ICellRendererParams } from 'ag-grid-community'
import { useMemo, useState } from 'react'
import { formatChineseDate, type IsoDate } from '../../../shared/civil-date'
import type { RemindResult, ReturnResult, RoundBoardUnit } from '../../../shared/contract'
import { ROUND_UNIT_STATE_LABEL } from '../../../shared/contract/round'
import { formatCount } from '../../../shared/count-format'
import type { ChosenFile } from '../../../shared/file-purposes'
import { call } from '../api/client'
import { useApi, useApiMutation } from '../api/hooks'
import { WrittenFiles } from '../documents/WrittenFiles'
import { PlainGrid } from '../grid/PlainGrid'
import { gridLocaleText, gridTheme } from '../grid/setup'
import { actionsCellKeys } from '../ledger/actions-keys'
import { ROUND_STATE_COLORS, ROUND_STATE_ORDER, formatRate, stateTag } from './round-states'
import { SendBackDialog } from './SendBackDialog'
import { UnitRoundHistory } from './UnitRoundHistory'

const BASE_COLUMNS: ColDef<RoundBoardUnit>[] = [
  { field: 'unit', headerName: '单位', flex: 2, minWidth: 180 },
  {
    field: 'state',
    headerName: '报送情况',
    // 已退回（逾期） whole, not cut to 已退回（逾…
    width: 150,
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

/** A unit that has reported and is not yet 采纳 or 退回: the clerk may still send its return back. */
const canSendBack = (u: RoundBoardUnit): boolean => u.state === 'reported' || u.state === 'late'

/** The board's columns with 操作: 退回… for a unit awaiting review, by mouse or keyboard (actions-keys). */
function boardColumns(sendBack: (u: RoundBoardUnit) => void): ColDef<RoundBoardUnit>[] {
  return [
    ...BASE_COLUMNS,
    {
      colId: 'actions',
      headerName: '操作',
      width: 110,
      sortable: false,
      cellRenderer: (p: ICellRendererParams<RoundBoardUnit>) => {
        const unit = p.data
        if (!unit || !canSendBack(unit)) return null
        // A plain DOM button: PlainGrid draws no React in its cells.
        const button = document.createElement('button')
        button.type = 'button'
        button.className = 'ledger-action round-send-back'
        // Reached from the cell (Enter, then Tab/←/→: actions-keys.ts), not as a stop of the page's Tab.
        button.tabIndex = -1
        button.textContent = '退回…'
        button.setAttribute('aria-label', `退回${unit.unit}的报送`)
        button.addEventListener('click', () => sendBack(unit))
        return button
      },
      suppressKeyboardEvent: actionsCellKeys
    }
  ]
}

/** A click or Enter meant for a button in 操作, not for the row. */
const onActions = (target: EventTarget | null | undefined): boolean =>
  target instanceof HTMLElement && target.closest('[col-id="actions"]') !== null

/**
 * 报送情况: every unit of the round with its state, the counts and 按时报送率; after the due date, one
 * action writes the 催报通知 for the units still 未报; a unit that reported and awaits review can be sent
 * back from here without opening its file again (退回说明 written as from 收取). A row opens the unit's
 * record across rounds.
 */
export function RoundBoard(props: { roundId: number; asOf: IsoDate }): React.JSX.Element {
  const { message } = AntApp.useApp()
  const board = useApi('round.status', { id: props.roundId, asOf: props.asOf })
  const remind = useApiMutation('round.remind')
  const [reminded, setReminded] = useState<RemindResult | null>(null)
  const [unit, setUnit] = useState<{ unitId: number; unit: string } | null>(null)
  const [sendingBack, setSendingBack] = useState<RoundBoardUnit | null>(null)
  const [sentBack, setSentBack] = useState<ReturnResult[]>([])
  const columns = useMemo(() => boardColumns(setSendingBack), [])
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
            collapseAfter={3}
          />
        </Space>
      ) : null}
      {sentBack.length > 0 ? (
        <WrittenFiles
          title={`已退回 ${sentBack.map((r) => r.unit).join('、')}，退回说明：`}
          files={sentBack.map((r) => r.file)}
        />
      ) : null}
      <div className="round-board-grid" data-testid="board-grid">
        <PlainGrid<RoundBoardUnit>
          theme={gridTheme}
          localeText={gridLocaleText}
          rowData={rows}
          loading={board.isPending}
          columnDefs={columns}
          getRowId={(p) => String(p.data.unitId)}
          onRowClicked={(e) => {
            if (e.data && !onActions(e.event?.target)) setUnit({ unitId: e.data.unitId, unit: e.data.unit })
          }}
          onCellKeyDown={(e) => {
            const key = (e.event as KeyboardEvent | null)?.key
            if (key === 'Enter' && e.data && !onActions(e.event?.target))
              setUnit({ unitId: e.data.unitId, unit: e.data.unit })
          }}
          overlayNoRowsTemplate="这一轮没有填报单位"
          animateRows={false}
        />
      </div>
      <UnitRoundHistory unit={unit} asOf={props.asOf} onClose={() => setUnit(null)} />
      {sendingBack ? (
        <SendBackDialog
          unit={sendingBack}
          roundId={props.roundId}
          asOf={props.asOf}
          onClose={() => setSendingBack(null)}
          onSent={(result) => {
            setSendingBack(null)
            setSentBack((all) => [...all, result])
          }}
        />
      ) : null}
    </div>
  )
}

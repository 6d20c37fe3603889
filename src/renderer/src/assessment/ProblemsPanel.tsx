import { AuditOutlined, CheckSquareOutlined, FormOutlined, SendOutlined } from '@ant-design/icons'
import type {
  CellKeyDownEvent,
  GridApi,
  RowClickedEvent,
  RowSelectionOptions,
  SelectionChangedEvent,
  SelectionColumnDef
} from 'ag-grid-community'
import { Alert, Button, Select, Space, Tooltip, Typography } from 'antd'
import { useCallback, useMemo, useRef, useState } from 'react'
import { PROBLEM_STATE_LABEL, PROBLEM_STATES } from '../../../shared/contract/assessment'
import type { ProblemRow } from '../../../shared/contract'
import { formatCount } from '../../../shared/count-format'
import { useApi } from '../api/hooks'
import { useAsOf } from '../app/as-of'
import { useNavigation } from '../app/navigation'
import { OpenRoundDialog } from '../rounds/OpenRoundDialog'
import { PlainGrid } from '../grid/PlainGrid'
import { gridLocaleText, gridTheme } from '../grid/setup'
import { AssignDialog } from './AssignDialog'
import { ProblemDrawer } from './ProblemDrawer'
import { PROBLEM_COLUMNS } from './problem-columns'
import { allowedActions, distinct, filterProblems, NO_FILTER, type ProblemFilter } from './problem-filter'
import { TransitionDialog, type TransitionKind } from './TransitionDialog'

const ROW_SELECTION: RowSelectionOptions<ProblemRow> = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: true,
  enableClickSelection: false
}
const SELECTION_COLUMN: SelectionColumnDef = { pinned: 'left', width: 44 }
const DEFAULT_COL_DEF = { sortable: true, resizable: true, suppressHeaderMenuButton: true }
const rowIdOf = (p: { data: ProblemRow }) => String(p.data.id)

/**
 * 问题清单: every problem of the round with its light on the working-day calendar, filtered by area, unit
 * and state; 交办 in bulk, 申请销号 and 复核 for the ticked rows; a click on a row shows its whole life.
 */
export function ProblemsPanel({
  roundId,
  initialState = null
}: {
  roundId: number
  /** The state (or 逾期) to filter by at first, e.g. 逾期 when 总览's card sends the clerk here. */
  initialState?: ProblemFilter['state']
}): React.JSX.Element {
  const { asOf } = useAsOf()
  const problems = useApi('assessment.problems', { roundId, asOf })
  const [filter, setFilter] = useState<ProblemFilter>({ ...NO_FILTER, state: initialState })
  const [selected, setSelected] = useState<ProblemRow[]>([])
  const [assigning, setAssigning] = useState<number[] | null>(null)
  const [transition, setTransition] = useState<TransitionKind | null>(null)
  const [shownId, setShownId] = useState<number | null>(null)
  const [openingRound, setOpeningRound] = useState(false)
  const { navigate } = useNavigation()
  const grid = useRef<GridApi<ProblemRow> | null>(null)

  const all = useMemo(() => problems.data ?? [], [problems.data])
  const rows = useMemo(() => filterProblems(all, filter), [all, filter])
  const districts = useMemo(() => distinct(all, (r) => r.district), [all])
  const towns = useMemo(
    () => distinct(filter.district ? all.filter((r) => r.district === filter.district) : all, (r) => r.town),
    [all, filter.district]
  )
  const units = useMemo(() => distinct(all, (r) => r.unit), [all])
  const allowed = allowedActions(selected)
  const rectifying = all.filter((r) => r.state === 'rectifying').length
  const shown = all.find((r) => r.id === shownId) ?? null

  const onSelectionChanged = useCallback(
    (e: SelectionChangedEvent<ProblemRow>) => setSelected(e.api.getSelectedRows()),
    []
  )
  const onRowClicked = useCallback((e: RowClickedEvent<ProblemRow>) => {
    // A click on the tick box selects; anywhere else in the row opens the problem.
    if ((e.event?.target as HTMLElement | null)?.closest('.ag-selection-checkbox')) return
    if (e.data) setShownId(e.data.id)
  }, [])
  // Keyboard: Enter on a row opens it, as a click does (Space ticks it, ag-grid's own).
  const onCellKeyDown = useCallback((e: CellKeyDownEvent<ProblemRow>) => {
    if ((e.event as KeyboardEvent | null)?.key === 'Enter' && e.data) setShownId(e.data.id)
  }, [])
  const done = useCallback(() => {
    setAssigning(null)
    setTransition(null)
    grid.current?.deselectAll()
  }, [])
  const set = (change: Partial<ProblemFilter>) => setFilter((f) => ({ ...f, ...change }))

  if (problems.isError) return <Alert type="error" showIcon title={problems.error.message} />

  return (
    <div className="assessment-panel problems-panel" data-testid="problems-panel">
      <div className="assessment-toolbar">
        <Space wrap>
          <Select
            allowClear
            placeholder="全部区"
            style={{ width: 110 }}
            value={filter.district}
            onChange={(v) => set({ district: v ?? null, town: null })}
            options={districts.map((d) => ({ value: d, label: d }))}
            aria-label="按区筛选"
          />
          <Select
            allowClear
            placeholder="全部镇(街)"
            style={{ width: 130 }}
            value={filter.town}
            onChange={(v) => set({ town: v ?? null })}
            options={towns.map((t) => ({ value: t, label: t }))}
            aria-label="按镇(街)筛选"
          />
          <Select
            allowClear
            showSearch
            placeholder="全部责任单位"
            style={{ width: 190 }}
            value={filter.unit}
            onChange={(v) => set({ unit: v ?? null })}
            options={units.map((u) => ({ value: u, label: u }))}
            aria-label="按责任单位筛选"
          />
          <Select
            allowClear
            placeholder="全部状态"
            style={{ width: 120 }}
            value={filter.state}
            onChange={(v) => set({ state: v ?? null })}
            options={[
              ...PROBLEM_STATES.map((s) => ({ value: s, label: PROBLEM_STATE_LABEL[s] })),
              { value: 'overdue' as const, label: '逾期未销号' }
            ]}
            aria-label="按状态筛选"
          />
          <Typography.Text type="secondary" data-testid="problems-count">
            {rows.length === all.length
              ? `共${formatCount(all.length)}个问题`
              : `筛选出${formatCount(rows.length)}个，共${formatCount(all.length)}个`}
            {selected.length > 0 ? `，已选${formatCount(selected.length)}个` : ''}
          </Typography.Text>
        </Space>
        <Space wrap>
          <Button
            type="primary"
            icon={<SendOutlined />}
            disabled={!allowed.assign}
            onClick={() => setAssigning(selected.map((r) => r.id))}
            data-testid="assign-problems"
          >
            交办
          </Button>
          <Button
            icon={<CheckSquareOutlined />}
            disabled={!allowed.request}
            onClick={() => setTransition('request')}
            data-testid="request-close"
          >
            申请销号
          </Button>
          <Button
            icon={<AuditOutlined />}
            disabled={!allowed.review}
            onClick={() => setTransition('review')}
            data-testid="review-problems"
          >
            复核
          </Button>
          <Tooltip title="各责任单位在填报表中逐个报送整改情况；已整改到位的，采纳后转为“申请销号”待复核">
            <Button
              icon={<FormOutlined />}
              disabled={rectifying === 0}
              onClick={() => setOpeningRound(true)}
              data-testid="open-problem-round"
            >
              发起整改填报…
            </Button>
          </Tooltip>
        </Space>
      </div>
      {problems.data && all.length === 0 ? (
        <Alert
          type="info"
          showIcon
          data-testid="problems-empty"
          title="本轮还没有问题：导入测评结果或手工录入点位后，发现的问题列在这里，可交办、申请销号和复核。"
        />
      ) : null}
      <div className="grid-fill problems-grid" data-testid="problem-grid">
        <PlainGrid<ProblemRow>
          apiRef={grid}
          theme={gridTheme}
          localeText={gridLocaleText}
          rowData={rows}
          loading={problems.isPending}
          columnDefs={PROBLEM_COLUMNS}
          defaultColDef={DEFAULT_COL_DEF}
          getRowId={rowIdOf}
          rowSelection={ROW_SELECTION}
          selectionColumnDef={SELECTION_COLUMN}
          onSelectionChanged={onSelectionChanged}
          onRowClicked={onRowClicked}
          onCellKeyDown={onCellKeyDown}
          enableBrowserTooltips
          animateRows={false}
        />
      </div>
      <AssignDialog ids={assigning} asOf={asOf} onClose={() => setAssigning(null)} onDone={done} />
      <TransitionDialog
        kind={transition}
        ids={selected.map((r) => r.id)}
        asOf={asOf}
        onClose={() => setTransition(null)}
        onDone={done}
      />
      <ProblemDrawer problem={shown} onClose={() => setShownId(null)} />
      {openingRound ? (
        <OpenRoundDialog
          asOf={asOf}
          initialKinds={['problems']}
          onClose={() => setOpeningRound(false)}
          onOpened={(id) => {
            setOpeningRound(false)
            navigate('rounds', { kind: 'round', id })
          }}
        />
      ) : null}
    </div>
  )
}

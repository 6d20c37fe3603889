import type {
  CellEditRequestEvent,
  ColDef,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  IRowNode,
  RowSelectionOptions,
  SelectionChangedEvent,
  SelectionColumnDef,
  StateUpdatedEvent
} from 'ag-grid-community'
import { Alert, App as AntApp, Button, Space, Tooltip, Typography, type InputRef } from 'antd'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { TaskFormOptions, TaskRow } from '../../../shared/contract'
import { useApi, useApiMutation } from '../api/hooks'
import { useAreaFilter } from '../app/area-filter'
import { useAsOf } from '../app/as-of'
import { useNavigation } from '../app/navigation'
import { ImportLedgerButton } from '../exchange/ExchangeButtons'
import { PlainGrid } from '../grid/PlainGrid'
import { gridLocaleText, gridTheme } from '../grid/setup'
import { AreaDrawer } from '../ledger/AreaDrawer'
import { CellErrorBubble } from '../ledger/CellErrorBubble'
import { forgetLayout, loadLayout, saveLayout } from '../ledger/column-layout'
import { isPresetActive, NO_PRESET, passesPreset, type LedgerPreset } from '../ledger/ledger-presets'
import { LedgerActions, LedgerFilters } from '../ledger/LedgerToolbar'
import { RecycleBinDrawer } from '../ledger/RecycleBinDrawer'
import { ShownCount, ShownExport } from '../ledger/shown-rows'
import { EDITABLE_COLUMNS, taskColumns } from '../ledger/task-columns'
import { TaskDetailDrawer } from '../ledger/TaskDetailDrawer'
import { TaskFormDialog } from '../ledger/TaskFormDialog'
import { SkipToGrid } from '../ledger/SkipToGrid'
import { LeftFilterNotice } from '../ledger/LeftFilterNotice'
import { useFocusAfterLeave } from '../ledger/focus-after-leave'
import { useCellEdit } from '../ledger/use-cell-edit'
import { ProgressReportDialog } from '../progress/ProgressReportDialog'
import { BackwardScheduleDialog, type BackwardScheduleTarget } from '../schedule/BackwardScheduleDialog'
import { formatCount } from '../../../shared/count-format'

const LAYOUT_KEY = 'task-ledger'

// Grid options as constants: a new object or function on every render makes the grid redraw its rows.
const getRowId = (p: GetRowIdParams<TaskRow>) => String(p.data.id)
// No inferred data types: they bring the browser's date editor (mm/dd/yyyy, refuses what a clerk types)
// and number editors; every value goes to the contract's schema as typed instead.
const DEFAULT_COLUMN: ColDef<TaskRow> = { sortable: true, resizable: true, filter: true, cellDataType: false }
const ROW_SELECTION: RowSelectionOptions<TaskRow> = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: true,
  enableClickSelection: false
}
const SELECTION_COLUMN: SelectionColumnDef = { pinned: 'left', width: 44 }
const NO_PHASES: TaskFormOptions['phases'] = []
const saveLedgerLayout = (e: StateUpdatedEvent<TaskRow>) => saveLayout(LAYOUT_KEY, e.state)

/**
 * 任务台账: every task of the plan in plan order under its phase and section headings, with its light as
 * of the 统计截止日期. Cells are edited in place (the contract checks each value; a refused one keeps the
 * old value and shows why), tasks are added, deleted to 回收站 and restored, progress reported and
 * schedules counted back, all from here.
 */
export function TaskLedgerPage(): React.JSX.Element {
  const { asOf } = useAsOf()
  const { modal, message } = AntApp.useApp()
  const area = useAreaFilter()
  const navigation = useNavigation()
  const [includeCityWide, setIncludeCityWide] = useState(true)
  const tasks = useApi('task.list', { asOf, areaId: area.areaId, includeCityWide })
  const everything = useApi('task.list', { asOf, includeDeleted: true })
  const options = useApi('task.options', {})
  const { mutateAsync: removeTasks } = useApiMutation('task.delete')

  const [api, setApi] = useState<GridApi<TaskRow> | null>(null)
  const [gridBox, setGridBox] = useState<HTMLDivElement | null>(null)
  const searchRef = useRef<InputRef>(null)
  // The search text lives in the box and goes straight to the grid; the presets likewise live in their
  // controls, and the grid reads the current one from presetRef. The page keeps no filter state (the
  // count and 清除筛选 ask the grid), and bumps filterReset to empty the box and the presets.
  const presetRef = useRef<LedgerPreset>(NO_PRESET)
  const [filterReset, setFilterReset] = useState(0)
  const [selected, setSelected] = useState<TaskRow[]>([])
  const [layoutTick, setLayoutTick] = useState(0)
  const [initialLayout] = useState(() => loadLayout(LAYOUT_KEY))

  const [detailId, setDetailId] = useState<number | null>(null)
  const [reportOn, setReportOn] = useState<TaskRow | null>(null)
  const [scheduleOn, setScheduleOn] = useState<BackwardScheduleTarget | null>(null)
  const [formOpen, setFormOpen] = useState<{ task: TaskRow | null } | null>(null)
  const [recycleOpen, setRecycleOpen] = useState(false)
  const [areaOpen, setAreaOpen] = useState(false)

  const { cellError, clearCellError, onCellEditRequest } = useCellEdit(
    asOf,
    options.data?.phases ?? NO_PHASES
  )
  const { rememberEdit, forgetEdit, notice } = useFocusAfterLeave(api)
  const editCell = useCallback(
    (event: CellEditRequestEvent<TaskRow>) => {
      rememberEdit(event)
      onCellEditRequest(event)
    },
    [rememberEdit, onCellEditRequest]
  )
  useEffect(() => {
    if (cellError) forgetEdit()
  }, [cellError, forgetEdit])
  // The refused cell's mark comes from the columns' class rule: redraw the editable cells when it moves.
  useEffect(() => {
    api?.refreshCells({ force: true, columns: [...EDITABLE_COLUMNS] })
  }, [cellError, api])

  const rows = tasks.data
  const deleted = useMemo(
    () => (everything.data ?? []).filter((t) => t.deletedAt !== null),
    [everything.data]
  )
  const detail = useMemo(() => rows?.find((t) => t.id === detailId) ?? null, [rows, detailId])
  const phaseYears = useMemo(
    () => Object.fromEntries((options.data?.phases ?? []).map((p) => [p.key, p.year])),
    [options.data]
  )
  const leadUnits = useMemo(
    () => [...new Set((rows ?? []).flatMap((t) => t.leadUnits))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    [rows]
  )

  const columns = useMemo(
    () =>
      taskColumns({
        phaseYears,
        cellError,
        onReport: (task) => setReportOn(task),
        onDetail: (task) => setDetailId(task.id)
      }),
    [phaseYears, cellError]
  )

  const isExternalFilterPresent = useCallback(() => isPresetActive(presetRef.current), [])
  const doesExternalFilterPass = useCallback(
    (node: IRowNode<TaskRow>) => (node.data ? passesPreset(node.data, presetRef.current, asOf) : true),
    [asOf]
  )
  const onPreset = useCallback(
    (next: LedgerPreset) => {
      presetRef.current = next
      api?.onFilterChanged()
    },
    [api]
  )

  // Shows one task: clears what hides it, scrolls to it, selects it and opens its detail.
  const openTask = useCallback(
    (grid: GridApi<TaskRow>, id: number) => {
      const node = grid.getRowNode(String(id))
      if (!node) {
        void message.warning('该任务不在当前区域的任务台账中（可能已删除或属于其他区域）')
        return
      }
      if (!node.displayed) {
        grid.setGridOption('quickFilterText', '')
        presetRef.current = NO_PRESET
        grid.setFilterModel(null)
        grid.onFilterChanged()
        setFilterReset((k) => k + 1)
      }
      setDetailId(id)
      setTimeout(() => {
        grid.ensureNodeVisible(node, 'middle')
        grid.deselectAll()
        node.setSelected(true)
        if (node.rowIndex !== null) grid.setFocusedCell(node.rowIndex, 'title')
      }, 0)
    },
    [message]
  )

  // A task opened from elsewhere (总览's list): handled once the grid has its rows to scroll to.
  const { focus, clearFocus } = navigation
  const showFocus = useCallback(
    (grid: GridApi<TaskRow>) => {
      if (focus?.kind !== 'task') return
      clearFocus()
      openTask(grid, focus.id)
    },
    [focus, clearFocus, openTask]
  )

  const recount = useCallback(() => {
    if (!api) return
    if (rows !== undefined) showFocus(api)
    // Only a shown error message follows the rows around.
    if (cellError) setLayoutTick((t) => t + 1)
  }, [api, rows, showFocus, cellError])
  const onGridReady = useCallback((e: GridReadyEvent<TaskRow>) => setApi(e.api), [])
  const onBodyScroll = useCallback(() => {
    if (cellError) setLayoutTick((t) => t + 1)
  }, [cellError])
  const onSelectionChanged = useCallback(
    (e: SelectionChangedEvent<TaskRow>) => setSelected(e.api.getSelectedRows()),
    []
  )

  // Ctrl+F finds in the ledger, not in the page.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.target as HTMLElement | null)?.closest?.('.ant-modal, .ant-drawer')) return
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault()
        searchRef.current?.focus({ cursor: 'all' })
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const onSearch = useCallback(
    (text: string) => {
      api?.setGridOption('quickFilterText', text)
    },
    [api]
  )

  const clearFilters = useCallback(() => {
    api?.setGridOption('quickFilterText', '')
    presetRef.current = NO_PRESET
    setFilterReset((k) => k + 1)
    api?.setFilterModel(null)
    api?.onFilterChanged()
  }, [api])

  const confirmDelete = useCallback(
    (targets: TaskRow[]) =>
      modal.confirm({
        title: `把${formatCount(targets.length)}项任务移入回收站？`,
        content: `${targets
          .slice(0, 5)
          .map((t) => `${t.code ?? ''} ${t.title}`)
          .join(
            '\n'
          )}${targets.length > 5 ? `\n等${formatCount(targets.length)}项` : ''}\n\n可在“回收站”中恢复，进展记录和时间节点一并保留。`,
        okText: '移入回收站',
        okButtonProps: { danger: true },
        cancelText: '取消',
        onOk: () =>
          removeTasks({ ids: targets.map((t) => t.id) }).then(
            (r) => {
              setDetailId(null)
              void message.success(`已将${formatCount(r.deleted)}项任务移入回收站`)
            },
            (e: Error) => void message.error(e.message)
          )
      }),
    [modal, message, removeTasks]
  )

  const { areaId, areaLabel, setArea } = area
  const areaControls = useMemo(
    () => ({
      label: areaLabel,
      chosen: areaId !== null,
      includeCityWide,
      onIncludeCityWide: setIncludeCityWide,
      onClear: () => setArea(null),
      onOpenTree: () => setAreaOpen(true)
    }),
    [areaId, areaLabel, setArea, includeCityWide]
  )
  const openAddForm = useCallback(() => setFormOpen({ task: null }), [])
  const openRecycleBin = useCallback(() => setRecycleOpen(true), [])
  const deleteSelected = useCallback(() => confirmDelete(selected), [confirmDelete, selected])

  if (tasks.isError)
    return <Alert type="error" showIcon message={tasks.error.message} style={{ margin: 20 }} />
  return (
    <div className="page page-fill ledger-page">
      <SkipToGrid api={api} />
      <div className="ledger-toolbar">
        <LedgerFilters
          searchRef={searchRef}
          resetKey={filterReset}
          onSearch={onSearch}
          onPreset={onPreset}
          leadUnits={leadUnits}
          phases={options.data?.phases ?? NO_PHASES}
          api={api}
          onClearFilters={clearFilters}
          area={areaControls}
        />
        <Space wrap>
          <LedgerActions
            selected={selected.length}
            deleted={deleted.length}
            onAdd={openAddForm}
            onDelete={deleteSelected}
            onRecycleBin={openRecycleBin}
          />
          <ImportLedgerButton
            kind="tasks"
            afterImport={{ label: '查看任务台账', go: () => navigation.navigate('tasks') }}
          />
          <ShownExport api={api} asOf={asOf} />
        </Space>
      </div>
      <div className="ledger-status">
        <ShownCount api={api} total={rows?.length ?? 0} />
        <LeftFilterNotice text={notice} />
        <Typography.Text type="secondary">双击单元格修改，Enter 保存、Esc 取消；方向键移动</Typography.Text>
        <Tooltip title="列宽、顺序、隐藏和排序会记在本机；点此恢复默认">
          <Button
            size="small"
            type="link"
            onClick={() => {
              forgetLayout(LAYOUT_KEY)
              api?.resetColumnState()
            }}
          >
            恢复默认列
          </Button>
        </Tooltip>
      </div>
      <div className="grid-fill" data-testid="task-grid" ref={setGridBox}>
        <PlainGrid<TaskRow>
          theme={gridTheme}
          localeText={gridLocaleText}
          rowData={rows}
          loading={tasks.isPending}
          columnDefs={columns}
          getRowId={getRowId}
          defaultColDef={DEFAULT_COLUMN}
          animateRows={false}
          rowBuffer={4}
          enableCellSpan
          readOnlyEdit
          onCellEditRequest={editCell}
          onCellEditingStarted={clearCellError}
          cacheQuickFilter
          isExternalFilterPresent={isExternalFilterPresent}
          doesExternalFilterPass={doesExternalFilterPass}
          onModelUpdated={recount}
          onGridReady={onGridReady}
          onBodyScroll={onBodyScroll}
          onSelectionChanged={onSelectionChanged}
          rowSelection={ROW_SELECTION}
          selectionColumnDef={SELECTION_COLUMN}
          initialState={initialLayout}
          onStateUpdated={saveLedgerLayout}
          tooltipShowDelay={400}
          stopEditingWhenCellsLoseFocus
          singleClickEdit={false}
          enterNavigatesVerticallyAfterEdit
        />
      </div>
      <CellErrorBubble
        error={cellError}
        container={gridBox}
        layoutKey={layoutTick}
        onClose={clearCellError}
      />
      <TaskDetailDrawer
        task={detail}
        onClose={() => setDetailId(null)}
        onReport={setReportOn}
        onSchedule={(t) =>
          setScheduleOn({ kind: 'task', id: t.id, title: `${t.code ?? ''} ${t.title}`.trim() })
        }
        onEdit={(t) => setFormOpen({ task: t })}
        onDelete={(t) => confirmDelete([t])}
      />
      <ProgressReportDialog
        target={
          reportOn
            ? { kind: 'task', id: reportOn.id, title: `${reportOn.code ?? ''} ${reportOn.title}`.trim() }
            : null
        }
        onClose={() => setReportOn(null)}
      />
      <BackwardScheduleDialog target={scheduleOn} onClose={() => setScheduleOn(null)} />
      <TaskFormDialog
        open={formOpen !== null}
        task={formOpen?.task ?? null}
        onClose={() => setFormOpen(null)}
        onSaved={(id) => {
          // A new task: the list already holds it (every save refreshes the reads); show it.
          if (!formOpen?.task && api) setTimeout(() => openTask(api, id), 50)
        }}
      />
      <AreaDrawer open={areaOpen} onClose={() => setAreaOpen(false)} />
      <RecycleBinDrawer open={recycleOpen} deleted={deleted} onClose={() => setRecycleOpen(false)} />
    </div>
  )
}

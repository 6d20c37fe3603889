import { CloseOutlined } from '@ant-design/icons'
import type {
  CellClickedEvent,
  CellKeyDownEvent,
  ColDef,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  IRowNode,
  RowSelectionOptions,
  SelectionChangedEvent,
  SelectionColumnDef
} from 'ag-grid-community'
import { Alert, App as AntApp, Button, Empty, Input, Select, Space, Tag, Typography } from 'antd'
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { MatrixRow, UnitOption } from '../../../shared/contract'
import { useApi } from '../api/hooks'
import { useAreaFilter } from '../app/area-filter'
import { useAsOf } from '../app/as-of'
import { useNavigation } from '../app/navigation'
import { AreaTreePanel } from '../areas/AreaTreePanel'
import { ExportButton, ImportLedgerButton } from '../exchange/ExchangeButtons'
import { PlainGrid } from '../grid/PlainGrid'
import { useFiltersPresent, useShownIds } from '../grid/shown-rows'
import { gridLocaleText, gridTheme } from '../grid/setup'
import { BackwardScheduleDialog, type BackwardScheduleTarget } from '../schedule/BackwardScheduleDialog'
import { BulkChangeDialog, type BulkSelection } from './BulkChangeDialog'
import { cellsOfRows, rectangleCells, spanOf, type CellPosition } from './cell-selection'
import { TONE_LABEL, TONE_ORDER } from './cell-tones'
import { buildMatrixColumns, itemIndexOf, type MatrixGridContext } from './matrix-columns'
import { VillageItemDrawer } from './VillageItemDrawer'
import './village-matrix.css'
import { formatCount } from '../../../shared/count-format'

// Grid options as constants: a new object on every render would make ag-grid re-apply them, and each
// re-application answers with a model update that renders this component again.
const DEFAULT_COL_DEF: ColDef<MatrixRow> = { resizable: true, sortable: true }
const ROW_SELECTION: RowSelectionOptions<MatrixRow> = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: true,
  enableClickSelection: false,
  selectAll: 'filtered'
}
const SELECTION_COLUMN: SelectionColumnDef = { pinned: 'left', width: 44 }
const NO_UNITS: UnitOption[] = []
const rowIdOf = (p: GetRowIdParams<MatrixRow>): string => String(p.data.villageId)
const TREE_STYLE: React.CSSProperties = { width: 300, flex: 'none' }
// The dialogs and the drawer stay put while the clerk filters: no need to draw them again each time.
const Drawer = memo(VillageItemDrawer)
const BulkDialog = memo(BulkChangeDialog)
const ScheduleDialog = memo(BackwardScheduleDialog)

/**
 * The village matrix: a row per urban village, a column per catalog item, each cell coloured by its
 * light. The area tree filters it in the page (the whole city is loaded once); Ctrl/Shift-click or the
 * row checkboxes × an item choice select cells for 批量修改 and 倒排工期; a plain click opens the drawer.
 */
export function VillageMatrixView(): React.JSX.Element {
  const { asOf } = useAsOf()
  const { areaId, areaLabel, setArea } = useAreaFilter()
  const { focus, clearFocus } = useNavigation()
  const { message } = AntApp.useApp()
  const matrix = useApi('village.matrix', { asOf })
  const grid = useRef<GridApi<MatrixRow> | null>(null)

  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set())
  const selectedRef = useRef(selected)
  const anchor = useRef<CellPosition | null>(null)
  const beforeShift = useRef<ReadonlySet<number>>(new Set())
  const areaRef = useRef(areaId)
  const [chosenId, setOpenId] = useState<number | null>(null)
  // A village item 总览 or the wall chart sent the clerk to opens at once.
  const openId = focus?.kind === 'village-item' ? focus.id : chosenId
  const [api, setApi] = useState<GridApi<MatrixRow> | null>(null)
  const [checked, setChecked] = useState<MatrixRow[]>([])
  const [checkedItems, setCheckedItems] = useState<number[]>([])
  const [bulk, setBulk] = useState<BulkSelection | null>(null)
  const [schedule, setSchedule] = useState<BackwardScheduleTarget | null>(null)

  const data = matrix.data
  // Column defs are rebuilt only when the catalog or the units change, not on every refetch.
  const columnsKey = data ? JSON.stringify([data.columns, data.units]) : ''
  const columnDefs = useMemo(
    () => (data ? buildMatrixColumns(data.columns, data.units) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [columnsKey]
  )
  const context = useMemo<MatrixGridContext>(() => ({ isSelected: (id) => selectedRef.current.has(id) }), [])

  const select = useCallback((next: ReadonlySet<number>) => {
    selectedRef.current = next
    setSelected(next)
    grid.current?.refreshCells({ force: true })
  }, [])

  // The grid filters the moment a node of the tree is chosen, before the page draws the choice; an
  // area set elsewhere (the tag's ×) is caught up with after the render.
  const filterArea = useCallback((next: number | null) => {
    if (areaRef.current === next) return
    areaRef.current = next
    grid.current?.onFilterChanged()
  }, [])
  useEffect(() => filterArea(areaId), [areaId, filterArea])

  const onCellClicked = useCallback(
    (event: CellClickedEvent<MatrixRow>) => {
      const index = itemIndexOf(event.column.getColId())
      const cell = index === null ? null : (event.data?.cells[index] ?? null)
      if (!cell || event.rowIndex === null) return
      const mouse = event.event as MouseEvent | null
      const position = { rowIndex: event.rowIndex, colId: event.column.getColId() }
      if (mouse?.shiftKey && anchor.current) {
        const next = new Set(beforeShift.current)
        for (const c of rectangleCells(event.api, anchor.current, position)) next.add(c.id)
        select(next)
        return
      }
      if (mouse?.ctrlKey || mouse?.metaKey || mouse?.shiftKey) {
        if (cell.tone === 'not-applicable') {
          void message.info('该事项对本村不适用，不能加入批量修改')
          return
        }
        const next = new Set(selectedRef.current)
        if (next.has(cell.id)) next.delete(cell.id)
        else next.add(cell.id)
        anchor.current = position
        beforeShift.current = next
        select(next)
        return
      }
      anchor.current = position
      beforeShift.current = selectedRef.current
      setOpenId(cell.id)
    },
    [message, select]
  )

  const isExternalFilterPresent = useCallback(() => areaRef.current !== null, [])
  const doesExternalFilterPass = useCallback(
    (node: IRowNode<MatrixRow>) => node.data !== undefined && node.data.areaPath.includes(areaRef.current!),
    []
  )

  const onCellKeyDown = useCallback((event: CellKeyDownEvent<MatrixRow>) => {
    const key = (event.event as KeyboardEvent | null)?.key
    const index = itemIndexOf(event.column.getColId())
    const cell = index === null ? null : event.data?.cells[index]
    if (key === 'Enter' && cell) setOpenId(cell.id)
  }, [])

  const onGridReady = useCallback((e: GridReadyEvent<MatrixRow>) => setApi(e.api), [])
  const onSelectionChanged = useCallback(
    (event: SelectionChangedEvent<MatrixRow>) => setChecked(event.api.getSelectedRows()),
    []
  )

  const addCheckedCells = (): void => {
    const { cells, skipped } = cellsOfRows(checked, checkedItems)
    select(new Set([...selectedRef.current, ...cells.map((c) => c.id)]))
    void message.info(
      `已加入${formatCount(cells.length)}个单元格` +
        (skipped > 0 ? `，略过${formatCount(skipped)}个不适用的单元格` : '')
    )
  }

  const closeDrawer = useCallback(() => {
    if (focus) clearFocus()
    setOpenId(null)
  }, [focus, clearFocus])
  const closeBulk = useCallback(() => setBulk(null), [])
  const bulkDone = useCallback(() => {
    setBulk(null)
    select(new Set())
  }, [select])
  const closeSchedule = useCallback(() => setSchedule(null), [])

  const openBulk = (): void => {
    if (!data) return
    setBulk({ ids: [...selected], ...spanOf(data.rows, selected) })
  }

  const openSchedule = (): void => {
    if (!data) return
    const span = spanOf(data.rows, selected)
    setSchedule({
      kind: 'village-items',
      ids: [...selected],
      title: `所选${formatCount(selected.size)}项村治理事项（${formatCount(span.villages)}个村、${formatCount(span.items)}个事项）`
    })
  }

  if (matrix.isError) return <Alert type="error" showIcon message={matrix.error.message} />

  return (
    <div className="vm-layout">
      <AreaTreePanel style={TREE_STYLE} onChoose={filterArea} />
      <div className="vm-main">
        <div className="vm-toolbar">
          <MatrixSearch api={api} />
          <Tag
            color={areaId === null ? 'default' : 'blue'}
            closable={areaId !== null}
            closeIcon={<CloseOutlined aria-label="清除区域筛选" />}
            onClose={() => setArea(null, '全市')}
            data-testid="matrix-area"
          >
            区域：{areaLabel}
          </Tag>
          <ShownVillages api={api} asOf={asOf} />
        </div>
        <div className="vm-toolbar" data-testid="matrix-selection">
          <Typography.Text>
            已选 <b data-testid="selected-count">{formatCount(selected.size)}</b> 个单元格
          </Typography.Text>
          <Button size="small" type="primary" disabled={selected.size === 0} onClick={openBulk}>
            批量修改
          </Button>
          <Button size="small" disabled={selected.size === 0} onClick={openSchedule}>
            倒排工期
          </Button>
          <Button size="small" disabled={selected.size === 0} onClick={() => select(new Set())}>
            清除选择
          </Button>
          {checked.length > 0 ? (
            <Space size={6}>
              <Typography.Text>已勾选{formatCount(checked.length)}个村，选择事项：</Typography.Text>
              <Select
                mode="multiple"
                size="small"
                style={{ minWidth: 220 }}
                maxTagCount="responsive"
                placeholder="选择事项"
                aria-label="勾选村的事项"
                value={checkedItems}
                onChange={setCheckedItems}
                options={(data?.columns ?? []).map((c, index) => ({ value: index, label: c.name }))}
              />
              <Button size="small" disabled={checkedItems.length === 0} onClick={addCheckedCells}>
                加入选择
              </Button>
            </Space>
          ) : (
            <Typography.Text type="secondary" className="vm-hint">
              单击看详情；Ctrl/Shift+单击多选，或勾选村后按事项选
            </Typography.Text>
          )}
          <span style={{ flex: 1 }} />
          <span className="vm-legend" aria-label="图例">
            {TONE_ORDER.map((tone) => (
              <span key={tone} className={`vm-legend-chip vm-tone-${tone}`}>
                {TONE_LABEL[tone]}
              </span>
            ))}
          </span>
        </div>
        {data && data.rows.length === 0 ? (
          // The whole city is loaded at once: no rows means the file has no urban villages yet.
          <Empty
            style={{ marginTop: 64 }}
            data-testid="matrix-empty"
            description="数据文件中还没有城中村。请用右上方的“导入村治理事项”导入村治理事项明细（每行一个村的一个事项），矩阵随后列出每个村。"
          />
        ) : null}
        <div
          className="grid-fill"
          data-testid="village-matrix"
          style={data && data.rows.length === 0 ? { display: 'none' } : undefined}
        >
          <PlainGrid<MatrixRow>
            apiRef={grid}
            theme={gridTheme}
            localeText={gridLocaleText}
            rowData={data?.rows}
            loading={matrix.isPending}
            columnDefs={columnDefs}
            context={context}
            getRowId={rowIdOf}
            rowHeight={32}
            groupHeaderHeight={30}
            headerHeight={50}
            // Few rows beyond the view: a filter redraws only what is near the screen.
            rowBuffer={4}
            defaultColDef={DEFAULT_COL_DEF}
            rowSelection={ROW_SELECTION}
            selectionColumnDef={SELECTION_COLUMN}
            onSelectionChanged={onSelectionChanged}
            isExternalFilterPresent={isExternalFilterPresent}
            doesExternalFilterPass={doesExternalFilterPass}
            onGridReady={onGridReady}
            onCellClicked={onCellClicked}
            onCellKeyDown={onCellKeyDown}
            // The browser's own tooltips (title): no tooltip machinery per cell, multi-line text as is.
            enableBrowserTooltips
            // Rows jump to their place: animating 1,000 rows on every filter costs frames, not clarity.
            animateRows={false}
          />
        </div>
      </div>
      <Drawer id={openId} onClose={closeDrawer} />
      <BulkDialog selection={bulk} units={data?.units ?? NO_UNITS} onClose={closeBulk} onDone={bulkDone} />
      <ScheduleDialog target={schedule} onClose={closeSchedule} />
    </div>
  )
}

/**
 * 查找村: the text goes straight to the grid's quick filter, so a keystroke draws this box and the
 * grid's rows, not the page.
 */
const MatrixSearch = memo(function MatrixSearch(props: {
  api: GridApi<MatrixRow> | null
}): React.JSX.Element {
  const { api } = props
  const [text, setText] = useState('')
  return (
    <Input.Search
      allowClear
      placeholder="查找村、镇(街)"
      aria-label="查找村"
      style={{ width: 180 }}
      value={text}
      onChange={(e) => {
        const next = e.target.value
        setText(next)
        api?.setGridOption('quickFilterText', next)
      }}
    />
  )
})

const villageId = (row: MatrixRow) => row.villageId

/** 显示N个城中村, 导入 and 导出 of exactly the villages shown: what a filter redraws besides the grid. */
const ShownVillages = memo(function ShownVillages(props: {
  api: GridApi<MatrixRow> | null
  asOf: string
}): React.JSX.Element {
  const ids = useShownIds(props.api, villageId)
  const filtered = useFiltersPresent(props.api)
  return (
    <>
      <Typography.Text data-testid="matrix-count">显示{formatCount(ids.length)}个城中村</Typography.Text>
      <span style={{ flex: 1 }} />
      <ImportLedgerButton kind="villages" />
      <ExportButton what="villages" rowIds={filtered ? ids : null} asOf={props.asOf} />
    </>
  )
})

import type { CellClassParams, ColDef, SuppressKeyboardEventParams } from 'ag-grid-community'
import type { TaskRow } from '../../../shared/contract'
import type { TaskEditField } from '../../../shared/contract/task'
import { PHASE_LABEL, WORK_STATUS_LABEL, WORK_STATUSES, type PhaseKey } from '../../../shared/domain'
import { reactCellEditor } from '../grid/react-cell-editor'
import { AreaCellEditor, UnitsCellEditor } from './cell-editors'
import { actionsCellKeys } from './actions-keys'
import { actionsCell, headingCell, LightCell } from './plain-cells'

/** The cell whose save failed: it keeps its old value and shows why (see CellErrorBubble). */
export interface CellError {
  rowId: string
  colId: string
  message: string
}

export interface ColumnActions {
  phaseYears: Partial<Record<PhaseKey, number>>
  /** The refused cell, marked red until the clerk edits it again or closes the message. */
  cellError: CellError | null
  onReport(task: TaskRow): void
  onDetail(task: TaskRow): void
}

// The React editors, as editor classes the plain (non-React) grid takes.
const UnitsEditor = reactCellEditor(UnitsCellEditor)
const AreaEditor = reactCellEditor(AreaCellEditor)

/** Columns a clerk edits in the cell; their colId is the task field the contract's task.update takes. */
export const EDITABLE_COLUMNS: readonly TaskEditField[] = [
  'code',
  'title',
  'deadline',
  'status',
  'percent',
  'completedDate',
  'leadUnits',
  'supportUnits',
  'leader',
  'areaId',
  'startDate',
  'measures',
  'note'
]

function invalidCell(error: CellError | null) {
  return {
    'cell-invalid': (p: CellClassParams<TaskRow>) =>
      error !== null && error.rowId === p.node.id && error.colId === p.column.getColId()
  }
}

/** Enter belongs to a multi-value editor (adding a unit); the editor's own 确定 saves. */
const keepEnterInEditor = (p: SuppressKeyboardEventParams<TaskRow>) => p.editing && p.event.key === 'Enter'

const joinNames = (names: unknown) => (Array.isArray(names) ? names.join('、') : String(names ?? ''))

/** The plan's heading of a task: its phase and year over its section (一、消防安全), merged down the section. */
export function headingOf(task: TaskRow, phaseYears: ColumnActions['phaseYears']): string {
  return `${phaseOf(task, phaseYears)} · ${task.group || '未分类'}`
}

function phaseOf(task: TaskRow, phaseYears: ColumnActions['phaseYears']): string {
  return task.phase ? `${PHASE_LABEL[task.phase]}${phaseYears[task.phase] ?? ''}` : '未分阶段'
}

/** Red before yellow before green before done; within a colour, the fewest working days left first. */
function lightRank(task: TaskRow | undefined): number {
  if (!task) return 0
  const info = task.light
  const base = info.light === 'red' ? 0 : info.light === 'yellow' ? 1 : info.light === 'green' ? 2 : 3
  return base * 100_000 + (info.workdaysLeft ?? 50_000)
}

export function taskColumns(actions: ColumnActions): ColDef<TaskRow>[] {
  const text = (
    field: TaskEditField,
    headerName: string,
    width: number,
    extra: ColDef<TaskRow> = {}
  ): ColDef<TaskRow> => ({
    field: field as keyof TaskRow & string,
    colId: field,
    headerName,
    width,
    editable: true,
    cellClassRules: invalidCell(actions.cellError),
    ...extra
  })
  const largeText = (field: TaskEditField, headerName: string, width: number, maxLength: number) =>
    text(field, headerName, width, {
      cellEditor: 'agLargeTextCellEditor',
      cellEditorPopup: true,
      cellEditorParams: { maxLength, rows: 6, cols: 50 },
      tooltipField: field as keyof TaskRow & string
    })
  const dateText = (field: TaskEditField, headerName: string, empty: string) =>
    text(field, headerName, 112, { valueFormatter: (p) => (p.value as string | null) ?? empty })

  return [
    {
      colId: 'phase',
      headerName: '阶段',
      width: 72,
      pinned: 'left',
      // 按阶段 is a preset; a filter button would leave no room for the heading's two characters.
      filter: false,
      spanRows: true,
      valueGetter: (p) => (p.data ? phaseOf(p.data, actions.phaseYears) : ''),
      cellClass: 'ledger-heading-cell',
      cellRenderer: headingCell((task) =>
        task.phase ? [PHASE_LABEL[task.phase], String(actions.phaseYears[task.phase] ?? '')] : ['未分阶段']
      )
    },
    {
      colId: 'group',
      headerName: '分类',
      width: 156,
      pinned: 'left',
      // A section merges down its tasks within one phase only.
      spanRows: ({ nodeA, nodeB, valueA, valueB }) =>
        valueA === valueB && nodeA?.data?.phase === nodeB?.data?.phase,
      valueGetter: (p) => p.data?.group || '未分类',
      tooltipValueGetter: (p) => (p.data ? headingOf(p.data, actions.phaseYears) : ''),
      cellClass: 'ledger-heading-cell',
      cellRenderer: headingCell((task) => [task.group || '未分类'])
    },
    text('code', '编号', 76, { pinned: 'left' }),
    {
      ...largeText('title', '任务', 220, 500),
      pinned: 'left'
    },
    {
      colId: 'light',
      headerName: '亮灯',
      width: 150,
      // The 估 mark is part of the value, so the cell redraws when an import makes the count official.
      valueGetter: (p) =>
        p.data ? `${p.data.light.label}${p.data.light.provisional ? '（预估）' : ''}` : undefined,
      comparator: (_a, _b, nodeA, nodeB) => lightRank(nodeA.data) - lightRank(nodeB.data),
      cellRenderer: LightCell
    },
    dateText('deadline', '完成时限', '长期'),
    text('leadUnits', '牵头单位', 200, {
      valueFormatter: (p) => joinNames(p.value),
      filterValueGetter: (p) => joinNames(p.data?.leadUnits),
      getQuickFilterText: (p) => joinNames(p.data?.leadUnits),
      tooltipValueGetter: (p) => joinNames(p.data?.leadUnits),
      cellEditor: UnitsEditor,
      cellEditorPopup: true,
      suppressKeyboardEvent: keepEnterInEditor,
      equals: (a: string[], b: string[]) => joinNames(a) === joinNames(b)
    }),
    // 状态 and 进度 are frozen at the right, beside 操作: on a 1366×768 screen the columns between push
    // them past the edge, and a clerk reporting progress needs them in view without scrolling sideways.
    text('status', '状态', 90, {
      pinned: 'right',
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...WORK_STATUSES] },
      refData: WORK_STATUS_LABEL
    }),
    text('percent', '进度', 76, {
      pinned: 'right',
      valueFormatter: (p) => `${p.value as number}%`,
      type: 'rightAligned'
    }),
    dateText('completedDate', '办结日期', ''),
    text('supportUnits', '配合单位', 220, {
      valueFormatter: (p) => joinNames(p.value),
      filterValueGetter: (p) => joinNames(p.data?.supportUnits),
      getQuickFilterText: (p) => joinNames(p.data?.supportUnits),
      tooltipValueGetter: (p) => joinNames(p.data?.supportUnits),
      cellEditor: UnitsEditor,
      cellEditorPopup: true,
      suppressKeyboardEvent: keepEnterInEditor,
      equals: (a: string[], b: string[]) => joinNames(a) === joinNames(b)
    }),
    text('leader', '责任领导', 128),
    text('areaId', '所属区域', 120, {
      valueFormatter: (p) => p.data?.areaName ?? '全市',
      filterValueGetter: (p) => p.data?.areaName ?? '全市',
      getQuickFilterText: (p) => p.data?.areaName ?? '全市',
      cellEditor: AreaEditor,
      cellEditorPopup: true,
      suppressKeyboardEvent: keepEnterInEditor
    }),
    dateText('startDate', '开始日期', ''),
    largeText('measures', '工作措施', 260, 2000),
    {
      colId: 'latestReport',
      headerName: '最新进展',
      width: 320,
      valueGetter: (p) =>
        p.data?.latestReport
          ? `${p.data.latestReport.date}${p.data.latestReport.percent !== null ? `（${p.data.latestReport.percent}%）` : ''} ${p.data.latestReport.text}`
          : '',
      tooltipValueGetter: (p) => p.value as string
    },
    largeText('note', '备注', 160, 2000),
    {
      colId: 'actions',
      headerName: '操作',
      width: 132,
      pinned: 'right',
      sortable: false,
      filter: false,
      resizable: false,
      suppressMovable: true,
      cellRenderer: actionsCell(actions),
      suppressKeyboardEvent: actionsCellKeys
    }
  ]
}

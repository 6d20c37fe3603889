import type { ColDef, ICellRendererParams } from 'ag-grid-community'
import type { ProblemRow } from '../../../shared/contract'
import { lightColor } from '../ledger/plain-cells'
import { formatScore } from './rule-text'

/** The light as a tinted tag in words (逾期3个工作日 …), plain DOM like the ledger's; 待交办 has none yet. */
function lightCell(params: ICellRendererParams<ProblemRow>): HTMLElement | string {
  const row = params.data
  if (!row) return ''
  const tag = document.createElement('span')
  tag.className = 'ledger-light'
  if (!row.light) {
    tag.textContent = row.state === 'closed' ? '已销号' : '未交办'
    tag.dataset.light = ''
    tag.style.color = '#8c8c8c'
    return tag
  }
  const color = lightColor(row.light)
  tag.dataset.light = row.light.light ?? row.light.outcome ?? ''
  tag.style.color = color
  tag.style.background = `${color}14`
  tag.style.borderColor = `${color}55`
  tag.textContent = row.light.label
  return tag
}

const STATE_CLASS: Record<ProblemRow['state'], string> = {
  pending: 'problem-state-pending',
  rectifying: 'problem-state-rectifying',
  requested: 'problem-state-requested',
  closed: 'problem-state-closed'
}

export const PROBLEM_COLUMNS: ColDef<ProblemRow>[] = [
  { colId: 'light', headerName: '亮灯', width: 124, cellRenderer: lightCell, sortable: false },
  {
    colId: 'state',
    headerName: '状态',
    field: 'stateLabel',
    width: 84,
    cellClass: (p) => (p.data ? STATE_CLASS[p.data.state] : '')
  },
  {
    // 区 and 镇(街) in one column: the whole list fits a 1366-pixel screen without scrolling sideways.
    colId: 'area',
    headerName: '区·镇(街)',
    width: 150,
    valueGetter: (p) => (p.data ? [p.data.district, p.data.town].filter(Boolean).join('·') : ''),
    tooltipField: 'areaPath'
  },
  { colId: 'point', headerName: '点位', field: 'point', width: 100, tooltipField: 'areaPath' },
  { colId: 'criterion', headerName: '测评内容', field: 'criterion', width: 130, tooltipField: 'criterion' },
  {
    colId: 'description',
    headerName: '问题描述',
    field: 'description',
    flex: 1,
    minWidth: 200,
    tooltipField: 'description'
  },
  {
    colId: 'deduction',
    headerName: '扣分',
    field: 'deduction',
    width: 60,
    type: 'rightAligned',
    valueFormatter: (p) => (typeof p.value === 'number' ? formatScore(p.value) : '')
  },
  {
    colId: 'repeat',
    headerName: '反复',
    field: 'repeat',
    width: 64,
    // Words, not ag-grid's checkbox for a boolean field: the clerk reads 反复, not a tick.
    cellDataType: 'text',
    valueFormatter: (p) => (p.value ? '反复' : ''),
    cellClass: (p) => (p.data?.repeat ? 'problem-repeat' : '')
  },
  { colId: 'unit', headerName: '责任单位', field: 'unit', width: 140, tooltipField: 'unit' },
  { colId: 'deadline', headerName: '整改时限', field: 'deadline', width: 100 }
]

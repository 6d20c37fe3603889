import type {
  CellClassParams,
  ColDef,
  ColGroupDef,
  ITooltipParams,
  ValueGetterParams
} from 'ag-grid-community'
import type { MatrixCell, MatrixColumn, MatrixRow, UnitOption } from '../../../shared/contract'
import { ITEM_CATEGORIES, ITEM_CATEGORY_LABEL, WORK_STATUS_LABEL } from '../../../shared/domain'
import { cellText } from './cell-tones'
import { formatCount } from '../../../shared/count-format'

/** What every cell rule reads at render time: the selection changes without new column defs. */
export interface MatrixGridContext {
  isSelected(cellId: number): boolean
}

export const ITEM_COL_PREFIX = 'item-'

export function itemColId(index: number): string {
  return `${ITEM_COL_PREFIX}${index}`
}

/** The column index of an item column id, or null for 区/镇(街)/村 and the checkbox. */
export function itemIndexOf(colId: string): number | null {
  return colId.startsWith(ITEM_COL_PREFIX) ? Number(colId.slice(ITEM_COL_PREFIX.length)) : null
}

export function villageLabel(row: MatrixRow): string {
  return row.community ? `${row.community}${row.village}` : row.village
}

/**
 * An item cell's classes, from one function rather than a rule per tone: a filter draws hundreds of new
 * cells, and each rule is a call and a class toggle per cell. The grid takes the previous classes off
 * whenever it reapplies these (a new value, or the forced refresh that follows the selection).
 */
function itemCellClass(p: CellClassParams<MatrixRow, unknown, MatrixGridContext>): string[] {
  const cell = p.value as MatrixCell | null
  if (!cell) return ['vm-item-cell']
  return (p.context as MatrixGridContext).isSelected(cell.id)
    ? ['vm-item-cell', `vm-tone-${cell.tone}`, 'vm-selected']
    : ['vm-item-cell', `vm-tone-${cell.tone}`]
}

/**
 * The matrix's columns: 区, 镇(街), 村 pinned on the left, then one column per catalog item grouped by
 * category (基础/提升/长效). Built once per catalog (memoised by the caller): at 1,080 rows × 16 items a
 * new set of column defs would make the grid redraw every cell.
 */
export function buildMatrixColumns(
  columns: MatrixColumn[],
  units: UnitOption[]
): (ColDef<MatrixRow> | ColGroupDef<MatrixRow>)[] {
  const unitName = new Map(units.map((u) => [u.id, u.name]))
  const tooltip = (column: MatrixColumn) => (p: ITooltipParams<MatrixRow>) => {
    const cell = p.value as MatrixCell | null
    if (!cell || !p.data) return ''
    const where = `${p.data.district} · ${villageLabel(p.data)}`
    if (cell.tone === 'not-applicable') return `${where}\n${column.name}：本村不实施（不适用）`
    return [
      `${where}\n${column.name}（${WORK_STATUS_LABEL[cell.status]}，${cell.percent}%）`,
      `完成时限：${cell.deadline ?? '长期'}（${cell.label}）`,
      `责任单位：${cell.unitId === null ? '未定' : (unitName.get(cell.unitId) ?? '未定')}`
    ].join('\n')
  }

  const itemColumn = (column: MatrixColumn, index: number): ColDef<MatrixRow> => ({
    colId: itemColId(index),
    headerName: column.name,
    headerTooltip: `${ITEM_CATEGORY_LABEL[column.category]}类：${column.name}`,
    width: 76,
    // Two lines at most, at a fixed height: measuring each header's height costs a layout per filter.
    wrapHeaderText: true,
    sortable: false,
    suppressHeaderMenuButton: true,
    filter: false,
    valueGetter: (p: ValueGetterParams<MatrixRow>) => p.data?.cells[index] ?? null,
    valueFormatter: (p) => (p.value ? cellText(p.value as MatrixCell) : ''),
    getQuickFilterText: () => '',
    comparator: () => 0,
    tooltipValueGetter: tooltip(column),
    cellClass: itemCellClass,
    headerClass: 'vm-item-header'
  })

  const groups: ColGroupDef<MatrixRow>[] = []
  for (const category of ITEM_CATEGORIES) {
    const children = columns
      .map((column, index) => ({ column, index }))
      .filter(({ column }) => column.category === category)
      .map(({ column, index }) => itemColumn(column, index))
    if (children.length === 0) continue
    groups.push({
      groupId: `category-${category}`,
      headerName: `${ITEM_CATEGORY_LABEL[category]}（${formatCount(children.length)}项）`,
      headerClass: 'vm-header-category',
      children
    })
  }

  return [
    {
      colId: 'district',
      field: 'district',
      headerName: '区',
      width: 74,
      pinned: 'left',
      filter: true
    },
    { colId: 'town', field: 'town', headerName: '镇(街)', width: 100, pinned: 'left', filter: true },
    {
      colId: 'village',
      headerName: '村(居)',
      width: 140,
      pinned: 'left',
      filter: true,
      valueGetter: (p) => (p.data ? villageLabel(p.data) : ''),
      tooltipValueGetter: (p) =>
        p.data ? `${p.data.district} / ${p.data.town} / ${villageLabel(p.data)}` : ''
    },
    ...groups
  ]
}

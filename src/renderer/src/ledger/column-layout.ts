import type { GridState } from 'ag-grid-community'

/**
 * The clerk's column layout (order, widths, hidden and pinned columns, sort) of a grid, kept on this
 * machine. Filters and selection are not kept: a ledger that opens filtered hides tasks.
 */
const PREFIX = 'civdesk.grid-layout.'

type Layout = Pick<GridState, 'columnOrder' | 'columnSizing' | 'columnVisibility' | 'columnPinning' | 'sort'>

export function loadLayout(grid: string): Layout | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + grid)
    return raw ? (JSON.parse(raw) as Layout) : undefined
  } catch {
    return undefined
  }
}

export function saveLayout(grid: string, state: GridState): void {
  const layout: Layout = {
    columnOrder: state.columnOrder,
    columnSizing: state.columnSizing,
    columnVisibility: state.columnVisibility,
    columnPinning: state.columnPinning,
    sort: state.sort
  }
  try {
    localStorage.setItem(PREFIX + grid, JSON.stringify(layout))
  } catch {
    // A full or disabled storage only costs the remembered layout.
  }
}

export function forgetLayout(grid: string): void {
  localStorage.removeItem(PREFIX + grid)
}

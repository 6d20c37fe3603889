import type { GridApi } from 'ag-grid-community'
import type { MatrixCell, MatrixRow } from '../../../shared/contract'
import { itemIndexOf } from './matrix-columns'

export interface CellPosition {
  rowIndex: number
  colId: string
}

/**
 * The cells of the rectangle between two cells, in the grid's current order (after sorting and the
 * area filter), skipping cells that do not apply to their village: they cannot take a bulk change.
 */
export function rectangleCells(api: GridApi<MatrixRow>, from: CellPosition, to: CellPosition): MatrixCell[] {
  const itemColumns = api
    .getAllDisplayedColumns()
    .map((c) => c.getColId())
    .filter((colId) => itemIndexOf(colId) !== null)
  const a = itemColumns.indexOf(from.colId)
  const b = itemColumns.indexOf(to.colId)
  if (a < 0 || b < 0) return []
  const columns = itemColumns.slice(Math.min(a, b), Math.max(a, b) + 1).map((colId) => itemIndexOf(colId)!)
  const cells: MatrixCell[] = []
  for (let r = Math.min(from.rowIndex, to.rowIndex); r <= Math.max(from.rowIndex, to.rowIndex); r++) {
    const row = api.getDisplayedRowAtIndex(r)?.data
    if (!row) continue
    for (const index of columns) {
      const cell = row.cells[index]
      if (cell && cell.tone !== 'not-applicable') cells.push(cell)
    }
  }
  return cells
}

/** The cells of the given rows for the given catalog items (row checkboxes × item choice). */
export function cellsOfRows(
  rows: MatrixRow[],
  itemIndexes: number[]
): { cells: MatrixCell[]; skipped: number } {
  const cells: MatrixCell[] = []
  let skipped = 0
  for (const row of rows)
    for (const index of itemIndexes) {
      const cell = row.cells[index]
      if (!cell) continue
      if (cell.tone === 'not-applicable') skipped++
      else cells.push(cell)
    }
  return { cells, skipped }
}

/** How many villages and catalog items a set of cells spans, for the bulk dialog's sentence. */
export function spanOf(
  rows: readonly MatrixRow[],
  selected: ReadonlySet<number>
): { villages: number; items: number } {
  const items = new Set<number>()
  let villages = 0
  for (const row of rows) {
    let hit = false
    row.cells.forEach((cell, index) => {
      if (cell && selected.has(cell.id)) {
        hit = true
        items.add(index)
      }
    })
    if (hit) villages++
  }
  return { villages, items: items.size }
}

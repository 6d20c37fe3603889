import type { GridApi } from 'ag-grid-community'
import { describe, expect, it } from 'vitest'
import type { MatrixCell, MatrixRow } from '../../../shared/contract'
import { cellsOfRows, rectangleCells, spanOf, type CellPosition } from './cell-selection'

/** Village v's cell for item i has id v*10+i; item 1 does not apply to village 2; village 3 lacks item 3. */
const village = (v: number): MatrixRow => ({
  villageId: v,
  village: `村${v}`,
  community: null,
  town: '金山街道',
  district: '湖里区',
  areaPath: [v],
  cells: [0, 1, 2, 3].map((i): MatrixCell | null =>
    v === 3 && i === 3
      ? null
      : {
          id: v * 10 + i,
          tone: v === 2 && i === 1 ? 'not-applicable' : 'green',
          status: 'in-progress',
          deadline: '2025-12-31',
          percent: 0,
          label: '',
          unitId: null
        }
  )
})
const VILLAGES = [1, 2, 3, 4].map(village)

/**
 * Just the two things rectangleCells asks the grid: the columns shown, left to right (pinned ones and the
 * checkbox first), and the row at each position after sorting and the area filter.
 */
function grid(columns: string[], rows: MatrixRow[]): GridApi<MatrixRow> {
  return {
    getAllDisplayedColumns: () => columns.map((colId) => ({ getColId: () => colId })),
    getDisplayedRowAtIndex: (i: number) => (rows[i] ? { data: rows[i] } : undefined)
  } as unknown as GridApi<MatrixRow>
}
const PINNED = ['ag-Grid-SelectionColumn', 'district', 'town', 'village']
const IN_ORDER = grid([...PINNED, 'item-0', 'item-1', 'item-2', 'item-3'], VILLAGES)
const at = (rowIndex: number, colId: string): CellPosition => ({ rowIndex, colId })
const ids = (cells: MatrixCell[]) => cells.map((c) => c.id).sort((a, b) => a - b)

describe('the matrix’s rectangle selection', () => {
  it.each<[string, GridApi<MatrixRow>, CellPosition, CellPosition, number[]]>([
    ['one cell', IN_ORDER, at(0, 'item-0'), at(0, 'item-0'), [10]],
    ['a block, dragged down and right', IN_ORDER, at(0, 'item-0'), at(1, 'item-2'), [10, 11, 12, 20, 22]],
    ['the same block, dragged up and left', IN_ORDER, at(1, 'item-2'), at(0, 'item-0'), [10, 11, 12, 20, 22]],
    [
      'skips a cell that does not apply and one the village lacks',
      IN_ORDER,
      at(1, 'item-1'),
      at(2, 'item-3'),
      [22, 23, 31, 32]
    ],
    [
      'follows the columns as the clerk moved them',
      grid([...PINNED, 'item-2', 'item-0', 'item-3', 'item-1'], VILLAGES),
      at(0, 'item-2'),
      at(0, 'item-0'),
      [10, 12]
    ],
    [
      'leaves out a column the clerk hid',
      grid([...PINNED, 'item-0', 'item-2', 'item-3'], VILLAGES),
      at(0, 'item-0'),
      at(0, 'item-3'),
      [10, 12, 13]
    ],
    [
      'follows the rows as sorted and filtered',
      grid([...PINNED, 'item-0'], [VILLAGES[3], VILLAGES[0]]),
      at(0, 'item-0'),
      at(1, 'item-0'),
      [10, 40]
    ],
    ['stops at the last row shown', IN_ORDER, at(3, 'item-0'), at(9, 'item-0'), [40]],
    // A corner on 区/镇(街)/村 or the checkbox is not an item cell: no rectangle, not a guess.
    ['takes nothing from a pinned corner', IN_ORDER, at(0, 'village'), at(2, 'item-2'), []],
    [
      'takes nothing from the checkbox column',
      IN_ORDER,
      at(0, 'item-0'),
      at(2, 'ag-Grid-SelectionColumn'),
      []
    ],
    [
      'takes nothing from a hidden column',
      grid([...PINNED, 'item-0'], VILLAGES),
      at(0, 'item-0'),
      at(0, 'item-2'),
      []
    ]
  ])('%s', (_why, api, from, to, expected) => {
    expect(ids(rectangleCells(api, from, to))).toEqual(expected)
  })
})

describe('the matrix’s row-and-item selection', () => {
  it.each<[string, MatrixRow[], number[], number[], number]>([
    ['every chosen item of every chosen row', [VILLAGES[0], VILLAGES[3]], [0, 2], [10, 12, 40, 42], 0],
    ['counts the cells that do not apply as skipped', [VILLAGES[1]], [0, 1], [20], 1],
    ['passes over an item the village lacks without counting it', [VILLAGES[2]], [3], [], 0],
    ['nothing chosen, nothing taken', VILLAGES, [], [], 0]
  ])('%s', (_why, rows, items, expected, skipped) => {
    const result = cellsOfRows(rows, items)
    expect(ids(result.cells)).toEqual(expected)
    expect(result.skipped).toBe(skipped)
  })

  it.each<[string, number[], { villages: number; items: number }]>([
    ['one cell', [10], { villages: 1, items: 1 }],
    ['a column down three villages', [10, 20, 30], { villages: 3, items: 1 }],
    ['a block', [10, 12, 40, 42], { villages: 2, items: 2 }],
    ['ids no village holds', [999], { villages: 0, items: 0 }]
  ])('says how much %s spans', (_why, selected, span) => {
    expect(spanOf(VILLAGES, new Set(selected))).toEqual(span)
  })
})

import type { CellEditRequestEvent, GridApi } from 'ag-grid-community'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { TaskRow } from '../../../shared/contract'

/** The cell a clerk edited, remembered until the saved row comes back from the refreshed list. */
interface EditedCell {
  rowId: string
  colId: string
  rowIndex: number
  data: TaskRow
}

/** Where the focus goes when the edited row at `rowIndex` has left the shown rows: the row now in its place, else the last. */
export function neighbourIndex(rowIndex: number, shownRows: number): number | null {
  if (shownRows === 0) return null
  return Math.min(rowIndex, shownRows - 1)
}

export function leftFilterNotice(task: TaskRow): string {
  return `任务 ${task.code ?? task.title} 已不符合当前筛选，已移出列表`
}

const NOTICE_MS = 6000

/**
 * An edit can take its row out of the filter (状态 → 已办结 under 逾期, a word the quick search no longer
 * finds). The save answers first and the list is fetched again after it, so the row only leaves on a
 * later model update: the edited cell is remembered on the edit request and judged on each model update.
 * When the saved row is back and still shown, nothing happens; when it is gone, the focus goes to the
 * neighbour in the same column and a notice says why the row left.
 */
export function useFocusAfterLeave(api: GridApi<TaskRow> | null) {
  const edited = useRef<EditedCell | null>(null)
  const [notice, setNotice] = useState<{ text: string } | null>(null)

  const rememberEdit = useCallback((event: CellEditRequestEvent<TaskRow>) => {
    if (!event.data || event.node.id === undefined || event.node.rowIndex === null) return
    edited.current = {
      rowId: event.node.id,
      colId: event.column.getColId(),
      rowIndex: event.node.rowIndex,
      data: event.data
    }
  }, [])
  // A refused edit leaves the row as it was: nothing to follow.
  const forgetEdit = useCallback(() => {
    edited.current = null
  }, [])

  useEffect(() => {
    if (!api) return
    const onModelUpdated = (): void => {
      const cell = edited.current
      if (!cell) return
      const node = api.getRowNode(cell.rowId)
      if (node?.displayed) {
        // The saved row came back (a new data object) and still passes the filter.
        if (node.data !== cell.data) edited.current = null
        return
      }
      edited.current = null
      // A new object each time, so a second notice restarts its timer.
      setNotice({ text: leftFilterNotice(node?.data ?? cell.data) })
      const index = neighbourIndex(cell.rowIndex, api.getDisplayedRowCount())
      if (index === null) return
      api.ensureIndexVisible(index)
      // After the grid has drawn the rows of the new model, so the cell exists to take the focus.
      setTimeout(() => {
        if (api.isDestroyed()) return
        api.ensureColumnVisible(cell.colId)
        api.setFocusedCell(index, cell.colId)
      }, 0)
    }
    api.addEventListener('modelUpdated', onModelUpdated)
    return () => {
      if (!api.isDestroyed()) api.removeEventListener('modelUpdated', onModelUpdated)
    }
  }, [api])

  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => setNotice(null), NOTICE_MS)
    return () => clearTimeout(timer)
  }, [notice])

  return { rememberEdit, forgetEdit, notice: notice?.text ?? null }
}

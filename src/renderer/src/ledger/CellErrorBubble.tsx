import { CloseOutlined, ExclamationCircleFilled } from '@ant-design/icons'
import { useEffect, useMemo } from 'react'
import type { CellError } from './task-columns'

/**
 * The reason a save failed, pinned under the cell that keeps its old value, until the clerk closes it
 * (×, Esc), moves the focus anywhere else (another cell, a dialog: it never stays over one), edits the
 * cell again or the cell scrolls away.
 */
export function CellErrorBubble(props: {
  error: CellError | null
  container: HTMLElement | null
  /** Changes whenever the grid scrolls or redraws, so the bubble follows its cell. */
  layoutKey: number
  onClose(): void
}): React.JSX.Element | null {
  const { error, container, layoutKey, onClose } = props
  const place = useMemo(() => placeUnder(error, container, layoutKey), [error, container, layoutKey])
  useEffect(() => {
    if (!error) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose()
    }
    // Focus that arrives later anywhere but the refused cell (arrow keys, Tab, a click, a dialog's field).
    const onFocus = (event: FocusEvent) => {
      const cell = cellOf(error, container)
      if (!cell || !(event.target instanceof Node) || !cell.contains(event.target)) onClose()
    }
    document.addEventListener('keydown', onKey, true)
    document.addEventListener('focusin', onFocus)
    return () => {
      document.removeEventListener('keydown', onKey, true)
      document.removeEventListener('focusin', onFocus)
    }
  }, [error, container, onClose])
  if (!error || !place) return null
  return (
    <div
      className="cell-error-bubble"
      role="alert"
      data-testid="cell-error"
      style={{ top: place.top, left: place.left, maxWidth: Math.max(place.width, 320) }}
    >
      <ExclamationCircleFilled className="cell-error-icon" />
      <span className="cell-error-text">未保存：{error.message}</span>
      <button type="button" className="cell-error-close" aria-label="关闭提示" onClick={onClose}>
        <CloseOutlined />
      </button>
    </div>
  )
}

/** Where the cell is on screen now; null when it is scrolled out of the grid's view. */
function placeUnder(
  error: CellError | null,
  container: HTMLElement | null,
  _layoutKey: number
): { top: number; left: number; width: number } | null {
  if (!error || !container) return null
  const cell = cellOf(error, container)
  const box = container.getBoundingClientRect()
  const rect = cell?.getBoundingClientRect()
  if (!rect || rect.bottom < box.top || rect.top > box.bottom) return null
  return { top: rect.bottom + 2, left: Math.max(box.left, rect.left), width: Math.max(rect.width, 260) }
}

function cellOf(error: CellError, container: HTMLElement | null): HTMLElement | null {
  return (
    container?.querySelector<HTMLElement>(
      `.ag-row[row-id="${CSS.escape(error.rowId)}"] .ag-cell[col-id="${CSS.escape(error.colId)}"]`
    ) ?? null
  )
}

import { CloseOutlined, ExclamationCircleFilled } from '@ant-design/icons'
import { useMemo } from 'react'
import type { CellError } from './task-columns'

/**
 * The reason a save failed, pinned under the cell that keeps its old value, until the clerk closes it,
 * edits the cell again or the cell scrolls away.
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
  const cell = container.querySelector<HTMLElement>(
    `.ag-row[row-id="${CSS.escape(error.rowId)}"] .ag-cell[col-id="${CSS.escape(error.colId)}"]`
  )
  const box = container.getBoundingClientRect()
  const rect = cell?.getBoundingClientRect()
  if (!rect || rect.bottom < box.top || rect.top > box.bottom) return null
  return { top: rect.bottom + 2, left: Math.max(box.left, rect.left), width: Math.max(rect.width, 260) }
}

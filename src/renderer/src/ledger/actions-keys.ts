import type { SuppressKeyboardEventParams } from 'ag-grid-community'

/**
 * The keyboard in the 操作 column (issue 13: every row action usable by keyboard; e2e/ledger-keyboard.spec.ts).
 * Enter on the cell puts the focus on its first button (填报); Tab / Shift+Tab and ←/→ move between the
 * cell's buttons, Enter or Space presses the focused one, Esc goes back to the cell. Past the last button,
 * Tab is the grid's again (next cell). Returns true for a key the grid must leave alone.
 */
export function actionsCellKeys(params: SuppressKeyboardEventParams): boolean {
  const event = params.event
  if (event.type !== 'keydown') return isButton(event.target)
  const target = event.target
  if (!(target instanceof HTMLElement)) return false
  const cell = target.closest<HTMLElement>('[role="gridcell"]')
  const buttons = cell ? [...cell.querySelectorAll<HTMLButtonElement>('button')] : []
  if (buttons.length === 0) return false
  if (!isButton(target)) {
    if (event.key !== 'Enter') return false
    event.preventDefault()
    buttons[0].focus()
    return true
  }
  const at = buttons.indexOf(target as HTMLButtonElement)
  const step =
    event.key === 'ArrowRight' || (event.key === 'Tab' && !event.shiftKey)
      ? 1
      : event.key === 'ArrowLeft' || (event.key === 'Tab' && event.shiftKey)
        ? -1
        : 0
  if (step !== 0) {
    const next = buttons[at + step]
    if (!next) return event.key === 'ArrowLeft' || event.key === 'ArrowRight'
    event.preventDefault()
    next.focus()
    return true
  }
  if (event.key === 'Escape') {
    event.preventDefault()
    cell?.focus()
    return true
  }
  // Enter and Space press the button itself (the browser's own click), not the grid's editing.
  return event.key === 'Enter' || event.key === ' '
}

function isButton(target: EventTarget | null): boolean {
  return target instanceof HTMLButtonElement
}

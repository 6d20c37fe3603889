import { useEffect, useRef } from 'react'

/** What a clerk types into or ticks; a disabled field is passed over. */
const FIELD = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled])'

/** A dialog's body can reach the page a frame or two after it opens (antd draws it in a portal). */
const FRAMES_TO_WAIT = 10

/**
 * A dialog opens with the focus on its first field (issue 13, the keyboard; e2e/keyboard.spec.ts), so the
 * clerk types at once instead of tabbing past the close button. Attach the ref to the dialog's body; a
 * field that takes `autoFocus` itself (the one after a pre-filled date, say) keeps the focus it took.
 * `open`: false while the dialog is closed or its body still waits for its data.
 */
export function useFirstFieldFocus<T extends HTMLElement>(open = true) {
  const ref = useRef<T>(null)
  useEffect(() => {
    if (!open) return
    let frame = 0
    let handle = 0
    const tryFocus = (): void => {
      const root = ref.current
      const field = root?.querySelector<HTMLElement>(FIELD)
      if (root && root.contains(document.activeElement)) return
      if (field) return field.focus({ preventScroll: true })
      if (frame++ < FRAMES_TO_WAIT) handle = requestAnimationFrame(tryFocus)
    }
    tryFocus()
    return () => cancelAnimationFrame(handle)
  }, [open])
  return ref
}

import type { KeyboardEvent } from 'react'

/**
 * Enter saves a dialog (Esc closing it is antd's Modal default). In a multi-line box Enter starts a new
 * line, so there Ctrl+Enter saves; date pickers and selects keep Enter for choosing, and an IME's Enter
 * (confirming a 拼音 candidate) never saves.
 */
export function enterToSubmit(submit: () => void) {
  return (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing || event.keyCode === 229) return
    const target = event.target as HTMLElement
    if (target.closest('.ant-picker, .ant-select, button')) return
    if (target.tagName === 'TEXTAREA' && !(event.ctrlKey || event.metaKey)) return
    event.preventDefault()
    submit()
  }
}

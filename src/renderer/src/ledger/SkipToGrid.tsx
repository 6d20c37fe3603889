import type { GridApi } from 'ag-grid-community'

/**
 * 跳到任务表格: the first stop of the ledger for a keyboard, hidden until focused. It puts the focus on the
 * grid's first cell, so a clerk does not tab through the filters, the buttons and every column header.
 */
export function SkipToGrid(props: { api: GridApi | null }): React.JSX.Element {
  const go = (): void => {
    const api = props.api
    const first = api?.getAllDisplayedColumns()[0]
    if (!api || !first || api.getDisplayedRowCount() === 0) return
    api.ensureIndexVisible(0)
    api.ensureColumnVisible(first)
    api.setFocusedCell(0, first)
  }
  return (
    <a
      href="#task-grid"
      className="skip-link"
      onClick={(event) => {
        event.preventDefault()
        go()
      }}
    >
      跳到任务表格
    </a>
  )
}

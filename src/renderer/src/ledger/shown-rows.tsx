import type { GridApi } from 'ag-grid-community'
import { Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { TaskRow } from '../../../shared/contract'
import { ExportButton } from '../exchange/ExchangeButtons'
import { useFiltersPresent } from './use-filters-present'

/**
 * The ids of the rows the grid shows after its filters and sort, followed through the grid's own
 * events. Kept in the small components below, so a keystroke in the search redraws the count and the
 * export button, not the whole page.
 */
function useShownIds(api: GridApi<TaskRow> | null): number[] {
  const [ids, setIds] = useState<number[]>([])
  useEffect(() => {
    if (!api) return
    const read = () => {
      const next: number[] = []
      api.forEachNodeAfterFilterAndSort((node) => node.data && next.push(node.data.id))
      setIds((current) => (current.join() === next.join() ? current : next))
    }
    read()
    api.addEventListener('modelUpdated', read)
    return () => api.removeEventListener('modelUpdated', read)
  }, [api])
  return ids
}

/** 显示12项，共60项任务 (or 共60项任务 when nothing is filtered). */
export function ShownCount(props: { api: GridApi<TaskRow> | null; total: number }): React.JSX.Element {
  const shown = useShownIds(props.api).length
  const filtered = useFiltersPresent(props.api)
  return (
    <Typography.Text data-testid="task-count">
      {filtered ? `显示${shown}项，` : ''}共{props.total}项任务
    </Typography.Text>
  )
}

/** 导出台账 of exactly the rows shown. */
export function ShownExport(props: { api: GridApi<TaskRow> | null; asOf: string }): React.JSX.Element {
  const ids = useShownIds(props.api)
  return <ExportButton what="tasks" rowIds={ids} asOf={props.asOf} />
}

import type { GridApi } from 'ag-grid-community'
import { Typography } from 'antd'
import type { TaskRow } from '../../../shared/contract'
import { ExportButton } from '../exchange/ExchangeButtons'
import { useFiltersPresent, useShownIds } from '../grid/shown-rows'
import { shownCountText } from './shown-count'

const taskId = (task: TaskRow) => task.id

export function ShownCount(props: { api: GridApi<TaskRow> | null; total: number }): React.JSX.Element {
  const shown = useShownIds(props.api, taskId).length
  const filtered = useFiltersPresent(props.api)
  return (
    <Typography.Text data-testid="task-count">{shownCountText(shown, props.total, filtered)}</Typography.Text>
  )
}

/** 导出台账 of exactly the rows shown. */
export function ShownExport(props: { api: GridApi<TaskRow> | null; asOf: string }): React.JSX.Element {
  const ids = useShownIds(props.api, taskId)
  return <ExportButton what="tasks" rowIds={ids} asOf={props.asOf} />
}

import type { GridApi } from 'ag-grid-community'
import { Typography } from 'antd'
import type { TaskRow } from '../../../shared/contract'
import { ExportButton } from '../exchange/ExchangeButtons'
import { useFiltersPresent, useShownIds } from '../grid/shown-rows'

const taskId = (task: TaskRow) => task.id

/** 显示12项，共60项任务 (or 共60项任务 when nothing is filtered). */
export function ShownCount(props: { api: GridApi<TaskRow> | null; total: number }): React.JSX.Element {
  const shown = useShownIds(props.api, taskId).length
  const filtered = useFiltersPresent(props.api)
  return (
    <Typography.Text data-testid="task-count">
      {filtered ? `显示${shown}项，` : ''}共{props.total}项任务
    </Typography.Text>
  )
}

/** 导出台账 of exactly the rows shown. */
export function ShownExport(props: { api: GridApi<TaskRow> | null; asOf: string }): React.JSX.Element {
  const ids = useShownIds(props.api, taskId)
  return <ExportButton what="tasks" rowIds={ids} asOf={props.asOf} />
}

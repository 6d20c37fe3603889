import type { ColDef } from 'ag-grid-community'
import { AgGridReact } from 'ag-grid-react'
import { Alert, Typography } from 'antd'
import { useMemo } from 'react'
import type { TaskRow } from '../../../shared/contract'
import { PHASE_LABEL, WORK_STATUS_LABEL } from '../../../shared/domain'
import { useApi } from '../api/hooks'
import { useAsOf } from '../app/as-of'
import { LightTag } from '../components/LightTag'
import { gridLocaleText, gridTheme } from '../grid/setup'

/** 任务台账: every task of the plan in plan order, with its light as of the 统计截止日期. */
export function TaskLedgerPage(): React.JSX.Element {
  const { asOf } = useAsOf()
  const tasks = useApi('task.list', { asOf })
  const columns = useMemo<ColDef<TaskRow>[]>(
    () => [
      { field: 'code', headerName: '编号', width: 80, pinned: 'left' },
      { field: 'title', headerName: '任务', width: 280, pinned: 'left', tooltipField: 'title' },
      {
        headerName: '亮灯',
        width: 150,
        valueGetter: (p) => p.data?.light.label,
        cellRenderer: (p: { data?: TaskRow }) => (p.data ? <LightTag info={p.data.light} /> : null)
      },
      {
        colId: 'phase',
        headerName: '阶段',
        width: 80,
        valueGetter: (p) => (p.data?.phase ? PHASE_LABEL[p.data.phase] : '')
      },
      { field: 'group', headerName: '分类', width: 130 },
      {
        colId: 'leadUnits',
        headerName: '牵头单位',
        width: 200,
        valueGetter: (p) => p.data?.leadUnits.join('、')
      },
      {
        colId: 'supportUnits',
        headerName: '配合单位',
        width: 240,
        valueGetter: (p) => p.data?.supportUnits.join('、')
      },
      { field: 'leader', headerName: '责任领导', width: 130 },
      { field: 'deadline', headerName: '完成时限', width: 110, valueFormatter: (p) => p.value ?? '长期' },
      {
        colId: 'status',
        headerName: '状态',
        width: 90,
        valueGetter: (p) => (p.data ? WORK_STATUS_LABEL[p.data.status] : '')
      },
      { field: 'percent', headerName: '进度', width: 80, valueFormatter: (p) => `${p.value}%` },
      {
        headerName: '最新进展',
        width: 320,
        valueGetter: (p) =>
          p.data?.latestReport ? `${p.data.latestReport.date} ${p.data.latestReport.text}` : ''
      }
    ],
    []
  )

  if (tasks.isError)
    return <Alert type="error" showIcon message={tasks.error.message} style={{ margin: 20 }} />
  return (
    <div className="page page-fill">
      <Typography.Text data-testid="task-count">共{tasks.data?.length ?? 0}项任务</Typography.Text>
      <div className="grid-fill" data-testid="task-grid">
        <AgGridReact<TaskRow>
          theme={gridTheme}
          localeText={gridLocaleText}
          rowData={tasks.data}
          loading={tasks.isPending}
          columnDefs={columns}
          getRowId={(p) => String(p.data.id)}
          defaultColDef={{ sortable: true, resizable: true, filter: true }}
          tooltipShowDelay={400}
        />
      </div>
    </div>
  )
}

import { Alert } from 'antd'
import type { ColDef } from 'ag-grid-community'
import { formatChineseDate, type IsoDate } from '../../../shared/civil-date'
import type { RoundReturnRow } from '../../../shared/contract'
import { useApi } from '../api/hooks'
import { PlainGrid } from '../grid/PlainGrid'
import { gridLocaleText, gridTheme } from '../grid/setup'
import { problemPlace } from './return-verdict'

const OUTCOME_LABEL: Record<RoundReturnRow['outcome'], string> = {
  received: '已收取，待处理',
  accepted: '已采纳',
  returned: '已退回'
}

const COLUMNS: ColDef<RoundReturnRow>[] = [
  {
    field: 'receivedAt',
    headerName: '收取日期',
    width: 140,
    sort: 'desc',
    valueFormatter: (p) => (p.value ? formatChineseDate(p.value as IsoDate) : '')
  },
  { field: 'unit', headerName: '单位', width: 170 },
  { field: 'fileName', headerName: '文件', flex: 1, minWidth: 180, tooltipField: 'fileName' },
  {
    field: 'outcome',
    headerName: '处理',
    width: 130,
    valueFormatter: (p) => (p.value ? OUTCOME_LABEL[p.value as RoundReturnRow['outcome']] : '')
  },
  { field: 'acceptedItems', headerName: '采纳事项', width: 100, type: 'rightAligned' },
  {
    headerName: '退回原因 / 问题',
    colId: 'reason',
    flex: 2,
    minWidth: 220,
    wrapText: true,
    autoHeight: true,
    cellStyle: { whiteSpace: 'pre-line', lineHeight: '20px', paddingTop: '6px', paddingBottom: '6px' },
    valueGetter: (p) =>
      [p.data?.reason ?? '', ...(p.data?.problems ?? []).map((x) => `${problemPlace(x)}：${x.message}`)]
        .filter((s) => s !== '')
        .join('\n')
  }
]

/** 收取记录: every return of the round, what was done with it and why. */
export function RoundHistory(props: { roundId: number }): React.JSX.Element {
  const history = useApi('round.history', { id: props.roundId })
  if (history.isError) return <Alert type="error" showIcon message={history.error.message} />
  return (
    <div className="round-history" data-testid="round-history">
      <PlainGrid<RoundReturnRow>
        theme={gridTheme}
        localeText={gridLocaleText}
        rowData={history.data}
        loading={history.isPending}
        columnDefs={COLUMNS}
        getRowId={(p) => String(p.data.id)}
        enableBrowserTooltips
        overlayNoRowsTemplate="尚未收取任何报送"
        animateRows={false}
      />
    </div>
  )
}

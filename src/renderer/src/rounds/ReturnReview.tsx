import { CheckOutlined, RollbackOutlined } from '@ant-design/icons'
import { Alert, Button, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd'
import type { ColDef, GridApi } from 'ag-grid-community'
import { useRef, useState } from 'react'
import type { ReturnChange, ReturnCheck, ReturnProblem } from '../../../shared/contract'
import { formatCount } from '../../../shared/count-format'
import { PlainGrid } from '../grid/PlainGrid'
import { gridLocaleText, gridTheme } from '../grid/setup'
import { canAccept, canSendBack, checkBadge, problemPlace } from './return-verdict'

const KIND_LABEL: Record<ReturnChange['kind'], string> = {
  task: '任务',
  milestone: '节点',
  'village-item': '村事项',
  problem: '测评问题'
}

/** One field's change on one line: the new text in full, the old one shortened (it is in the ledger). */
function changeLine(f: ReturnChange['fields'][number]): string {
  const old = f.old === '' ? '（空）' : f.old.length > 16 ? `${f.old.slice(0, 16)}…` : f.old
  return `${f.label}：${old} → ${f.new}`
}

const WRAPPED = { lineHeight: '20px', paddingTop: '6px', paddingBottom: '6px' }

const COLUMNS: ColDef<ReturnChange>[] = [
  { field: 'row', headerName: '行', width: 64, type: 'rightAligned' },
  { field: 'code', headerName: '编号', width: 110 },
  {
    field: 'title',
    headerName: '事项',
    flex: 2,
    minWidth: 160,
    wrapText: true,
    autoHeight: true,
    cellStyle: WRAPPED,
    valueFormatter: (p) => (p.data ? `${p.data.title}（${KIND_LABEL[p.data.kind]}）` : '')
  },
  {
    headerName: '填报内容（原 → 新）',
    colId: 'fields',
    flex: 3,
    minWidth: 240,
    wrapText: true,
    autoHeight: true,
    valueGetter: (p) => p.data?.fields.map(changeLine).join('\n') ?? '',
    cellStyle: { ...WRAPPED, whiteSpace: 'pre-line' }
  },
  {
    headerName: '未填',
    colId: 'empty',
    flex: 1,
    minWidth: 110,
    wrapText: true,
    autoHeight: true,
    valueGetter: (p) => p.data?.empty.join('、') ?? '',
    cellStyle: { ...WRAPPED, color: '#ad6800' }
  }
]

const SELECTION = { mode: 'multiRow', enableClickSelection: false } as const

/**
 * One returned file, reviewed: who sent it, what it would change (old → new), which cells were left empty,
 * every problem with its sheet, row and column; then 采纳 (all, or the items ticked) or 退回.
 */
export function ReturnReview(props: {
  check: ReturnCheck
  roundId: number
  busy: boolean
  onAccept(itemIds: number[] | undefined): void
  onSendBack(): void
}): React.JSX.Element {
  const { check } = props
  const grid = useRef<GridApi<ReturnChange> | null>(null)
  const [picked, setPicked] = useState<number[]>([])
  const badge = checkBadge(check, props.roundId)
  const acceptable = canAccept(check, props.roundId)
  const withChanges = check.changes.filter((c) => c.fields.length > 0)

  return (
    <div className="return-review" data-testid="return-review">
      <div className="return-review-head">
        <Descriptions size="small" column={3} style={{ flex: 1 }}>
          <Descriptions.Item label="文件">
            <Typography.Text ellipsis style={{ maxWidth: 260 }} title={check.name}>
              {check.name}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="单位">{check.unit ?? '无法识别'}</Descriptions.Item>
          <Descriptions.Item label="结论">
            <Tag color={badge.color} data-testid="review-badge">
              {badge.text}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label="有变化">{formatCount(withChanges.length)}项</Descriptions.Item>
          <Descriptions.Item label="未填写">{formatCount(check.emptyRows)}行</Descriptions.Item>
          <Descriptions.Item label="问题">{formatCount(check.problems.length)}处</Descriptions.Item>
        </Descriptions>
        <Space direction="vertical" align="end">
          <Space>
            <Button
              type="primary"
              icon={<CheckOutlined />}
              disabled={!acceptable || check.changes.length === 0}
              loading={props.busy}
              onClick={() => props.onAccept(undefined)}
              data-testid="accept-all"
            >
              采纳全部（{formatCount(check.changes.length)}项）
            </Button>
            <Button
              disabled={!acceptable || picked.length === 0}
              loading={props.busy}
              onClick={() => props.onAccept(picked)}
              data-testid="accept-chosen"
            >
              采纳所选（{formatCount(picked.length)}项）
            </Button>
            <Button
              danger
              icon={<RollbackOutlined />}
              disabled={!canSendBack(check, props.roundId)}
              onClick={props.onSendBack}
              data-testid="send-back"
            >
              退回…
            </Button>
          </Space>
        </Space>
      </div>
      {check.duplicate ? (
        <Alert
          type="warning"
          showIcon
          data-testid="review-duplicate"
          message={`同一单位的另一份报送：${check.duplicate.otherName}；以${
            check.duplicate.stands === 'this' ? '此份' : '另一份'
          }为准`}
          description={
            check.duplicate.differences.length > 0
              ? `两份的不同：${check.duplicate.differences.join('；')}`
              : '两份内容相同。'
          }
        />
      ) : null}
      {check.problems.length > 0 ? (
        <Table<ReturnProblem & { key: number }>
          size="small"
          data-testid="review-problems"
          title={() => (
            <Typography.Text strong type="danger">
              发现的问题（有问题的文件不能采纳，可退回）
            </Typography.Text>
          )}
          dataSource={check.problems.map((p, key) => ({ ...p, key }))}
          pagination={check.problems.length > 6 ? { pageSize: 6, size: 'small' } : false}
          columns={[
            { title: '位置', width: 220, render: (_, p) => problemPlace(p) },
            { title: '问题', dataIndex: 'message' }
          ]}
        />
      ) : null}
      {check.changes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="文件中没有可采纳的填报内容" />
      ) : (
        <div className="return-review-grid" data-testid="review-changes">
          <PlainGrid<ReturnChange>
            apiRef={grid}
            theme={gridTheme}
            localeText={gridLocaleText}
            rowData={check.changes}
            columnDefs={COLUMNS}
            getRowId={(p) => String(p.data.roundItemId)}
            rowSelection={acceptable ? SELECTION : undefined}
            onSelectionChanged={() =>
              setPicked(grid.current?.getSelectedRows().map((r) => r.roundItemId) ?? [])
            }
            animateRows={false}
          />
        </div>
      )}
    </div>
  )
}

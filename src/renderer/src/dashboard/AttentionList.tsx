import { Card, Table, Typography } from 'antd'
import type { AttentionItem, DueItem } from '../../../shared/contract'
import { LightTag } from '../components/LightTag'
import { formatCount } from '../../../shared/count-format'

const KIND_LABEL: Record<DueItem['kind'], string> = {
  task: '任务',
  milestone: '时间节点',
  'village-item': '村治理事项'
}

function titleOf(d: AttentionItem): string {
  if (d.village) return `${d.district}·${d.village}：${d.parent ? `${d.parent} — ` : ''}${d.title}`
  return d.parent ? `${d.parent}：${d.title}` : d.title
}

/** 逾期及临期事项: every red and yellow item, most urgent first; a click opens its detail. */
export function AttentionList({
  items,
  loading,
  onOpen
}: {
  items: AttentionItem[]
  loading: boolean
  onOpen(item: AttentionItem): void
}): React.JSX.Element {
  return (
    <Card size="small" title="逾期及临期事项" data-testid="due-list" style={{ height: '100%' }}>
      <Table<AttentionItem>
        size="small"
        rowKey={(d) => `${d.kind}-${d.id}`}
        loading={loading}
        dataSource={items}
        pagination={{
          pageSize: 8,
          showSizeChanger: false,
          showTotal: (n) => `共${formatCount(n)}项`,
          size: 'small'
        }}
        columns={[
          {
            title: '亮灯',
            width: 130,
            render: (_, d) => (
              <LightTag
                info={{
                  light: d.light,
                  outcome: null,
                  workdaysLeft: d.workdaysLeft,
                  label: d.label,
                  ...(d.provisional ? { provisional: true } : {})
                }}
              />
            )
          },
          { title: '类别', width: 90, render: (_, d) => KIND_LABEL[d.kind] },
          {
            title: '事项',
            ellipsis: true,
            render: (_, d) => (
              <Typography.Link title={titleOf(d)} onClick={() => onOpen(d)} ellipsis>
                {titleOf(d)}
              </Typography.Link>
            )
          },
          { title: '完成时限', dataIndex: 'deadline', width: 100 },
          { title: '责任单位', width: 170, ellipsis: true, render: (_, d) => d.units.join('、') }
        ]}
      />
    </Card>
  )
}

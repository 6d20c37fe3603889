import { Button, Segmented, Space, Table, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { formatChineseDate } from '../../../shared/civil-date'
import type { WorkItemLine } from '../../../shared/contract'
import { LightTag } from '../components/LightTag'
import { formatCount } from '../../../shared/count-format'

const itemKey = (line: Pick<WorkItemLine, 'kind' | 'id'>): string => `${line.kind}:${line.id}`

/** The red and yellow items to pick for 督办通知, with how often each has been supervised already. */
export function NoticeItemPicker(props: {
  items: readonly WorkItemLine[]
  loading: boolean
  selected: ReadonlySet<string>
  onChange: (selected: Set<string>) => void
}): React.JSX.Element {
  const [light, setLight] = useState<'all' | 'red' | 'yellow'>('all')
  const shown = useMemo(
    () => props.items.filter((i) => light === 'all' || i.light === light),
    [props.items, light]
  )
  const red = props.items.filter((i) => i.light === 'red')
  return (
    <div data-testid="notice-item-picker">
      <Space style={{ marginBottom: 8 }} wrap>
        <Segmented
          size="small"
          value={light}
          onChange={(v) => setLight(v as typeof light)}
          options={[
            { value: 'all', label: `全部（${formatCount(props.items.length)}）` },
            { value: 'red', label: `逾期（${formatCount(red.length)}）` },
            { value: 'yellow', label: `临期（${formatCount(props.items.length - red.length)}）` }
          ]}
        />
        <Button size="small" onClick={() => props.onChange(new Set(red.map(itemKey)))}>
          选中全部逾期
        </Button>
        <Button size="small" onClick={() => props.onChange(new Set())} disabled={props.selected.size === 0}>
          清空
        </Button>
        <Typography.Text type="secondary">已选 {formatCount(props.selected.size)} 项</Typography.Text>
      </Space>
      <Table<WorkItemLine>
        size="small"
        rowKey={itemKey}
        loading={props.loading}
        dataSource={shown}
        pagination={{ pageSize: 8, showSizeChanger: false, showTotal: (n) => `共${formatCount(n)}项` }}
        rowSelection={{
          selectedRowKeys: [...props.selected],
          preserveSelectedRowKeys: true,
          onChange: (keys) => props.onChange(new Set(keys.map(String)))
        }}
        columns={[
          {
            title: '亮灯',
            width: 140,
            render: (_, d) => (
              <LightTag
                info={{ light: d.light, outcome: null, workdaysLeft: d.workdaysLeft, label: d.label }}
              />
            )
          },
          { title: '事项', dataIndex: 'title', ellipsis: true },
          { title: '村/任务', dataIndex: 'place', ellipsis: true },
          { title: '责任单位', dataIndex: 'unit', width: 200, ellipsis: true },
          {
            title: '原定时限',
            width: 140,
            render: (_, d) => (d.deadline ? formatChineseDate(d.deadline) : '长期')
          },
          { title: '督办次数', dataIndex: 'supervisionCount', width: 90, align: 'right' }
        ]}
      />
    </div>
  )
}

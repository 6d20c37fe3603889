import { App as AntApp, Button, Empty, Table, Typography } from 'antd'
import type { MilestoneRow } from '../../../shared/contract'
import { useApi, useApiMutation } from '../api/hooks'
import { useAsOf } from '../app/as-of'
import { LightTag } from '../components/LightTag'
import { formatCount } from '../../../shared/count-format'

/**
 * The 时间节点 of a task or a village item with their lights as of the 统计截止日期; a node is marked done
 * on that date (or reopened) with one click.
 */
export function MilestoneTable(props: {
  target: { kind: 'task' | 'village-item'; id: number }
}): React.JSX.Element {
  const { asOf } = useAsOf()
  const { message } = AntApp.useApp()
  const milestones = useApi('milestone.list', { target: props.target, asOf })
  const setDone = useApiMutation('milestone.setDone')
  if (milestones.isError) return <Typography.Text type="danger">{milestones.error.message}</Typography.Text>
  if (milestones.data?.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未设置时间节点，可用“倒排工期”生成" />
  const toggle = (m: MilestoneRow) =>
    setDone.mutate(
      { id: m.id, done: m.status !== 'done', date: m.status === 'done' ? null : asOf },
      {
        onSuccess: () =>
          void message.success(m.status === 'done' ? `“${m.title}”已改为未完成` : `“${m.title}”已标记完成`),
        onError: (e) => void message.error(e.message)
      }
    )
  return (
    <Table<MilestoneRow>
      size="small"
      rowKey="id"
      pagination={false}
      loading={milestones.isPending}
      dataSource={milestones.data}
      data-testid="milestone-table"
      columns={[
        { title: '序号', dataIndex: 'seq', width: 56 },
        { title: '节点', dataIndex: 'title' },
        {
          title: '工期',
          dataIndex: 'durationWorkdays',
          width: 104,
          render: (n: number | null) => (n === null ? '' : `${formatCount(n)}个工作日`)
        },
        { title: '完成时限', dataIndex: 'deadline', width: 104 },
        { title: '亮灯', width: 124, render: (_, m) => <LightTag info={m.light} /> },
        {
          title: '',
          width: 96,
          render: (_, m) => (
            <Button size="small" type="link" onClick={() => toggle(m)} disabled={setDone.isPending}>
              {m.status === 'done' ? '改为未完成' : '标记完成'}
            </Button>
          )
        }
      ]}
    />
  )
}

import { Table, Typography } from 'antd'
import type { MilestoneView } from '../../../shared/contract'
import { LightTag } from '../components/LightTag'

/** A village item's 时间节点 in order, each with its light as of the 统计截止日期. */
export function MilestoneList({ milestones }: { milestones: MilestoneView[] }): React.JSX.Element {
  if (milestones.length === 0)
    return (
      <Typography.Text type="secondary">尚未设置时间节点，可用“倒排工期”按完成时限倒排生成。</Typography.Text>
    )
  return (
    <Table<MilestoneView>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={milestones}
      data-testid="milestone-list"
      columns={[
        { title: '序号', dataIndex: 'seq', width: 56 },
        { title: '节点', dataIndex: 'title' },
        { title: '完成时限', dataIndex: 'deadline', width: 110 },
        { title: '亮灯', width: 140, render: (_, m) => <LightTag info={m.light} /> }
      ]}
    />
  )
}

import { CalendarOutlined, DeleteOutlined, EditOutlined, FormOutlined } from '@ant-design/icons'
import { Button, Descriptions, Drawer, Space, Typography } from 'antd'
import { formatChineseDate } from '../../../shared/civil-date'
import type { TaskRow } from '../../../shared/contract'
import { PHASE_LABEL, WORK_STATUS_LABEL } from '../../../shared/domain'
import { LightTag } from '../components/LightTag'
import { ProgressTimeline } from '../progress/ProgressTimeline'
import { MilestoneTable } from '../schedule/MilestoneTable'

const dateOr = (date: string | null, empty: string) => (date ? formatChineseDate(date) : empty)

/** One task in full: its fields, its 时间节点 and its 进展 history, with the day's actions at hand. */
export function TaskDetailDrawer(props: {
  task: TaskRow | null
  onClose(): void
  onReport(task: TaskRow): void
  onSchedule(task: TaskRow): void
  onEdit(task: TaskRow): void
  onDelete(task: TaskRow): void
}): React.JSX.Element {
  const { task, onClose } = props
  return (
    <Drawer
      open={task !== null}
      onClose={onClose}
      size={720}
      title={task ? `${task.code ?? ''} ${task.title}` : ''}
      data-testid="task-detail"
      extra={
        task ? (
          <Space>
            <Button type="primary" icon={<FormOutlined />} onClick={() => props.onReport(task)}>
              填报进展
            </Button>
            <Button icon={<CalendarOutlined />} onClick={() => props.onSchedule(task)}>
              倒排工期
            </Button>
            <Button icon={<EditOutlined />} onClick={() => props.onEdit(task)}>
              编辑
            </Button>
            <Button
              danger
              icon={<DeleteOutlined />}
              onClick={() => props.onDelete(task)}
              aria-label="删除任务"
            />
          </Space>
        ) : null
      }
    >
      {task ? (
        <>
          <Descriptions
            size="small"
            column={2}
            bordered
            styles={{ label: { width: 92, whiteSpace: 'nowrap' } }}
            items={[
              { key: 'light', label: '亮灯', children: <LightTag info={task.light} /> },
              {
                key: 'status',
                label: '状态',
                children: `${WORK_STATUS_LABEL[task.status]}（${task.percent}%）`
              },
              { key: 'phase', label: '阶段', children: task.phase ? PHASE_LABEL[task.phase] : '未分阶段' },
              { key: 'group', label: '分类', children: task.group || '未分类' },
              { key: 'deadline', label: '完成时限', children: dateOr(task.deadline, '长期') },
              { key: 'done', label: '办结日期', children: dateOr(task.completedDate, '—') },
              { key: 'start', label: '开始日期', children: dateOr(task.startDate, '—') },
              { key: 'area', label: '所属区域', children: task.areaName ?? '全市' },
              { key: 'lead', label: '牵头单位', span: 2, children: task.leadUnits.join('、') || '—' },
              { key: 'support', label: '配合单位', span: 2, children: task.supportUnits.join('、') || '—' },
              { key: 'leader', label: '责任领导', span: 2, children: task.leader || '—' },
              {
                key: 'measures',
                label: '工作措施',
                span: 2,
                children: <span style={{ whiteSpace: 'pre-wrap' }}>{task.measures || '—'}</span>
              },
              ...(task.note ? [{ key: 'note', label: '备注', span: 2, children: task.note }] : [])
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            时间节点
          </Typography.Title>
          <MilestoneTable target={{ kind: 'task', id: task.id }} />
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            进展记录
          </Typography.Title>
          <ProgressTimeline target={{ kind: 'task', id: task.id }} />
        </>
      ) : null}
    </Drawer>
  )
}

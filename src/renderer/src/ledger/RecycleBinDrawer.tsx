import { UndoOutlined } from '@ant-design/icons'
import { App as AntApp, Button, Drawer, Empty, Space, Table, Typography } from 'antd'
import { useState } from 'react'
import type { TaskRow } from '../../../shared/contract'
import { useApiMutation } from '../api/hooks'
import { formatCount } from '../../../shared/count-format'

/** 回收站: the tasks deleted from 任务台账, each restorable with its history intact. */
export function RecycleBinDrawer(props: {
  open: boolean
  deleted: TaskRow[]
  onClose(): void
}): React.JSX.Element {
  const { open, deleted, onClose } = props
  const { message } = AntApp.useApp()
  const restore = useApiMutation('task.restore')
  const [selected, setSelected] = useState<number[]>([])

  const restoreIds = (ids: number[]) =>
    restore.mutate(
      { ids },
      {
        onSuccess: (r) => {
          setSelected([])
          void message.success(`已恢复${formatCount(r.restored)}项任务`)
        },
        onError: (e) => void message.error(e.message, 6)
      }
    )

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={720}
      title={`回收站（${formatCount(deleted.length)}项任务）`}
      data-testid="recycle-bin"
      extra={
        <Button
          type="primary"
          icon={<UndoOutlined />}
          disabled={selected.length === 0}
          loading={restore.isPending}
          onClick={() => restoreIds(selected)}
        >
          恢复所选（{formatCount(selected.length)}）
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        删除的任务连同其进展记录和时间节点保存在这里，恢复后原样回到任务台账。
      </Typography.Paragraph>
      {deleted.length === 0 ? (
        <Empty description="回收站是空的" />
      ) : (
        <Table<TaskRow>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={deleted}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) }}
          columns={[
            { title: '编号', dataIndex: 'code', width: 70 },
            { title: '任务', dataIndex: 'title' },
            {
              title: '删除时间',
              dataIndex: 'deletedAt',
              width: 150,
              render: (at: string) => at.slice(0, 16).replace('T', ' ')
            },
            {
              title: '',
              width: 80,
              render: (_, task) => (
                <Space>
                  <Button size="small" type="link" onClick={() => restoreIds([task.id])}>
                    恢复
                  </Button>
                </Space>
              )
            }
          ]}
        />
      )}
    </Drawer>
  )
}

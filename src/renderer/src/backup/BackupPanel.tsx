import { CloudDownloadOutlined, FolderOpenOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons'
import { App as AntApp, Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd'
import { BACKUP_REASON_LABEL, UNKNOWN_SOURCE_LABEL, type BackupEntry } from '../../../shared/backups'
import { useApi, useApiMutation } from '../api/hooks'
import { chooseOpenFile, chooseSaveFile } from '../api/files'
import { ApiError, isWebMode } from '../api/client'
import { formatCount } from '../../../shared/count-format'

/**
 * 设置 → 备份与恢复: the backups CivDesk took (daily, before imports, migrations, restores and bulk
 * changes), a manual backup, restoring one (an undo copy is saved first), and moving the data file.
 */
export function BackupPanel(): React.JSX.Element {
  const { modal, message } = AntApp.useApp()
  const list = useApi('backup.list', {})
  const info = useApi('app.info', {})
  const create = useApiMutation('backup.create')
  const restore = useApiMutation('backup.restore')
  const restoreFromFile = useApiMutation('backup.restoreFromFile')
  const openFile = useApiMutation('dataFile.open')
  const saveAs = useApiMutation('dataFile.saveAs')

  const confirmRestore = (backup: BackupEntry) =>
    modal.confirm({
      title: '恢复这个备份？',
      content: `数据将回到 ${backup.takenAt.replace('T', ' ')}（${BACKUP_REASON_LABEL[backup.reason]}）时的状态。恢复前，当前数据会先另存为撤销副本，随时可以再恢复回来。`,
      okText: '恢复',
      cancelText: '取消',
      onOk: () =>
        restore.mutateAsync({ name: backup.name }).then(
          (r) => message.success(`已恢复。恢复前的数据已保存为 ${r.undo.name}`),
          (e: Error) => message.error(e.message)
        )
    })

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="backup-panel">
      <Card size="small" title="数据文件">
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="当前数据文件">
            <Typography.Text copyable data-testid="data-file-path">
              {info.data?.dataFile}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="备份文件夹">
            <Typography.Text copyable>{list.data?.dir}</Typography.Text>
          </Descriptions.Item>
        </Descriptions>
        {isWebMode() ? (
          <Alert
            type="info"
            showIcon
            message="网页模式下不能更换数据文件；请在桌面程序中使用“打开数据文件”和“另存为”。"
          />
        ) : (
          <Space>
            <Button
              icon={<FolderOpenOutlined />}
              loading={openFile.isPending}
              onClick={async () => {
                const file = await chooseOpenFile('backup-db')
                if (file)
                  openFile.mutate(
                    { ref: file.ref },
                    {
                      onSuccess: () => message.success(`已打开 ${file.name}`),
                      onError: (e) => message.error(e.message)
                    }
                  )
              }}
            >
              打开数据文件…
            </Button>
            <Button
              icon={<SaveOutlined />}
              loading={saveAs.isPending}
              onClick={async () => {
                const file = await chooseSaveFile('data-file', '文明办工作台数据.db')
                if (file)
                  saveAs.mutate(
                    { ref: file.ref },
                    {
                      onSuccess: () => message.success(`数据文件已另存为 ${file.name}，此后在新位置工作`),
                      onError: (e) => message.error(e.message)
                    }
                  )
              }}
            >
              另存为…
            </Button>
          </Space>
        )}
      </Card>

      <Card
        size="small"
        title="备份"
        extra={
          <Space>
            <Button
              icon={<CloudDownloadOutlined />}
              type="primary"
              loading={create.isPending}
              onClick={() =>
                create.mutate(
                  {},
                  {
                    onSuccess: (b) => message.success(`已备份：${b.name}`),
                    onError: (e) => message.error(e.message)
                  }
                )
              }
            >
              立即备份
            </Button>
            <Button
              icon={<UndoOutlined />}
              loading={restoreFromFile.isPending}
              onClick={async () => {
                const file = await chooseOpenFile('backup-db')
                if (!file) return
                const restored = (r: { undo: BackupEntry }) =>
                  message.success(`已恢复。恢复前的数据已保存为 ${r.undo.name}`)
                modal.confirm({
                  title: `用“${file.name}”恢复数据？`,
                  content: '恢复前，当前数据会先另存为撤销副本。',
                  okText: '恢复',
                  cancelText: '取消',
                  onOk: () =>
                    restoreFromFile.mutateAsync({ ref: file.ref }).then(restored, (e: Error) => {
                      // A backup of another data file: restored only after a second, explicit warning.
                      if (!(e instanceof ApiError) || e.code !== 'backup-foreign')
                        return message.error(e.message)
                      modal.confirm({
                        title: '这是另一个数据文件的备份',
                        content: e.message,
                        okText: '仍然恢复',
                        okButtonProps: { danger: true },
                        cancelText: '取消',
                        onOk: () =>
                          restoreFromFile
                            .mutateAsync({ ref: file.ref, confirmForeign: true })
                            .then(restored, (e2: Error) => message.error(e2.message))
                      })
                    })
                })
              }}
            >
              从文件恢复…
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">
          每天第一次启动、导入台账、升级数据版本、恢复备份和批量修改之前都会自动备份。这里只列出当前数据文件的备份；按当前数据文件保留最近20份、最近14天每天1份、最近12周每周1份，其他数据文件的备份不受影响。
        </Typography.Paragraph>
        <Table<BackupEntry>
          size="small"
          rowKey="name"
          loading={list.isPending}
          dataSource={list.data?.backups ?? []}
          pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (n) => `共${formatCount(n)}份备份` }}
          locale={{ emptyText: '还没有备份' }}
          columns={[
            {
              title: '备份时间',
              dataIndex: 'takenAt',
              width: 180,
              render: (t: string) => t.replace('T', ' ')
            },
            {
              title: '原因',
              dataIndex: 'reason',
              width: 200,
              render: (r: BackupEntry['reason'], backup) => (
                <Space size={4}>
                  <Tag>{BACKUP_REASON_LABEL[r]}</Tag>
                  {backup.fileId === null ? (
                    <Tag color="orange" title="升级前的备份，不知道是哪个数据文件的；不会被自动清理">
                      {UNKNOWN_SOURCE_LABEL}
                    </Tag>
                  ) : null}
                </Space>
              )
            },
            { title: '大小', dataIndex: 'bytes', width: 110, render: (b: number) => formatSize(b) },
            { title: '文件名', dataIndex: 'name' },
            {
              title: '操作',
              width: 100,
              render: (_, backup) => (
                <Button
                  size="small"
                  onClick={() => confirmRestore(backup)}
                  loading={restore.isPending && restore.variables?.name === backup.name}
                >
                  恢复
                </Button>
              )
            }
          ]}
        />
      </Card>
    </Space>
  )
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

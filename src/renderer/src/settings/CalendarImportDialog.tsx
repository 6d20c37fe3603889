import { Alert, App as AntApp, Checkbox, Collapse, Modal, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { CalendarImportPreview } from '../../../shared/contract'
import type { ChosenFile } from '../../../shared/file-purposes'
import { useApiMutation } from '../api/hooks'

type YearPreview = CalendarImportPreview['years'][number]

/**
 * What a holiday file would change, year by year (days added, changed, dropped and the working days
 * before and after), with the years to import ticked; nothing is written until 导入.
 */
export function CalendarImportDialog(props: {
  file: ChosenFile | null
  preview: CalendarImportPreview | null
  onClose(imported: number[] | null): void
}): React.JSX.Element {
  const { file, preview, onClose } = props
  const { message } = AntApp.useApp()
  // The page mounts a new dialog for each file (key), so the ticks start from that file's years.
  const [years, setYears] = useState<number[]>(() => preview?.years.map((y) => y.year) ?? [])
  const [alert, setAlert] = useState<string | null>(null)
  const commit = useApiMutation('calendar.import')

  const submit = async (): Promise<void> => {
    if (!file || years.length === 0 || commit.isPending) return
    try {
      const result = await commit.mutateAsync({ source: { ref: file.ref }, years })
      void message.success(
        `已导入${result.years.map((y) => `${y}年`).join('、')}的节假日安排（${result.days}天）`
      )
      onClose(result.years)
    } catch (error) {
      setAlert(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <Modal
      open={preview !== null}
      title={`导入节假日安排 — ${preview?.fileName ?? ''}`}
      width={820}
      okText={`导入所选年份（${years.length}）`}
      okButtonProps={{ disabled: years.length === 0 }}
      cancelText="取消"
      confirmLoading={commit.isPending}
      onOk={() => void submit()}
      onCancel={() => onClose(null)}
      destroyOnHidden
      data-testid="calendar-import-dialog"
    >
      <Typography.Paragraph type="secondary">
        导入会用文件中的安排整体替换所选年份现有的“休”“班”日期；其他年份不受影响。导入和替换的内容都记入操作日志。
      </Typography.Paragraph>
      {alert ? <Alert type="error" showIcon message={alert} style={{ marginBottom: 12 }} /> : null}
      <Table<YearPreview>
        size="small"
        rowKey="year"
        pagination={false}
        dataSource={preview?.years ?? []}
        data-testid="calendar-import-preview"
        columns={[
          {
            title: '导入',
            width: 56,
            render: (_, y) => (
              <Checkbox
                checked={years.includes(y.year)}
                aria-label={`导入${y.year}年`}
                onChange={(e) =>
                  setYears((list) =>
                    e.target.checked ? [...list, y.year] : list.filter((v) => v !== y.year)
                  )
                }
              />
            )
          },
          { title: '年份', dataIndex: 'year', width: 70, render: (y: number) => `${y}年` },
          {
            title: '文件中的安排',
            render: (_, y) =>
              `休${y.days.filter((d) => d.kind === 'holiday').length}天、班${y.days.filter((d) => d.kind === 'workday').length}天`
          },
          {
            title: '与现有相比',
            render: (_, y) =>
              y.added.length + y.changed.length + y.removed.length === 0 ? (
                <Tag>无变化</Tag>
              ) : (
                <>
                  {y.added.length > 0 ? <Tag color="green">新增{y.added.length}天</Tag> : null}
                  {y.changed.length > 0 ? <Tag color="orange">修改{y.changed.length}天</Tag> : null}
                  {y.removed.length > 0 ? <Tag color="red">删除{y.removed.length}天</Tag> : null}
                </>
              )
          },
          {
            title: '全年工作日',
            width: 130,
            render: (_, y) =>
              y.workdaysBefore === y.workdaysAfter
                ? `${y.workdaysAfter}天`
                : `${y.workdaysBefore} → ${y.workdaysAfter}天`
          }
        ]}
      />
      <Collapse
        size="small"
        style={{ marginTop: 12 }}
        items={(preview?.years ?? []).map((y) => ({
          key: y.year,
          label: `${y.year}年逐日明细`,
          children: (
            <div className="calendar-import-days">
              {y.days.map((d) => (
                <div key={d.date}>
                  {d.date}{' '}
                  <Tag color={d.kind === 'holiday' ? 'red' : 'blue'}>
                    {d.kind === 'holiday' ? '休' : '班'}
                  </Tag>
                  {d.name}
                </div>
              ))}
              {y.removed.map((d) => (
                <div key={`removed-${d.date}`} className="calendar-import-removed">
                  {d.date} <Tag>删除</Tag>
                  {d.kind === 'holiday' ? '休' : '班'} {d.name}
                </div>
              ))}
            </div>
          )
        }))}
      />
    </Modal>
  )
}

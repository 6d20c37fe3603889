import { Alert, App as AntApp, Checkbox, Collapse, Modal, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { CalendarImportPreview, CalendarSource } from '../../../shared/contract'
import { dateRuns } from '../../../shared/date-runs'
import { useApiMutation } from '../api/hooks'
import { formatCount } from '../../../shared/count-format'

type YearPreview = CalendarImportPreview['years'][number]

/**
 * What an arrangement would change, year by year: per holiday its days off and 上班 days, the year's
 * working days against the calendar in use, and the days added, changed or dropped. Replacing a year
 * that already has an official arrangement needs its own tick. Nothing is written until 导入.
 */
export function CalendarImportDialog(props: {
  source: CalendarSource | null
  preview: CalendarImportPreview | null
  onClose(imported: number[] | null): void
}): React.JSX.Element {
  const { source, preview, onClose } = props
  const { message } = AntApp.useApp()
  // The page mounts a new dialog for each preview (key), so the ticks start from its years.
  const [years, setYears] = useState<number[]>(() => preview?.years.map((y) => y.year) ?? [])
  const [replace, setReplace] = useState(false)
  const [alert, setAlert] = useState<string | null>(null)
  const commit = useApiMutation('calendar.import')
  const replacing = (preview?.years ?? []).filter(
    (y) => y.statusBefore === 'official' && years.includes(y.year)
  )
  const blocked = years.length === 0 || (replacing.length > 0 && !replace)

  const submit = async (): Promise<void> => {
    if (!source || blocked || commit.isPending) return
    try {
      const result = await commit.mutateAsync({ source, years, replace })
      void message.success(
        `已导入${result.years.map((y) => `${y}年`).join('、')}的节假日安排（${formatCount(result.days)}天），亮灯和工作日已重新计算`
      )
      onClose(result.years)
    } catch (error) {
      setAlert(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <Modal
      open={preview !== null}
      title={`导入节假日安排 — ${preview?.fileName ?? ''}${preview?.source === 'notice' ? '（通知原文）' : ''}`}
      width={860}
      okText={`导入所选年份（${years.length}）`}
      okButtonProps={{ disabled: blocked }}
      cancelText="取消"
      confirmLoading={commit.isPending}
      onOk={() => void submit()}
      onCancel={() => onClose(null)}
      destroyOnHidden
      data-testid="calendar-import-dialog"
    >
      <Typography.Paragraph type="secondary">
        导入会用这份安排整体替换所选年份现有的“休”“班”日期，该年从“预估”变为正式安排；其他年份不受影响。导入和替换的内容都记入操作日志。
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
            title: '现状',
            width: 110,
            render: (_, y) =>
              y.statusBefore === 'official' ? (
                <Tag color="green">已有正式安排</Tag>
              ) : (
                <Tag color="gold">预估</Tag>
              )
          },
          {
            title: '与现有相比',
            render: (_, y) =>
              y.added.length + y.changed.length + y.removed.length === 0 ? (
                <Tag>无变化</Tag>
              ) : (
                <>
                  {y.added.length > 0 ? <Tag color="green">新增{formatCount(y.added.length)}天</Tag> : null}
                  {y.changed.length > 0 ? (
                    <Tag color="orange">修改{formatCount(y.changed.length)}天</Tag>
                  ) : null}
                  {y.removed.length > 0 ? <Tag color="red">删除{formatCount(y.removed.length)}天</Tag> : null}
                </>
              )
          },
          {
            title: '全年工作日',
            width: 150,
            render: (_, y) => <WorkdayChange before={y.workdaysBefore} after={y.workdaysAfter} />
          }
        ]}
      />
      {(preview?.years ?? []).map((y) => (
        <Table
          key={y.year}
          size="small"
          rowKey="name"
          pagination={false}
          style={{ marginTop: 12 }}
          title={() => `${y.year}年各节日安排`}
          dataSource={y.holidays}
          data-testid={`calendar-import-holidays-${y.year}`}
          columns={[
            { title: '节日', dataIndex: 'name', width: 130 },
            {
              title: '放假',
              render: (_, h) =>
                h.off.length > 0 ? `${dateRuns(h.off)}，共${formatCount(h.off.length)}天` : '—'
            },
            { title: '调休上班', width: 200, render: (_, h) => (h.work.length > 0 ? dateRuns(h.work) : '—') }
          ]}
        />
      ))}
      {replacing.length > 0 ? (
        <Checkbox
          checked={replace}
          onChange={(e) => setReplace(e.target.checked)}
          style={{ marginTop: 12 }}
          data-testid="calendar-import-replace"
        >
          {replacing.map((y) => `${y.year}年`).join('、')}已有正式安排，我已核对上面的差异，确认替换
        </Checkbox>
      ) : null}
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

function WorkdayChange({ before, after }: { before: number; after: number }): React.JSX.Element {
  if (before === after) return <span>{formatCount(after)}天（不变）</span>
  const delta = after - before
  return (
    <span>
      {formatCount(before)} → {formatCount(after)}天（{delta > 0 ? `+${delta}` : delta}）
    </span>
  )
}

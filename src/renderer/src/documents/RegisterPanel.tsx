import { CheckOutlined, FileExcelOutlined, NotificationOutlined } from '@ant-design/icons'
import {
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Input,
  Popover,
  Segmented,
  Space,
  Table,
  Tag,
  Typography
} from 'antd'
import dayjs from 'dayjs'
import { useMemo, useState } from 'react'
import { formatChineseDate, type IsoDate } from '../../../shared/civil-date'
import type { NoticeRegisterRow, ReplyState } from '../../../shared/contract'
import type { ChosenFile } from '../../../shared/file-purposes'
import { call } from '../api/client'
import { chooseSaveFile } from '../api/files'
import { useApi, useApiMutation } from '../api/hooks'
import { useAsOf } from '../app/as-of'
import { LIGHT_COLORS } from '../styles/theme'
import { WrittenFiles } from './WrittenFiles'
import { formatCount } from '../../../shared/count-format'

const STATE_COLOR: Record<ReplyState, string> = {
  replied: LIGHT_COLORS.green,
  waiting: '#1677ff',
  overdue: LIGHT_COLORS.red
}

function MarkReplied({ row, asOf }: { row: NoticeRegisterRow; asOf: IsoDate }): React.JSX.Element {
  const { message } = AntApp.useApp()
  const mark = useApiMutation('notice.markReplied')
  const [open, setOpen] = useState(false)
  const save = async (repliedOn: IsoDate | null): Promise<void> => {
    try {
      await mark.mutateAsync({ id: row.id, repliedOn, asOf })
      setOpen(false)
      void message.success(repliedOn ? `已登记${row.number}的反馈` : `已撤销${row.number}的反馈登记`)
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error))
    }
  }
  if (row.repliedOn)
    return (
      <Button size="small" type="link" onClick={() => void save(null)} loading={mark.isPending}>
        撤销
      </Button>
    )
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title="收到书面反馈的日期"
      content={
        <DatePicker
          autoFocus
          format="YYYY年M月D日"
          style={{ width: 170 }}
          defaultPickerValue={dayjs(asOf)}
          disabledDate={(d) => d.format('YYYY-MM-DD') < row.issuedOn}
          onChange={(value) => value && void save(value.format('YYYY-MM-DD'))}
          aria-label="反馈日期"
        />
      }
    >
      <Button size="small" icon={<CheckOutlined />} data-testid={`mark-replied-${row.id}`}>
        登记反馈
      </Button>
    </Popover>
  )
}

/** 发文登记: every notice with its number, unit, reply deadline and reply state as of the 统计截止日期. */
export function RegisterPanel({ onRemind }: { onRemind: () => void }): React.JSX.Element {
  const { message } = AntApp.useApp()
  const { asOf } = useAsOf()
  const register = useApi('notice.list', { asOf })
  const [state, setState] = useState<'all' | ReplyState>('all')
  const [search, setSearch] = useState('')
  const [written, setWritten] = useState<ChosenFile | null>(null)
  const rows = useMemo(
    () =>
      (register.data ?? []).filter(
        (r) =>
          (state === 'all' || r.replyState === state) &&
          (search === '' || r.number.includes(search) || r.unit.includes(search))
      ),
    [register.data, state, search]
  )
  const count = (s: ReplyState) => (register.data ?? []).filter((r) => r.replyState === s).length
  const remindable = (register.data ?? []).filter(
    (r) => r.series === 'supervision' && r.replyState === 'overdue' && !r.remindedBy
  ).length

  const exportRegister = async (): Promise<void> => {
    try {
      const target = await chooseSaveFile('export-xlsx', '发文登记表.xlsx')
      if (!target) return
      setWritten(await call('notice.exportRegister', { asOf, target: target.ref }))
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <div className="documents-panel" data-testid="register-panel">
      <Card
        size="small"
        title={`发文登记（反馈情况截至${formatChineseDate(asOf)}）`}
        extra={
          <Space>
            <Button
              icon={<NotificationOutlined />}
              disabled={remindable === 0}
              onClick={onRemind}
              data-testid="remind-overdue"
            >
              对反馈逾期的 {formatCount(remindable)} 份发催办通知…
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              onClick={() => void exportRegister()}
              disabled={!register.data?.length}
            >
              导出登记表
            </Button>
          </Space>
        }
      >
        <Space style={{ marginBottom: 8 }} wrap>
          <Segmented
            size="small"
            value={state}
            onChange={(v) => setState(v as typeof state)}
            options={[
              { value: 'all', label: `全部（${formatCount(register.data?.length ?? 0)}）` },
              { value: 'waiting', label: `待反馈（${count('waiting')}）` },
              { value: 'overdue', label: `反馈逾期（${count('overdue')}）` },
              { value: 'replied', label: `已反馈（${count('replied')}）` }
            ]}
          />
          <Input.Search
            size="small"
            allowClear
            placeholder="文号或主送单位"
            aria-label="查找通知"
            style={{ width: 240 }}
            onSearch={(value) => setSearch(value.trim())}
            onChange={(e) => e.target.value === '' && setSearch('')}
          />
        </Space>
        <Table<NoticeRegisterRow>
          size="small"
          rowKey="id"
          loading={register.isPending}
          dataSource={rows}
          data-testid="register-table"
          pagination={{ pageSize: 12, showSizeChanger: false, showTotal: (n) => `共${formatCount(n)}份` }}
          locale={{ emptyText: '尚未印发督办或催办通知' }}
          columns={[
            { title: '发文字号', dataIndex: 'number', width: 210 },
            { title: '主送单位', dataIndex: 'unit', ellipsis: true },
            { title: '印发日期', width: 130, render: (_, r) => formatChineseDate(r.issuedOn) },
            { title: '事项', dataIndex: 'items', width: 60, align: 'right' },
            { title: '反馈期限', width: 130, render: (_, r) => formatChineseDate(r.replyDue) },
            {
              title: '反馈情况',
              width: 150,
              render: (_, r) => (
                <Tag color={STATE_COLOR[r.replyState]} data-state={r.replyState}>
                  {r.replyLabel}
                </Tag>
              )
            },
            {
              title: '引用 / 催办',
              width: 200,
              render: (_, r) =>
                r.cites ? (
                  <Typography.Text type="secondary">引 {r.cites}</Typography.Text>
                ) : r.remindedBy ? (
                  <Typography.Text type="secondary">已催办 {r.remindedBy}</Typography.Text>
                ) : null
            },
            { title: '', width: 110, render: (_, r) => <MarkReplied row={r} asOf={asOf} /> }
          ]}
        />
      </Card>
      {written ? <WrittenFiles title="已导出发文登记表" files={[written]} /> : null}
    </div>
  )
}

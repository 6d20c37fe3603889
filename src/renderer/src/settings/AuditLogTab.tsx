import { DownloadOutlined } from '@ant-design/icons'
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography
} from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import type { AuditFilter, AuditRow } from '../../../shared/contract'
import { AUDIT_ACTION_LABEL, AUDIT_ENTITY_LABEL } from '../../../shared/contract/audit'
import { TASK_EDIT_LABEL } from '../../../shared/contract/task'
import { ITEM_CATEGORY_LABEL, PHASE_LABEL, WORK_STATUS_LABEL } from '../../../shared/domain'
import { SETTING_LABEL } from '../../../shared/settings'
import { call } from '../api/client'
import { chooseSaveFile, openWrittenFile } from '../api/files'
import { useApi } from '../api/hooks'
import { formatCount } from '../../../shared/count-format'

const PAGE_SIZE = 50
const entityLabel = (entity: string) => AUDIT_ENTITY_LABEL[entity] ?? `其他（${entity}）`
const actionLabel = (action: string) => AUDIT_ACTION_LABEL[action] ?? `其他（${action}）`

/** 操作日志: every change to the data file, newest first, filtered and exported to Excel. */
export function AuditLogTab(): React.JSX.Element {
  const { message } = AntApp.useApp()
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null)
  const [entity, setEntity] = useState<string | null>(null)
  const [action, setAction] = useState<string | null>(null)
  const [text, setText] = useState('')
  const [page, setPage] = useState(1)
  const [exporting, setExporting] = useState(false)

  const filter: AuditFilter = {
    from: range?.[0]?.format('YYYY-MM-DD') ?? null,
    to: range?.[1]?.format('YYYY-MM-DD') ?? null,
    entity,
    action,
    text: text.trim()
  }
  const log = useApi(
    'audit.list',
    { filter, page, pageSize: PAGE_SIZE },
    { placeholderData: (previous) => previous }
  )
  const refilter =
    <T,>(set: (v: T) => void) =>
    (value: T) => {
      set(value)
      setPage(1)
    }

  const exportLog = async () => {
    setExporting(true)
    try {
      const file = await chooseSaveFile(
        'export-xlsx',
        `操作日志${filter.from ? `_${filter.from}` : ''}${filter.to ? `至${filter.to}` : ''}.xlsx`
      )
      if (!file) return
      const { rows } = await call('audit.export', { filter, ref: file.ref })
      await openWrittenFile(file)
      void message.success(`已导出${formatCount(rows)}条操作日志：${file.name}`)
    } catch (error) {
      void message.error((error as Error).message)
    } finally {
      setExporting(false)
    }
  }

  return (
    <Card size="small" className="settings-card" title="操作日志">
      <Space wrap className="audit-filters" size={[12, 8]}>
        <DatePicker.RangePicker
          value={range}
          onChange={refilter(setRange)}
          format="YYYY-MM-DD"
          placeholder={['开始日期', '结束日期']}
          aria-label="日期范围"
        />
        <Select
          allowClear
          placeholder="全部对象"
          value={entity}
          onChange={(v?: string) => refilter(setEntity)(v ?? null)}
          options={(log.data?.entities ?? []).map((e) => ({ value: e, label: entityLabel(e) }))}
          style={{ width: 150 }}
          aria-label="对象"
        />
        <Select
          allowClear
          placeholder="全部操作"
          value={action}
          onChange={(v?: string) => refilter(setAction)(v ?? null)}
          options={(log.data?.actions ?? []).map((a) => ({ value: a, label: actionLabel(a) }))}
          style={{ width: 150 }}
          aria-label="操作"
        />
        <Input.Search
          allowClear
          placeholder="搜索内容，如任务编号、单位、日期"
          onSearch={refilter(setText)}
          style={{ width: 300 }}
          aria-label="搜索操作日志"
        />
        <Button icon={<DownloadOutlined />} onClick={() => void exportLog()} loading={exporting}>
          导出Excel
        </Button>
      </Space>
      {log.isError ? (
        <Alert type="error" showIcon message={log.error.message} style={{ margin: '12px 0' }} />
      ) : null}
      <Table<AuditRow>
        size="small"
        rowKey="id"
        loading={log.isFetching}
        dataSource={log.data?.rows ?? []}
        data-testid="audit-table"
        style={{ marginTop: 12 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: log.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共${formatCount(total)}条`,
          onChange: setPage
        }}
        expandable={{
          rowExpandable: (row) => row.before !== null || row.after !== null,
          expandedRowRender: (row) => <ChangeDetail row={row} />
        }}
        columns={[
          {
            title: '时间',
            dataIndex: 'at',
            width: 170,
            render: (at: string) => at.slice(0, 19).replace('T', ' ')
          },
          {
            title: '对象',
            dataIndex: 'entity',
            width: 110,
            render: (e: string) => <Tag>{entityLabel(e)}</Tag>
          },
          { title: '操作', dataIndex: 'action', width: 110, render: actionLabel },
          { title: '内容', dataIndex: 'summary' }
        ]}
      />
    </Card>
  )
}

/** Words for the keys services put in before/after; a key nobody named shows as written. */
const KEY_LABEL: Record<string, string> = {
  ...TASK_EDIT_LABEL,
  ...SETTING_LABEL,
  date: '日期',
  kind: '类型',
  name: '名称',
  report: '进展填报',
  milestones: '时间节点',
  deadlines: '原完成时限',
  ids: '对象编号',
  mode: '方式',
  setDeadline: '同时修改完成时限',
  steps: '步骤',
  deletedAt: '删除时间',
  seq: '序号',
  workdays: '工期（工作日）',
  durationWorkdays: '工期（工作日）',
  start: '开始日期',
  due: '完成时限',
  target: '对象',
  text: '进展情况',
  problems: '存在问题',
  nextSteps: '下步计划',
  markDone: '标记办结',
  id: '编号',
  ownerId: '所属对象编号',
  applicable: '是否适用',
  responsibleUnit: '责任单位',
  responsibleUnitId: '责任单位编号',
  category: '类别',
  standard: '标准',
  districts: '区',
  towns: '镇(街)',
  villages: '城中村',
  groups: '村民小组',
  units: '单位',
  catalogItems: '治理事项',
  tasks: '任务',
  villageItems: '村治理事项',
  progressReports: '进展填报'
}

/** Words for coded values under a key ("holiday" → 休); other values show as written. */
const VALUE_LABEL: Record<string, Record<string, string>> = {
  kind: { holiday: '休', workday: '班', task: '任务', 'village-item': '村治理事项' },
  status: { ...WORK_STATUS_LABEL, open: '未完成' },
  phase: PHASE_LABEL,
  mode: { replace: '替换', append: '追加' },
  category: ITEM_CATEGORY_LABEL
}

/** One stored value as a clerk reads it: 是/否, coded words translated, nested records spelt out. */
function shownValue(key: string, value: unknown): string {
  if (value === null || value === undefined) return '（空）'
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (typeof value === 'string') return VALUE_LABEL[key]?.[value] ?? value
  if (Array.isArray(value))
    return value.length === 0 ? '（无）' : value.map((v) => shownValue(key, v)).join('；')
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${KEY_LABEL[k] ?? k}：${shownValue(k, v)}`)
      .join('，')
  }
  return String(value)
}

function ChangeDetail({ row }: { row: AuditRow }): React.JSX.Element {
  return (
    <div className="audit-change">
      <ChangeSide label="修改前" json={row.before} />
      <ChangeSide label="修改后" json={row.after} />
    </div>
  )
}

function ChangeSide({ label, json }: { label: string; json: string | null }): React.JSX.Element {
  let value: unknown = json
  try {
    value = json === null ? null : JSON.parse(json)
  } catch {
    // Not JSON: shown as written.
  }
  return (
    <div>
      <Typography.Text type="secondary">{label}</Typography.Text>
      {value !== null && typeof value === 'object' && !Array.isArray(value) ? (
        <dl className="audit-values">
          {Object.entries(value as Record<string, unknown>).map(([key, v]) => (
            <div key={key}>
              <dt>{KEY_LABEL[key] ?? key}</dt>
              <dd>{shownValue(key, v)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <pre>{value === null ? '—' : shownValue('', value)}</pre>
      )}
    </div>
  )
}

import {
  Alert,
  App as AntApp,
  Button,
  DatePicker,
  Descriptions,
  Divider,
  Drawer,
  Form,
  Input,
  Select,
  Space,
  Spin,
  Switch,
  Tag,
  Typography
} from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useState } from 'react'
import { contract, type VillageItemDetail } from '../../../shared/contract'
import {
  ITEM_CATEGORY_LABEL,
  WORK_STATUSES,
  WORK_STATUS_LABEL,
  type WorkStatus
} from '../../../shared/domain'
import { useApi, useApiMutation } from '../api/hooks'
import { useAsOf } from '../app/as-of'
import { LightTag } from '../components/LightTag'
import { problemsOf, schemaProblems, showProblems } from '../progress/form-errors'
import { ProgressReportDialog } from '../progress/ProgressReportDialog'
import { ProgressTimeline } from '../progress/ProgressTimeline'
import { BackwardScheduleDialog, type BackwardScheduleTarget } from '../schedule/BackwardScheduleDialog'
import { itemTitle } from './item-title'
import { MilestoneList } from './MilestoneList'

/** The item's editable fields as antd's inputs hold them (dates as dayjs). */
type ItemForm = Pick<VillageItemDetail, 'applicable' | 'responsibleUnitId' | 'status' | 'note'> & {
  deadline: Dayjs | null
  completedDate: Dayjs | null
}

const FIELDS = ['applicable', 'responsibleUnitId', 'deadline', 'status', 'completedDate', 'note'] as const

/**
 * One village item (a matrix cell): its fields to change and save, its milestones with 倒排工期, and its
 * progress history with 进展填报. Opened from the matrix and from 总览's red and yellow list.
 */
export function VillageItemDrawer({
  id,
  onClose
}: {
  id: number | null
  onClose(): void
}): React.JSX.Element {
  const { asOf } = useAsOf()
  const { message } = AntApp.useApp()
  const detail = useApi('village.item.get', { id: id ?? 1, asOf }, { enabled: id !== null })
  // Only once opened: the drawer sits, closed, on 总览 and the matrix, whose first paint should not wait.
  const catalog = useApi('catalog.list', { includeDeleted: false }, { enabled: id !== null })
  const save = useApiMutation('village.item.update')
  const [form] = Form.useForm<ItemForm>()
  // The message belongs to the item it was about: opening another item shows none.
  const [problem, setProblem] = useState<{ id: number; text: string | null } | null>(null)
  const [reporting, setReporting] = useState(false)
  const [scheduling, setScheduling] = useState<BackwardScheduleTarget | null>(null)
  const status = Form.useWatch('status', form)
  const applicable = Form.useWatch('applicable', form)
  const d = id !== null ? detail.data : undefined

  useEffect(() => {
    if (!d) return
    form.setFieldsValue({
      applicable: d.applicable,
      responsibleUnitId: d.responsibleUnitId,
      deadline: d.deadline ? dayjs(d.deadline) : null,
      status: d.status,
      completedDate: d.completedDate ? dayjs(d.completedDate) : null,
      note: d.note
    })
    form.setFields(FIELDS.map((name) => ({ name, errors: [] })))
  }, [d, form])
  const alert = problem && d && problem.id === d.id ? problem.text : null
  const setAlert = (text: string | null): void => setProblem(d ? { id: d.id, text } : null)

  const submit = async (): Promise<void> => {
    if (!d || save.isPending) return
    const v = form.getFieldsValue()
    const payload = {
      id: d.id,
      asOf,
      applicable: v.applicable,
      responsibleUnitId: v.responsibleUnitId ?? null,
      deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null,
      status: v.status,
      completedDate: v.status === 'done' && v.completedDate ? v.completedDate.format('YYYY-MM-DD') : null,
      note: v.note ?? ''
    }
    form.setFields(FIELDS.map((name) => ({ name, errors: [] })))
    const local = schemaProblems(contract['village.item.update'].input, payload, FIELDS)
    if (payload.status === 'done' && payload.completedDate === null)
      local.push({ field: 'completedDate', message: '标记为已办结时，请填写完成日期' })
    if (local.length > 0) return void setAlert(showProblems(form, local))
    try {
      await save.mutateAsync(payload)
      setAlert(null)
      void message.success(`已保存：${itemTitle(d)}`)
    } catch (error) {
      setAlert(showProblems(form, problemsOf(error, FIELDS)))
    }
  }

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={640}
      title={d ? itemTitle(d) : '村治理事项'}
      extra={d?.light ? <LightTag info={d.light} /> : d ? <Tag>不适用</Tag> : null}
      destroyOnHidden
      data-testid="village-item-drawer"
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>关闭</Button>
          <Button type="primary" loading={save.isPending} disabled={!d} onClick={() => void submit()}>
            保存
          </Button>
        </Space>
      }
    >
      {detail.isError ? <Alert type="error" showIcon message={detail.error.message} /> : null}
      {!d ? (
        <Spin style={{ margin: 48 }} />
      ) : (
        <>
          <Descriptions
            size="small"
            column={2}
            items={[
              {
                key: 'place',
                label: '所在',
                children: `${d.district} / ${d.town} / ${d.community ?? ''}${d.village}`
              },
              { key: 'category', label: '类别', children: `${ITEM_CATEGORY_LABEL[d.category]}类` },
              { key: 'standard', label: '标准要求', span: 2, children: d.standard || '（未填写）' }
            ]}
          />
          {alert ? <Alert type="error" showIcon message={alert} style={{ margin: '12px 0' }} /> : null}
          <Form
            form={form}
            layout="horizontal"
            labelCol={{ flex: '96px' }}
            style={{ marginTop: 12 }}
            aria-label="村治理事项"
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit()
            }}
          >
            <Form.Item name="applicable" label="是否实施" valuePropName="checked">
              <Switch checkedChildren="实施" unCheckedChildren="不适用" aria-label="是否实施" />
            </Form.Item>
            <Form.Item name="responsibleUnitId" label="责任单位">
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                allowClear
                placeholder="选择责任单位"
                aria-label="责任单位"
                options={(catalog.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
            <Form.Item name="deadline" label="完成时限" extra="不填为长期">
              <DatePicker format="YYYY-MM-DD" style={{ width: 200 }} aria-label="完成时限" />
            </Form.Item>
            <Form.Item name="status" label="状态">
              <Select
                style={{ width: 200 }}
                aria-label="状态"
                options={WORK_STATUSES.map((s) => ({ value: s, label: WORK_STATUS_LABEL[s] }))}
                onChange={(value: WorkStatus) => {
                  if (value === 'done' && !form.getFieldValue('completedDate'))
                    form.setFieldValue('completedDate', dayjs(asOf))
                }}
              />
            </Form.Item>
            {status === 'done' ? (
              <Form.Item name="completedDate" label="完成日期" required>
                <DatePicker format="YYYY-MM-DD" style={{ width: 200 }} aria-label="完成日期" />
              </Form.Item>
            ) : null}
            <Form.Item name="note" label="备注">
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
            </Form.Item>
          </Form>
          {applicable === false ? (
            <Typography.Text type="secondary">本事项对该村不适用，不计入完成率和亮灯统计。</Typography.Text>
          ) : null}

          <Divider titlePlacement="start">时间节点</Divider>
          <MilestoneList milestones={d.milestones} />
          <Button
            size="small"
            style={{ marginTop: 8 }}
            disabled={!d.applicable}
            onClick={() => setScheduling({ kind: 'village-items', ids: [d.id], title: itemTitle(d) })}
          >
            倒排工期
          </Button>

          <Divider titlePlacement="start">进展情况</Divider>
          <Button
            size="small"
            type="primary"
            ghost
            style={{ marginBottom: 12 }}
            disabled={!d.applicable}
            onClick={() => setReporting(true)}
          >
            填报进展
          </Button>
          <ProgressTimeline target={{ kind: 'village-item', id: d.id }} />
          <ProgressReportDialog
            target={reporting ? { kind: 'village-item', id: d.id, title: itemTitle(d) } : null}
            onClose={() => setReporting(false)}
          />
          <BackwardScheduleDialog target={scheduling} onClose={() => setScheduling(null)} />
        </>
      )}
    </Drawer>
  )
}

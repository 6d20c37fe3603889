import { Alert, App as AntApp, Checkbox, DatePicker, Form, Modal, Select, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useState } from 'react'
import type { UnitOption } from '../../../shared/contract'
import { bulkUpdateInput } from '../../../shared/contract/village'
import { WORK_STATUSES, WORK_STATUS_LABEL, type WorkStatus } from '../../../shared/domain'
import { useApiMutation } from '../api/hooks'
import { useAsOf } from '../app/as-of'
import { enterToSubmit } from '../progress/dialog-keys'
import { useFirstFieldFocus } from '../progress/dialog-focus'
import { problemsOf, schemaProblems, showProblems } from '../progress/form-errors'
import { formatCount } from '../../../shared/count-format'

interface BulkForm {
  changeDeadline: boolean
  deadline: Dayjs | null
  changeUnit: boolean
  responsibleUnitId: number | null
  changeStatus: boolean
  status: WorkStatus
  completedDate: Dayjs | null
}

const FIELDS = ['deadline', 'responsibleUnitId', 'status', 'completedDate'] as const

export interface BulkSelection {
  ids: number[]
  villages: number
  items: number
}

/**
 * 批量修改 of the selected cells: new deadline, responsible unit and/or status, all or nothing. The
 * data file is backed up first (the main process does it), and the change is one line of 操作日志.
 */
export function BulkChangeDialog(props: {
  selection: BulkSelection | null
  units: UnitOption[]
  onClose(): void
  onDone(): void
}): React.JSX.Element {
  const { selection, units, onClose, onDone } = props
  const { asOf } = useAsOf()
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<BulkForm>()
  const body = useFirstFieldFocus<HTMLDivElement>(selection !== null)
  const [alert, setAlert] = useState<string | null>(null)
  const save = useApiMutation('village.item.bulkUpdate')
  const values = Form.useWatch([], form) as BulkForm | undefined

  useEffect(() => {
    if (!selection) return
    form.resetFields()
    form.setFieldsValue({ status: 'in-progress', completedDate: dayjs(asOf) })
  }, [selection, form, asOf])

  const close = (): void => {
    setAlert(null)
    onClose()
  }

  const submit = async (): Promise<void> => {
    if (!selection || save.isPending) return
    const v = form.getFieldsValue()
    const payload = {
      ids: selection.ids,
      ...(v.changeDeadline && v.deadline ? { deadline: v.deadline.format('YYYY-MM-DD') } : {}),
      ...(v.changeUnit && v.responsibleUnitId != null ? { responsibleUnitId: v.responsibleUnitId } : {}),
      ...(v.changeStatus ? { status: v.status } : {}),
      ...(v.changeStatus && v.status === 'done' && v.completedDate
        ? { completedDate: v.completedDate.format('YYYY-MM-DD') }
        : {})
    }
    form.setFields(FIELDS.map((name) => ({ name, errors: [] })))
    const missing = [
      ...(v.changeDeadline && !v.deadline ? [{ field: 'deadline', message: '请选择新的完成时限' }] : []),
      ...(v.changeUnit && v.responsibleUnitId == null
        ? [{ field: 'responsibleUnitId', message: '请选择新的责任单位' }]
        : [])
    ]
    const local = missing.length > 0 ? missing : schemaProblems(bulkUpdateInput, payload, FIELDS)
    if (local.length > 0) return void setAlert(showProblems(form, local))
    try {
      const result = await save.mutateAsync(payload)
      void message.success(
        `已批量修改${formatCount(result.changed)}项村治理事项；修改前的数据已备份为 ${result.backupFile}`,
        6
      )
      setAlert(null)
      onDone()
    } catch (error) {
      setAlert(showProblems(form, problemsOf(error, FIELDS)))
    }
  }

  return (
    <Modal
      open={selection !== null}
      title="批量修改村治理事项"
      okText="修改"
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={save.isPending}
      destroyOnHidden
      data-testid="bulk-change-dialog"
    >
      <div ref={body} onKeyDown={enterToSubmit(() => void submit())}>
        {selection ? (
          <Typography.Paragraph>
            将修改所选的 <b>{formatCount(selection.ids.length)}</b> 项村治理事项（
            {formatCount(selection.villages)}个村、
            {selection.items}
            个事项）。修改是一次完成的：任何一项不能修改时全部不改。修改前会自动备份数据文件。
          </Typography.Paragraph>
        ) : null}
        {alert ? <Alert type="error" showIcon message={alert} style={{ marginBottom: 12 }} /> : null}
        <Form form={form} layout="vertical" aria-label="批量修改">
          <Form.Item name="changeDeadline" valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>修改完成时限</Checkbox>
          </Form.Item>
          <Form.Item name="deadline" style={{ marginLeft: 24 }}>
            <DatePicker format="YYYY-MM-DD" disabled={!values?.changeDeadline} aria-label="新的完成时限" />
          </Form.Item>
          <Form.Item name="changeUnit" valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>修改责任单位</Checkbox>
          </Form.Item>
          <Form.Item name="responsibleUnitId" style={{ marginLeft: 24 }}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              disabled={!values?.changeUnit}
              placeholder="选择责任单位"
              aria-label="新的责任单位"
              options={units.map((u) => ({ value: u.id, label: u.name }))}
              style={{ width: 320 }}
            />
          </Form.Item>
          <Form.Item name="changeStatus" valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>修改状态</Checkbox>
          </Form.Item>
          <div style={{ display: 'flex', gap: 12, marginLeft: 24 }}>
            <Form.Item name="status">
              <Select
                disabled={!values?.changeStatus}
                aria-label="新的状态"
                style={{ width: 160 }}
                options={WORK_STATUSES.map((s) => ({ value: s, label: WORK_STATUS_LABEL[s] }))}
              />
            </Form.Item>
            {values?.changeStatus && values.status === 'done' ? (
              <Form.Item name="completedDate" extra="已办结的事项保留原完成日期">
                <DatePicker format="YYYY-MM-DD" aria-label="完成日期" />
              </Form.Item>
            ) : null}
          </div>
        </Form>
      </div>
    </Modal>
  )
}

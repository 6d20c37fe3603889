import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import {
  Alert,
  App as AntApp,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Skeleton,
  Space,
  Table,
  Typography
} from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useDeferredValue, useState } from 'react'
import { formatChineseDate } from '../../../shared/civil-date'
import { contract, type ScheduledStep } from '../../../shared/contract'
import { useApi, useApiMutation } from '../api/hooks'
import { useAsOf } from '../app/as-of'
import { enterToSubmit } from '../progress/dialog-keys'
import { useFirstFieldFocus } from '../progress/dialog-focus'
import { problemsOf, schemaProblems, showProblems } from '../progress/form-errors'
import { formatCount } from '../../../shared/count-format'

export type BackwardScheduleTarget =
  { kind: 'task'; id: number; title: string } | { kind: 'village-items'; ids: number[]; title: string }

interface ScheduleForm {
  deadline: Dayjs | null
  steps: { title?: string; workdays?: number | null }[]
  mode: 'replace' | 'append'
  setDeadline: boolean
}

const FIELDS = ['deadline', 'steps', 'mode', 'setDeadline'] as const
const previewSchema = contract['schedule.preview'].input

/**
 * 倒排工期: the clerk enters the final deadline and the steps in order with their working days; CivDesk
 * counts back on the working-day calendar and shows each step's dates before saving them as 时间节点.
 */
export function BackwardScheduleDialog(props: {
  target: BackwardScheduleTarget | null
  onClose(): void
}): React.JSX.Element {
  const { target, onClose } = props
  const { asOf } = useAsOf()
  const isTask = target?.kind === 'task'
  const taskRef = { kind: 'task' as const, id: target?.kind === 'task' ? target.id : 1 }
  const task = useApi('progress.target', { target: taskRef }, { enabled: isTask })
  const existing = useApi('milestone.list', { target: taskRef, asOf }, { enabled: isTask })
  const ready = target !== null && (!isTask || (task.data?.id === taskRef.id && existing.data !== undefined))
  return (
    <Modal
      open={target !== null}
      title={target ? `倒排工期 — ${target.title}` : '倒排工期'}
      width={900}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      data-testid="schedule-dialog"
    >
      {task.isError ? <Alert type="error" showIcon message={task.error.message} /> : null}
      {ready ? (
        <ScheduleBody
          key={target.kind === 'task' ? `task-${target.id}` : `items-${target.ids.join(',')}`}
          target={target}
          currentDeadline={isTask ? (task.data?.deadline ?? null) : null}
          existingCount={isTask ? (existing.data?.length ?? 0) : null}
          onClose={onClose}
        />
      ) : (
        <Skeleton active />
      )}
    </Modal>
  )
}

function ScheduleBody(props: {
  target: BackwardScheduleTarget
  /** The task's deadline now (null for 长期 or for village items). */
  currentDeadline: string | null
  /** The task's milestones now; null for village items (each may differ). */
  existingCount: number | null
  onClose(): void
}): React.JSX.Element {
  const { target, currentDeadline, existingCount, onClose } = props
  const { asOf } = useAsOf()
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<ScheduleForm>()
  const body = useFirstFieldFocus<HTMLDivElement>()
  const [alert, setAlert] = useState<string | null>(null)
  const save = useApiMutation('schedule.save')
  const isTask = target.kind === 'task'

  const watched = Form.useWatch([], form) as ScheduleForm | undefined
  const request = useDeferredValue(toPreviewInput(watched))
  const valid = previewSchema.safeParse(request).success
  const preview = useApi('schedule.preview', request, { enabled: valid })
  const deadlineDiffers = isTask && request.deadline !== '' && currentDeadline !== request.deadline

  const submit = async (): Promise<void> => {
    if (save.isPending) return
    const values = form.getFieldsValue()
    const payload = {
      target:
        target.kind === 'task'
          ? { kind: 'task' as const, id: target.id }
          : { kind: 'village-items' as const, ids: target.ids },
      ...toPreviewInput(values),
      mode: values.mode,
      setDeadline: (values.setDeadline ?? false) && (deadlineDiffers || !isTask)
    }
    form.setFields(FIELDS.map((name) => ({ name, errors: [] })))
    const local = schemaProblems(contract['schedule.save'].input, payload, FIELDS)
    if (local.length > 0) return void setAlert(showProblems(form, local))
    try {
      const result = await save.mutateAsync(payload)
      void message.success(
        `已保存${formatCount(result.created)}个时间节点${result.replaced > 0 ? `（替换原有${formatCount(result.replaced)}个）` : ''}`
      )
      onClose()
    } catch (error) {
      setAlert(showProblems(form, problemsOf(error, FIELDS)))
    }
  }

  const startsLate = preview.data !== undefined && preview.data.start < asOf
  return (
    <div ref={body} onKeyDown={enterToSubmit(() => void submit())}>
      {alert ? <Alert type="error" showIcon message={alert} style={{ marginBottom: 12 }} /> : null}
      <Form<ScheduleForm>
        form={form}
        layout="vertical"
        aria-label="倒排工期"
        initialValues={{
          deadline: currentDeadline ? dayjs(currentDeadline) : null,
          steps: [{ title: '', workdays: null }],
          mode: 'replace',
          setDeadline: !isTask
        }}
      >
        <Space align="start" size="large" wrap>
          <Form.Item name="deadline" label="最终完成时限" required>
            <DatePicker format="YYYY-MM-DD" aria-label="最终完成时限" />
          </Form.Item>
          <Form.Item name="mode" label="现有时间节点">
            <Radio.Group
              options={[
                {
                  value: 'replace',
                  label: existingCount !== null ? `替换（现有${formatCount(existingCount)}个）` : '替换'
                },
                { value: 'append', label: '追加' }
              ]}
              optionType="button"
            />
          </Form.Item>
          {deadlineDiffers || !isTask ? (
            <Form.Item name="setDeadline" valuePropName="checked" label=" ">
              <Checkbox>
                {isTask
                  ? `同时把任务完成时限改为该日期（现为${currentDeadline ?? '长期'}）`
                  : '同时把所选村治理事项的完成时限改为该日期'}
              </Checkbox>
            </Form.Item>
          ) : null}
        </Space>
        <div>
          <Typography.Text strong>步骤（按先后顺序，工期以工作日计）</Typography.Text>
        </div>
        <Form.List name="steps">
          {(fields, { add, remove, move }) => (
            <div className="schedule-steps" data-testid="schedule-steps">
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" className="schedule-step">
                  <span className="schedule-step-no">{index + 1}</span>
                  <Form.Item name={[field.name, 'title']} style={{ marginBottom: 8 }}>
                    <Input
                      placeholder="步骤名称，如：完成方案编制"
                      style={{ width: 420 }}
                      aria-label={`步骤${index + 1}名称`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'workdays']} style={{ marginBottom: 8 }}>
                    <InputNumber
                      min={1}
                      max={250}
                      suffix="个工作日"
                      style={{ width: 150 }}
                      aria-label={`步骤${index + 1}工期`}
                    />
                  </Form.Item>
                  <Button
                    size="small"
                    icon={<ArrowUpOutlined />}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                    aria-label="上移"
                  />
                  <Button
                    size="small"
                    icon={<ArrowDownOutlined />}
                    disabled={index === fields.length - 1}
                    onClick={() => move(index, index + 1)}
                    aria-label="下移"
                  />
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    disabled={fields.length === 1}
                    onClick={() => remove(field.name)}
                    aria-label="删除步骤"
                  />
                </Space>
              ))}
              <div>
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ title: '', workdays: null })}
                  disabled={fields.length >= 30}
                >
                  添加步骤
                </Button>
              </div>
            </div>
          )}
        </Form.List>
      </Form>
      <div style={{ marginTop: 16 }}>
        <Typography.Text strong>倒排结果（保存前请核对）</Typography.Text>
        {preview.isError ? <Alert type="error" showIcon message={preview.error.message} /> : null}
        {!valid ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            填写最终完成时限和每个步骤的名称、工期后，这里显示各步骤的开始日期和完成时限。
          </Typography.Paragraph>
        ) : preview.data ? (
          <>
            <Table<ScheduledStep>
              size="small"
              pagination={false}
              rowKey="seq"
              dataSource={preview.data.steps}
              style={{ marginTop: 8 }}
              data-testid="schedule-preview"
              columns={[
                { title: '序号', dataIndex: 'seq', width: 60 },
                { title: '步骤', dataIndex: 'title' },
                { title: '工期（工作日）', dataIndex: 'workdays', width: 120 },
                { title: '开始日期', dataIndex: 'start', width: 130, render: formatChineseDate },
                { title: '完成时限', dataIndex: 'due', width: 130, render: formatChineseDate }
              ]}
            />
            <Alert
              style={{ marginTop: 8 }}
              type={startsLate ? 'warning' : 'info'}
              showIcon
              message={
                `共${formatCount(preview.data.totalWorkdays)}个工作日，最迟应于${formatChineseDate(preview.data.start)}开始` +
                (preview.data.finalDue !== preview.data.deadline
                  ? `；最终完成时限${formatChineseDate(preview.data.deadline)}不是工作日，最后一步提前到${formatChineseDate(preview.data.finalDue)}`
                  : '') +
                (startsLate ? `；开始日期已早于统计截止日期${formatChineseDate(asOf)}，工期偏紧` : '')
              }
            />
          </>
        ) : null}
      </div>
      <div className="dialog-footer">
        <span className="dialog-hint">Enter 保存，Esc 关闭</span>
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button
            type="primary"
            disabled={!preview.data}
            loading={save.isPending}
            onClick={() => void submit()}
          >
            保存为时间节点
          </Button>
        </Space>
      </div>
    </div>
  )
}

function toPreviewInput(values: ScheduleForm | undefined): {
  deadline: string
  steps: { title: string; workdays: number }[]
} {
  return {
    deadline: values?.deadline ? values.deadline.format('YYYY-MM-DD') : '',
    steps: (values?.steps ?? []).map((s) => ({
      title: (s?.title ?? '').trim(),
      workdays: s?.workdays ?? Number.NaN
    }))
  }
}

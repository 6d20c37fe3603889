import {
  Alert,
  App as AntApp,
  Button,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Skeleton,
  Space
} from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { formatChineseDate } from '../../../shared/civil-date'
import type { ProgressInput, ProgressTargetInfo } from '../../../shared/contract'
import { progressInputSchema } from '../../../shared/contract/progress'
import { WORK_STATUS_LABEL } from '../../../shared/domain'
import { useApi, useApiMutation } from '../api/hooks'
import { useAsOf } from '../app/as-of'
import { enterToSubmit } from './dialog-keys'
import { useFirstFieldFocus } from './dialog-focus'
import { problemsOf, schemaProblems, showProblems } from './form-errors'
import { ProgressTimeline } from './ProgressTimeline'

type Target = { kind: 'task' | 'village-item'; id: number; title: string }

/** A report as antd's inputs hold it: the date as dayjs, the percent empty until typed. */
type ReportForm = Omit<ProgressInput, 'target' | 'date'> & { date: Dayjs | null }

const FIELDS = ['date', 'percent', 'text', 'problems', 'nextSteps', 'markDone'] as const

/**
 * 进展填报 for a task or a village item: date, text, percent, 存在问题, 下步计划, and 办结 (the report's date
 * becomes the completion date). The history is shown beside the form, so the clerk writes on from it.
 * Enter saves (Ctrl+Enter in a text box), Esc closes.
 */
export function ProgressReportDialog(props: {
  target: { kind: 'task' | 'village-item'; id: number; title: string } | null
  onClose(): void
}): React.JSX.Element {
  const { target, onClose } = props
  const ref = target ? { kind: target.kind, id: target.id } : { kind: 'task' as const, id: 1 }
  const info = useApi('progress.target', { target: ref }, { enabled: target !== null })
  return (
    <Modal
      open={target !== null}
      title={target ? `进展填报 — ${target.title}` : '进展填报'}
      width={980}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      data-testid="progress-dialog"
    >
      {info.isError ? <Alert type="error" showIcon message={info.error.message} /> : null}
      {target && info.data && info.data.id === target.id && info.data.kind === target.kind ? (
        <ReportBody key={`${target.kind}-${target.id}`} target={target} info={info.data} onClose={onClose} />
      ) : info.isError ? null : (
        <Skeleton active />
      )}
    </Modal>
  )
}

function ReportBody(props: { target: Target; info: ProgressTargetInfo; onClose(): void }): React.JSX.Element {
  const { target, info, onClose } = props
  const { asOf } = useAsOf()
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<ReportForm>()
  const [alert, setAlert] = useState<string | null>(null)
  const save = useApiMutation('progress.add')
  const markDone = Form.useWatch('markDone', form)
  const body = useFirstFieldFocus<HTMLDivElement>()

  const submit = async (): Promise<void> => {
    if (save.isPending) return
    const values = form.getFieldsValue()
    const payload = {
      target: { kind: target.kind, id: target.id },
      date: values.date ? values.date.format('YYYY-MM-DD') : '',
      text: values.text ?? '',
      percent: values.markDone ? 100 : (values.percent ?? null),
      problems: values.problems ?? '',
      nextSteps: values.nextSteps ?? '',
      markDone: values.markDone ?? false
    }
    form.setFields(FIELDS.map((name) => ({ name, errors: [] })))
    const local = schemaProblems(progressInputSchema, payload, FIELDS)
    if (local.length > 0) return void setAlert(showProblems(form, local))
    try {
      await save.mutateAsync(payload)
      void message.success(
        payload.markDone ? `已填报并标记办结：${target.title}` : `已保存进展：${target.title}`
      )
      onClose()
    } catch (error) {
      setAlert(showProblems(form, problemsOf(error, FIELDS)))
    }
  }

  return (
    <div ref={body} className="progress-dialog-body" onKeyDown={enterToSubmit(() => void submit())}>
      <div className="progress-dialog-form">
        <TargetSummary info={info} />
        {alert ? <Alert type="error" showIcon message={alert} style={{ marginBottom: 12 }} /> : null}
        <Form<ReportForm>
          form={form}
          layout="vertical"
          aria-label="进展填报"
          initialValues={{
            date: dayjs(asOf),
            percent: info.percent,
            text: '',
            problems: '',
            nextSteps: '',
            markDone: false
          }}
        >
          <div style={{ display: 'flex', gap: 16 }}>
            <Form.Item name="date" label="填报日期" required style={{ flex: 1 }}>
              <DatePicker
                format="YYYY-MM-DD"
                allowClear={false}
                style={{ width: '100%' }}
                aria-label="填报日期"
              />
            </Form.Item>
            <Form.Item name="percent" label="完成进度（%）" style={{ flex: 1 }}>
              <InputNumber disabled={markDone} style={{ width: '100%' }} aria-label="完成进度" suffix="%" />
            </Form.Item>
          </div>
          <Form.Item name="text" label="进展情况" required>
            {/* The date comes filled in (统计截止日期): the clerk starts with what happened. */}
            <Input.TextArea
              autoFocus
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={2000}
              showCount
              aria-label="进展情况"
            />
          </Form.Item>
          <Form.Item name="problems" label="存在问题">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} aria-label="存在问题" />
          </Form.Item>
          <Form.Item name="nextSteps" label="下步计划">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} aria-label="下步计划" />
          </Form.Item>
          <Form.Item name="markDone" valuePropName="checked">
            <Checkbox disabled={info.status === 'done'}>
              标记为已办结（以填报日期为办结日期，进度记为100%）
            </Checkbox>
          </Form.Item>
        </Form>
        <div className="dialog-footer">
          <span className="dialog-hint">Ctrl+Enter 保存，Esc 关闭</span>
          <Space>
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
              保存
            </Button>
          </Space>
        </div>
      </div>
      <div className="progress-dialog-history">
        <div className="progress-dialog-history-title">历次进展</div>
        <ProgressTimeline target={{ kind: target.kind, id: target.id }} />
      </div>
    </div>
  )
}

function TargetSummary({ info }: { info: ProgressTargetInfo }): React.JSX.Element {
  return (
    <Descriptions
      size="small"
      column={3}
      style={{ marginBottom: 12 }}
      items={[
        { key: 'status', label: '状态', children: WORK_STATUS_LABEL[info.status] },
        { key: 'percent', label: '当前进度', children: `${info.percent}%` },
        {
          key: 'deadline',
          label: '完成时限',
          children: info.deadline ? formatChineseDate(info.deadline) : '长期'
        },
        ...(info.completedDate
          ? [{ key: 'done', label: '办结日期', children: formatChineseDate(info.completedDate) }]
          : [])
      ]}
    />
  )
}

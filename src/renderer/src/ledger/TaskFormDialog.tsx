import {
  Alert,
  App as AntApp,
  AutoComplete,
  Button,
  DatePicker,
  Form,
  Input,
  Modal,
  Select,
  Space
} from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import type { TaskRow } from '../../../shared/contract'
import { taskChangesSchema, taskDraftSchema, type TaskDraft } from '../../../shared/contract/task'
import { PHASE_LABEL } from '../../../shared/domain'
import { useApi, useApiMutation } from '../api/hooks'
import { enterToSubmit } from '../progress/dialog-keys'
import { useFirstFieldFocus } from '../progress/dialog-focus'
import { problemsOf, schemaProblems, showProblems } from '../progress/form-errors'
import { UnitPicker } from './UnitPicker'
import { phaseForDeadline, phaseQuestion } from './phase-for-deadline'

/** The form holds a draft as antd's inputs hold it: text for the code, 0 for city-wide, dayjs dates. */
type TaskForm = Omit<TaskDraft, 'code' | 'areaId' | 'startDate' | 'deadline'> & {
  code: string
  areaId: number
  startDate: Dayjs | null
  deadline: Dayjs | null
}

const FIELDS = taskDraftSchema.keyof().options
const CITY_WIDE = 0

/** 新增任务 (task null) or 编辑任务: every field of a task in one form, checked by the contract's schema. */
export function TaskFormDialog(props: {
  open: boolean
  task: TaskRow | null
  onClose(): void
  onSaved?(id: number): void
}): React.JSX.Element {
  const { open, task, onClose } = props
  return (
    <Modal
      open={open}
      title={task ? `编辑任务 ${task.code ?? ''}` : '新增任务'}
      width={760}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      data-testid="task-form-dialog"
    >
      {open ? <TaskFormBody {...props} /> : null}
    </Modal>
  )
}

function initialValuesOf(task: TaskRow | null): Partial<TaskForm> {
  if (!task) return { areaId: CITY_WIDE, leadUnits: [], supportUnits: [], phase: null }
  return {
    code: task.code ?? '',
    phase: task.phase,
    group: task.group,
    title: task.title,
    measures: task.measures,
    leadUnits: task.leadUnits,
    supportUnits: task.supportUnits,
    leader: task.leader,
    areaId: task.areaId ?? CITY_WIDE,
    startDate: task.startDate ? dayjs(task.startDate) : null,
    deadline: task.deadline ? dayjs(task.deadline) : null,
    note: task.note
  }
}

function TaskFormBody(props: {
  task: TaskRow | null
  onClose(): void
  onSaved?(id: number): void
}): React.JSX.Element {
  const { task, onClose, onSaved } = props
  const { message, modal } = AntApp.useApp()
  const [form] = Form.useForm<TaskForm>()
  const [alert, setAlert] = useState<string | null>(null)
  const body = useFirstFieldFocus<HTMLDivElement>()
  const options = useApi('task.options', {})
  const create = useApiMutation('task.create')
  const update = useApiMutation('task.update')

  const submit = async (): Promise<void> => {
    if (create.isPending || update.isPending) return
    const v = form.getFieldsValue()
    const draft: TaskDraft = {
      code: (v.code ?? '').trim() === '' ? null : v.code.trim(),
      phase: v.phase ?? null,
      group: v.group ?? '',
      title: v.title ?? '',
      measures: v.measures ?? '',
      leadUnits: v.leadUnits ?? [],
      supportUnits: v.supportUnits ?? [],
      leader: v.leader ?? '',
      areaId: !v.areaId ? null : v.areaId,
      startDate: v.startDate ? v.startDate.format('YYYY-MM-DD') : null,
      deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null,
      note: v.note ?? ''
    }
    form.setFields(FIELDS.map((name) => ({ name, errors: [] })))
    // A deadline moved past the phase's year: ask whether the task moves to that year's phase too.
    const next =
      draft.deadline !== (task?.deadline ?? null)
        ? phaseForDeadline(draft.deadline, draft.phase, options.data?.phases ?? [])
        : null
    if (next && draft.deadline && draft.phase) {
      const phases = options.data?.phases ?? []
      const move = await new Promise<boolean>((resolve) =>
        modal.confirm({
          title: '是否调整任务所属阶段？',
          content: phaseQuestion(draft.deadline!, draft.phase!, next, phases),
          okText: `移到“${next.name}”阶段`,
          cancelText: '不调整阶段',
          onOk: () => resolve(true),
          onCancel: () => resolve(false)
        })
      )
      if (move) {
        draft.phase = next.key
        form.setFieldValue('phase', next.key)
      }
    }
    try {
      if (task) {
        const changes = Object.fromEntries(
          Object.entries(draft).filter(
            ([key, value]) => JSON.stringify(value) !== JSON.stringify(task[key as keyof TaskRow])
          )
        )
        if (Object.keys(changes).length === 0) return onClose()
        const local = schemaProblems(taskChangesSchema, changes, FIELDS)
        if (local.length > 0) return void setAlert(showProblems(form, local))
        await update.mutateAsync({ id: task.id, changes })
        void message.success(`已保存任务：${draft.title}`)
        onSaved?.(task.id)
      } else {
        const local = schemaProblems(taskDraftSchema, draft, FIELDS)
        if (local.length > 0) return void setAlert(showProblems(form, local))
        const { id } = await create.mutateAsync(draft)
        void message.success(`已新增任务：${draft.title}`)
        onSaved?.(id)
      }
      onClose()
    } catch (error) {
      setAlert(showProblems(form, problemsOf(error, FIELDS)))
    }
  }

  const unitNames = (options.data?.units ?? []).map((u) => u.name)
  return (
    <div ref={body} onKeyDown={enterToSubmit(() => void submit())}>
      {alert ? <Alert type="error" showIcon message={alert} style={{ marginBottom: 12 }} /> : null}
      <Form<TaskForm>
        form={form}
        layout="vertical"
        aria-label={task ? '编辑任务' : '新增任务'}
        className="task-form"
        initialValues={initialValuesOf(task)}
      >
        <div className="form-row">
          <Form.Item name="code" label="编号" style={{ width: 120 }}>
            <Input placeholder="如 1.8" />
          </Form.Item>
          <Form.Item name="phase" label="阶段" style={{ width: 160 }}>
            <Select
              allowClear
              placeholder="选择阶段"
              options={(options.data?.phases ?? []).map((p) => ({
                value: p.key,
                label: `${PHASE_LABEL[p.key]}（${p.year}年）`
              }))}
            />
          </Form.Item>
          <Form.Item name="group" label="分类" style={{ flex: 1 }}>
            <AutoComplete
              options={(options.data?.groups ?? []).map((g) => ({ value: g }))}
              placeholder="如 一、消防安全"
              filterOption={(input, option) => String(option?.value ?? '').includes(input)}
            />
          </Form.Item>
        </div>
        <Form.Item name="title" label="任务名称" required>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="measures" label="工作措施">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="leadUnits" label="牵头单位" style={{ flex: 1 }}>
            <UnitPicker units={unitNames} placeholder="选择单位，或输入名称新建" />
          </Form.Item>
          <Form.Item name="supportUnits" label="配合单位" style={{ flex: 1 }}>
            <UnitPicker units={unitNames} placeholder="选择单位，或输入名称新建" />
          </Form.Item>
        </div>
        <div className="form-row">
          <Form.Item name="leader" label="责任领导" style={{ width: 160 }}>
            <Input />
          </Form.Item>
          <Form.Item name="areaId" label="所属区域" style={{ flex: 1 }}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={[
                { value: CITY_WIDE, label: '全市' },
                ...(options.data?.areas ?? []).map((a) => ({ value: a.id, label: a.label }))
              ]}
            />
          </Form.Item>
          <Form.Item name="startDate" label="开始日期" style={{ width: 150 }}>
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="deadline" label="完成时限" style={{ width: 150 }} extra="不填为长期">
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} placeholder="长期" />
          </Form.Item>
        </div>
        <Form.Item name="note" label="备注" style={{ marginBottom: 0 }}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
      <div className="dialog-footer">
        <span className="dialog-hint">Enter 保存，Esc 关闭</span>
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => void submit()}>
            保存
          </Button>
        </Space>
      </div>
    </div>
  )
}

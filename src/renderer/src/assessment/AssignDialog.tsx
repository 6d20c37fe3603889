import { App as AntApp, DatePicker, Form, InputNumber, Modal, Radio, Select, Space } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import type { IsoDate } from '../../../shared/civil-date'
import { formatCount } from '../../../shared/count-format'
import { useChange } from './use-change'
import { useApi } from '../api/hooks'

/**
 * 交办 in bulk: the chosen problems to one responsible unit, with a 整改时限 as a date or as N working days
 * from the 交办 date (counted on the office's working-day calendar in the main process).
 */
export function AssignDialog(props: {
  ids: readonly number[] | null
  asOf: IsoDate
  onClose(): void
  onDone(): void
}): React.JSX.Element {
  const { message } = AntApp.useApp()
  const change = useChange()
  const open = props.ids !== null
  const options = useApi('task.options', {}, { enabled: open })
  const [unitId, setUnitId] = useState<number | undefined>(undefined)
  const [assignedOn, setAssignedOn] = useState<IsoDate>(props.asOf)
  const [mode, setMode] = useState<'workdays' | 'date'>('workdays')
  const [workdays, setWorkdays] = useState<number | null>(10)
  const [deadline, setDeadline] = useState<IsoDate | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (): Promise<void> => {
    if (!props.ids) return
    if (unitId === undefined) {
      void message.warning('请选择责任单位')
      return
    }
    setBusy(true)
    try {
      const rows = await change('assessment.assign', {
        ids: [...props.ids],
        unitId,
        assignedOn,
        asOf: props.asOf,
        ...(mode === 'date' ? { deadline: deadline ?? undefined } : { workdays: workdays ?? undefined })
      })
      void message.success(`已交办${formatCount(rows.length)}个问题，整改时限${rows[0]?.deadline ?? ''}`)
      props.onDone()
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open={open}
      title={`交办问题（${formatCount(props.ids?.length ?? 0)}个）`}
      okText="交办"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
      data-testid="assign-dialog"
    >
      <Form layout="horizontal" labelCol={{ span: 5 }}>
        <Form.Item label="责任单位" htmlFor="assign-unit">
          <Select
            id="assign-unit"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="输入单位名称查找"
            value={unitId}
            onChange={setUnitId}
            options={(options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
            loading={options.isPending}
          />
        </Form.Item>
        <Form.Item label="交办日期" htmlFor="assign-on">
          <DatePicker
            id="assign-on"
            allowClear={false}
            format="YYYY年M月D日"
            style={{ width: 170 }}
            value={dayjs(assignedOn)}
            onChange={(v) => v && setAssignedOn(v.format('YYYY-MM-DD'))}
          />
        </Form.Item>
        <Form.Item label="整改时限">
          <Space orientation="vertical">
            <Radio.Group
              value={mode}
              onChange={(e) => setMode(e.target.value as typeof mode)}
              options={[
                { value: 'workdays', label: '交办后工作日数' },
                { value: 'date', label: '指定日期' }
              ]}
              aria-label="整改时限方式"
            />
            {mode === 'workdays' ? (
              <InputNumber
                min={1}
                max={250}
                precision={0}
                value={workdays}
                onChange={setWorkdays}
                suffix="个工作日"
                style={{ width: 160 }}
                aria-label="整改工作日数"
              />
            ) : (
              <DatePicker
                allowClear={false}
                format="YYYY年M月D日"
                style={{ width: 170 }}
                value={deadline ? dayjs(deadline) : null}
                disabledDate={(d) => d.format('YYYY-MM-DD') < assignedOn}
                onChange={(v) => setDeadline(v ? v.format('YYYY-MM-DD') : null)}
                aria-label="整改时限日期"
              />
            )}
          </Space>
        </Form.Item>
      </Form>
    </Modal>
  )
}

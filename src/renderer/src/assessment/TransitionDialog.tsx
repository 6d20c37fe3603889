import { App as AntApp, DatePicker, Form, Input, Modal, Radio } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import type { IsoDate } from '../../../shared/civil-date'
import { formatCount } from '../../../shared/count-format'
import { useChange } from './use-change'

export type TransitionKind = 'request' | 'review'

/**
 * 申请销号 (the unit's 整改说明) and 复核 (通过 → 销号, 退回 → 整改中 with the reason), for the problems chosen.
 */
export function TransitionDialog(props: {
  kind: TransitionKind | null
  ids: readonly number[]
  asOf: IsoDate
  onClose(): void
  onDone(): void
}): React.JSX.Element {
  const { message } = AntApp.useApp()
  const change = useChange()
  const [on, setOn] = useState<IsoDate>(props.asOf)
  const [text, setText] = useState('')
  const [verdict, setVerdict] = useState<'approve' | 'return'>('approve')
  const [busy, setBusy] = useState(false)
  const request = props.kind === 'request'
  const needsText = request || verdict === 'return'

  const submit = async (): Promise<void> => {
    if (needsText && text.trim() === '') {
      void message.warning(request ? '请填写整改说明' : '请填写退回理由')
      return
    }
    const ids = [...props.ids]
    setBusy(true)
    try {
      const rows = request
        ? await change('assessment.transition', {
            action: 'request',
            ids,
            on,
            rectification: text.trim(),
            asOf: props.asOf
          })
        : verdict === 'approve'
          ? await change('assessment.transition', { action: 'approve', ids, on, asOf: props.asOf })
          : await change('assessment.transition', {
              action: 'return',
              ids,
              on,
              reason: text.trim(),
              asOf: props.asOf
            })
      const done = request ? '已申请销号' : verdict === 'approve' ? '复核通过，已销号' : '已退回整改'
      void message.success(`${formatCount(rows.length)}个问题${done}`)
      setText('')
      props.onDone()
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open={props.kind !== null}
      title={`${request ? '申请销号' : '复核'}（${formatCount(props.ids.length)}个问题）`}
      okText={request ? '申请销号' : verdict === 'approve' ? '通过并销号' : '退回整改'}
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
      data-testid="transition-dialog"
    >
      <Form layout="horizontal" labelCol={{ span: 5 }}>
        {request ? null : (
          <Form.Item label="复核结论">
            <Radio.Group
              value={verdict}
              onChange={(e) => setVerdict(e.target.value as typeof verdict)}
              options={[
                { value: 'approve', label: '通过（销号）' },
                { value: 'return', label: '退回（继续整改）' }
              ]}
              aria-label="复核结论"
            />
          </Form.Item>
        )}
        <Form.Item label={request ? '申请日期' : '复核日期'} htmlFor="transition-on">
          <DatePicker
            id="transition-on"
            allowClear={false}
            format="YYYY年M月D日"
            style={{ width: 170 }}
            value={dayjs(on)}
            onChange={(v) => v && setOn(v.format('YYYY-MM-DD'))}
          />
        </Form.Item>
        {needsText ? (
          <Form.Item label={request ? '整改说明' : '退回理由'} htmlFor="transition-text">
            <Input.TextArea
              id="transition-text"
              rows={4}
              maxLength={request ? 2000 : 500}
              showCount
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={
                request ? '责任单位的整改情况：做了什么、何时完成、现场现状' : '复核发现仍未整改到位的情况'
              }
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  )
}

import { App as AntApp, Button, Form, Input, InputNumber, Typography } from 'antd'
import { useEffect } from 'react'
import { SETTING_LABEL, type Settings } from '../../../shared/settings'
import { useApi, useApiMutation } from '../api/hooks'

type ColophonFields = Pick<
  Settings,
  'briefingEditor' | 'briefingReportTo' | 'briefingSendTo' | 'briefingIssueTo' | 'briefingCopies'
>
const FIELDS = [
  'briefingEditor',
  'briefingReportTo',
  'briefingSendTo',
  'briefingIssueTo',
  'briefingCopies'
] as const

/** 编印单位 and the 报尾 (报/送/发, 共印X份): office settings, edited where the briefing is made. */
export function BriefingColophonForm(): React.JSX.Element {
  const { message } = AntApp.useApp()
  const settings = useApi('settings.get', {})
  const update = useApiMutation('settings.update')
  const [form] = Form.useForm<ColophonFields>()
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data)
  }, [settings.data, form])

  const save = async (): Promise<void> => {
    const values = form.getFieldsValue()
    const changes = Object.fromEntries(
      FIELDS.filter((f) => values[f] !== settings.data?.[f]).map((f) => [f, values[f]])
    )
    if (Object.keys(changes).length === 0) return void message.info('没有修改')
    try {
      await update.mutateAsync(changes)
      void message.success('已保存报头和报尾设置')
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <Form form={form} layout="horizontal" labelCol={{ flex: '150px' }} aria-label="报头和报尾" size="small">
      <Typography.Paragraph type="secondary">
        默认内容为示例，请按本单位实际修改；修改后对以后生成的简报生效。
      </Typography.Paragraph>
      <Form.Item name="briefingEditor" label={SETTING_LABEL.briefingEditor}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="briefingReportTo" label="报">
        <Input maxLength={200} placeholder="上级领导和机关，如：市委、市政府领导" />
      </Form.Item>
      <Form.Item name="briefingSendTo" label="送">
        <Input maxLength={200} placeholder="同级单位" />
      </Form.Item>
      <Form.Item name="briefingIssueTo" label="发">
        <Input maxLength={200} placeholder="下级单位" />
      </Form.Item>
      <Form.Item name="briefingCopies" label={SETTING_LABEL.briefingCopies}>
        <InputNumber min={1} max={9999} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item label=" " colon={false}>
        <Button onClick={() => void save()} loading={update.isPending}>
          保存报头和报尾
        </Button>
      </Form.Item>
    </Form>
  )
}

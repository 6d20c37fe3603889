import { Alert, Button, Form, Input, InputNumber, Typography } from 'antd'
import { SETTING_LABEL } from '../../../shared/settings'
import { useSettingsForm } from '../settings/use-settings-form'

const FIELDS = [
  'briefingEditor',
  'briefingReportTo',
  'briefingSendTo',
  'briefingIssueTo',
  'briefingCopies'
] as const

/** 编印单位 and the 报尾 (报/送/发, 共印X份): office settings, edited where the briefing is made. */
export function BriefingColophonForm(): React.JSX.Element {
  const { form, submit, saving, alert } = useSettingsForm(FIELDS)

  return (
    <Form form={form} layout="horizontal" labelCol={{ flex: '150px' }} aria-label="报头和报尾" size="small">
      {alert ? <Alert type="error" showIcon message={alert} style={{ marginBottom: 12 }} /> : null}
      <Typography.Paragraph type="secondary">
        默认内容为示例，请按本单位实际修改；修改后对以后生成的简报生效。
      </Typography.Paragraph>
      <Form.Item name="briefingEditor" label={SETTING_LABEL.briefingEditor}>
        <Input maxLength={40} placeholder="留空则印发文机关全称" />
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
        <Button onClick={() => void submit()} loading={saving}>
          保存报头和报尾
        </Button>
      </Form.Item>
    </Form>
  )
}

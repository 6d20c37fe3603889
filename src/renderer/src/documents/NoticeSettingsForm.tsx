import { Alert, Button, Form, Input, Typography } from 'antd'
import { SETTING_LABEL } from '../../../shared/settings'
import { useSettingsForm } from '../settings/use-settings-form'

const FIELDS = ['contactPerson', 'contactPhone', 'noticeCopyTo'] as const

/** What every notice prints besides its items: the contact line and the 抄送 of the 版记 (office settings). */
export function NoticeSettingsForm(): React.JSX.Element {
  const { form, submit, saving, alert } = useSettingsForm(FIELDS)

  return (
    <Form
      form={form}
      layout="horizontal"
      labelCol={{ flex: '150px' }}
      aria-label="通知落款与抄送"
      size="small"
    >
      {alert ? <Alert type="error" showIcon message={alert} style={{ marginBottom: 12 }} /> : null}
      <Form.Item name="contactPerson" label={SETTING_LABEL.contactPerson}>
        <Input maxLength={20} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="contactPhone" label={SETTING_LABEL.contactPhone}>
        <Input maxLength={30} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item
        name="noticeCopyTo"
        label={SETTING_LABEL.noticeCopyTo}
        extra="印在版记“抄送：”后；留空则不列抄送。默认内容为示例，请按本单位实际修改。"
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label=" " colon={false}>
        <Button onClick={() => void submit()} loading={saving}>
          保存
        </Button>
        <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
          发文机关、发文代字和反馈期限在“设置”页修改
        </Typography.Text>
      </Form.Item>
    </Form>
  )
}

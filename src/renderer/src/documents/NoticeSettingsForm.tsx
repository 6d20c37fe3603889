import { App as AntApp, Button, Form, Input, Typography } from 'antd'
import { useEffect } from 'react'
import { SETTING_LABEL, type Settings } from '../../../shared/settings'
import { useApi, useApiMutation } from '../api/hooks'

type NoticeFields = Pick<Settings, 'contactPerson' | 'contactPhone' | 'noticeCopyTo'>
const FIELDS = ['contactPerson', 'contactPhone', 'noticeCopyTo'] as const

/** What every notice prints besides its items: the contact line and the 抄送 of the 版记 (office settings). */
export function NoticeSettingsForm(): React.JSX.Element {
  const { message } = AntApp.useApp()
  const settings = useApi('settings.get', {})
  const update = useApiMutation('settings.update')
  const [form] = Form.useForm<NoticeFields>()
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
      void message.success('已保存通知落款与抄送')
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <Form
      form={form}
      layout="horizontal"
      labelCol={{ flex: '150px' }}
      aria-label="通知落款与抄送"
      size="small"
    >
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
        <Button onClick={() => void save()} loading={update.isPending}>
          保存
        </Button>
        <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
          发文机关、发文代字和反馈期限在“设置”页修改
        </Typography.Text>
      </Form.Item>
    </Form>
  )
}

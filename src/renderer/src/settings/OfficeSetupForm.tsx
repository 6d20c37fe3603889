import { App as AntApp, Button, Form, Input, Space, Typography } from 'antd'
import { useEffect } from 'react'
import { useFirstFieldFocus } from '../progress/dialog-focus'
import { OFFICE_NAME_FIELDS, type OfficeNameKey } from '../../../shared/office-names'
import { SETTING_LABEL } from '../../../shared/settings'
import { useApi, useApiMutation } from '../api/hooks'

type Values = Record<OfficeNameKey, string>

/**
 * Asks once for the office's names (first start, or the shell's banner after an import): each field says
 * what it is used for, and an example is a placeholder, never a value, so nothing borrowed is saved.
 * 保存 and 以后再填 both record that the clerk was asked; documents stay refused while a name is empty.
 */
export function OfficeSetupForm({ onDone }: { onDone?: () => void }): React.JSX.Element {
  const { message } = AntApp.useApp()
  const settings = useApi('settings.get', {})
  const update = useApiMutation('settings.update')
  const [form] = Form.useForm<Values>()
  const body = useFirstFieldFocus<HTMLDivElement>()
  useEffect(() => {
    if (settings.data)
      form.setFieldsValue(
        Object.fromEntries(OFFICE_NAME_FIELDS.map((f) => [f.key, settings.data[f.key]])) as Values
      )
  }, [settings.data, form])

  const save = async (): Promise<void> => {
    const values = form.getFieldsValue()
    const names = Object.fromEntries(OFFICE_NAME_FIELDS.map((f) => [f.key, (values[f.key] ?? '').trim()]))
    await update.mutateAsync({ ...names, officeAsked: true })
    void message.success('已保存本单位名称')
    onDone?.()
  }
  const later = async (): Promise<void> => {
    await update.mutateAsync({ officeAsked: true })
    onDone?.()
  }

  return (
    <div ref={body}>
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ flex: '130px' }}
        aria-label="本单位名称"
        onFinish={() => void save()}
        style={{ maxWidth: 680 }}
      >
        <Typography.Paragraph type="secondary">
          这些名称印在督办通知、催办通知和工作简报上。灰色文字只是示例，请填写本单位的实际名称；以后可在“设置
          → 单位与公文”中修改。
        </Typography.Paragraph>
        {OFFICE_NAME_FIELDS.map((field) => (
          <Form.Item key={field.key} name={field.key} label={SETTING_LABEL[field.key]} extra={field.explain}>
            <Input maxLength={field.max} placeholder={`例如：${field.example}`} />
          </Form.Item>
        ))}
        <Form.Item label=" " colon={false}>
          <Space>
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              保存并开始
            </Button>
            <Button onClick={() => void later()} disabled={update.isPending}>
              以后再填
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </div>
  )
}

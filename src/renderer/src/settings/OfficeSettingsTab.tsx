import { Alert, Button, Card, Form, Input, InputNumber, Typography } from 'antd'
import { OFFICE_NAME_FIELDS } from '../../../shared/office-names'
import { SETTING_LABEL, type Settings } from '../../../shared/settings'
import { enterToSubmit } from '../progress/dialog-keys'
import { useSettingsForm } from './use-settings-form'

const FIELDS = [
  'officeName',
  'officeShortName',
  'supervisionPrefix',
  'reminderPrefix',
  'briefingName',
  'replyWorkdays',
  'contactPerson',
  'contactPhone'
] as const satisfies readonly (keyof Settings)[]

/** Each office name's explanation and example (the example is a placeholder, never a value). */
const FIELD = Object.fromEntries(OFFICE_NAME_FIELDS.map((f) => [f.key, f])) as {
  [F in (typeof OFFICE_NAME_FIELDS)[number] as F['key']]: F
}

/** 单位与公文: the office's names, the 督办/催办 代字, the 简报 name, the reply time and the contact on notices. */
export function OfficeSettingsTab(): React.JSX.Element {
  const { form, submit, saving, alert } = useSettingsForm(FIELDS)
  const year = new Date().getFullYear()
  const supervision = Form.useWatch('supervisionPrefix', form)
  const reminder = Form.useWatch('reminderPrefix', form)

  return (
    <Card size="small" className="settings-card" title="单位与公文">
      <div onKeyDown={enterToSubmit(() => void submit())} style={{ maxWidth: 720 }}>
        {alert ? <Alert type="error" showIcon message={alert} style={{ marginBottom: 12 }} /> : null}
        <Form form={form} layout="horizontal" labelCol={{ flex: '150px' }} aria-label="单位与公文">
          <Form.Item name="officeName" label={SETTING_LABEL.officeName} extra={FIELD.officeName.explain}>
            <Input maxLength={60} style={{ width: 440 }} placeholder={`例如：${FIELD.officeName.example}`} />
          </Form.Item>
          <Form.Item
            name="officeShortName"
            label={SETTING_LABEL.officeShortName}
            extra={FIELD.officeShortName.explain}
          >
            <Input
              maxLength={30}
              style={{ width: 240 }}
              placeholder={`例如：${FIELD.officeShortName.example}`}
            />
          </Form.Item>
          <Form.Item
            name="supervisionPrefix"
            label={SETTING_LABEL.supervisionPrefix}
            extra={`发文字号示例：${supervision || FIELD.supervisionPrefix.example}〔${year}〕1号`}
          >
            <Input
              maxLength={20}
              style={{ width: 240 }}
              placeholder={`例如：${FIELD.supervisionPrefix.example}`}
            />
          </Form.Item>
          <Form.Item
            name="reminderPrefix"
            label={SETTING_LABEL.reminderPrefix}
            extra={`发文字号示例：${reminder || FIELD.reminderPrefix.example}〔${year}〕1号`}
          >
            <Input
              maxLength={20}
              style={{ width: 240 }}
              placeholder={`例如：${FIELD.reminderPrefix.example}`}
            />
          </Form.Item>
          <Form.Item
            name="briefingName"
            label={SETTING_LABEL.briefingName}
            extra={FIELD.briefingName.explain}
          >
            <Input maxLength={30} placeholder={`例如：${FIELD.briefingName.example}`} />
          </Form.Item>
          <Form.Item
            name="replyWorkdays"
            label={SETTING_LABEL.replyWorkdays}
            extra="督办、催办通知要求责任单位自印发次日起多少个工作日内反馈"
          >
            <InputNumber min={1} max={60} suffix="个工作日" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="contactPerson" label={SETTING_LABEL.contactPerson}>
            <Input
              maxLength={20}
              style={{ width: 240 }}
              placeholder={`例如：${FIELD.contactPerson.example}`}
            />
          </Form.Item>
          <Form.Item name="contactPhone" label={SETTING_LABEL.contactPhone}>
            <Input
              maxLength={30}
              style={{ width: 240 }}
              placeholder={`例如：${FIELD.contactPhone.example}`}
            />
          </Form.Item>
          <Form.Item label=" " colon={false}>
            <Button type="primary" onClick={() => void submit()} loading={saving}>
              保存
            </Button>
            <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
              修改记入操作日志
            </Typography.Text>
          </Form.Item>
        </Form>
      </div>
    </Card>
  )
}

import { App as AntApp, Form, type FormInstance } from 'antd'
import { useEffect, useState } from 'react'
import { SETTING_LABEL, settingsSchema, type Settings } from '../../../shared/settings'
import { useApi, useApiMutation } from '../api/hooks'
import { problemsOf, schemaProblems, showProblems } from '../progress/form-errors'

type SettingKey = keyof Settings

export interface SettingsForm<K extends SettingKey> {
  form: FormInstance<Pick<Settings, K>>
  /** Saves the fields that changed; a refusal is shown under its field, or in `alert`. */
  submit(): Promise<void>
  saving: boolean
  /** A problem that belongs to no single field. */
  alert: string | null
}

/**
 * A form over some of the office's settings (设置 → 单位与公文, and the parts edited on the 文档 page):
 * filled from `settings.get`, checked with the contract's own schema before sending, saved with only
 * the fields that changed, and confirmed by naming them (已保存：联系人、联系电话).
 */
export function useSettingsForm<K extends SettingKey>(fields: readonly K[]): SettingsForm<K> {
  const { message } = AntApp.useApp()
  const settings = useApi('settings.get', {})
  const update = useApiMutation('settings.update')
  const [form] = Form.useForm<Pick<Settings, K>>()
  const [alert, setAlert] = useState<string | null>(null)

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data as never)
  }, [settings.data, form])

  const submit = async (): Promise<void> => {
    if (!settings.data || update.isPending) return
    const values = form.getFieldsValue() as Pick<Settings, K>
    form.setFields(fields.map((name) => ({ name: name as never, errors: [] })))
    setAlert(null)
    const schema = settingsSchema.pick(Object.fromEntries(fields.map((f) => [f, true])) as never)
    const local = schemaProblems(schema, values, fields)
    if (local.length > 0) return void setAlert(showProblems(form, local))
    const changed = fields.filter((f) => values[f] !== settings.data![f])
    if (changed.length === 0) return void message.info('没有修改')
    try {
      await update.mutateAsync(Object.fromEntries(changed.map((f) => [f, values[f]])) as Partial<Settings>)
      void message.success(`已保存：${changed.map((f) => SETTING_LABEL[f]).join('、')}`)
    } catch (error) {
      setAlert(showProblems(form, problemsOf(error, fields)))
    }
  }

  return { form, submit, saving: update.isPending, alert }
}

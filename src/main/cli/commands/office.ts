import { OFFICE_NAME_FIELDS, missingOfficeNames } from '../../../shared/office-names'
import { SETTING_LABEL, settingsSchema, type Settings } from '../../../shared/settings'
import { UserError } from '../../../shared/errors'
import { updateSettings } from '../../settings/settings-service'
import { existingDataFile } from '../cli-args'
import type { CliCommand } from '../cli-types'
import { printJson, withApp } from '../with-app'

/** Each option and the setting it writes. */
const OPTION_KEY = {
  name: 'officeName',
  short: 'officeShortName',
  code: 'supervisionPrefix',
  'reminder-code': 'reminderPrefix',
  briefing: 'briefingName',
  contact: 'contactPerson',
  phone: 'contactPhone'
} as const satisfies Record<string, keyof Settings>

export const officeCommand: CliCommand = {
  summary: '查看或设置本单位名称（发文机关全称、简称、发文代字、简报名称、联系人、电话）',
  usage:
    'office --db FILE [--name 全称] [--short 简称] [--code 督办代字] [--reminder-code 催办代字] [--briefing 简报名称] [--contact 联系人] [--phone 电话] [--json]',
  options: {
    db: { type: 'string' },
    ...Object.fromEntries(Object.keys(OPTION_KEY).map((o) => [o, { type: 'string' as const }])),
    json: { type: 'boolean' }
  },
  async run(values, env) {
    const dataFile = existingDataFile(values)
    const changes: Partial<Pick<Settings, (typeof OPTION_KEY)[keyof typeof OPTION_KEY]>> = {}
    for (const [option, key] of Object.entries(OPTION_KEY)) {
      const value = values[option]
      if (typeof value !== 'string') continue
      const parsed = settingsSchema.shape[key].safeParse(value)
      if (!parsed.success)
        throw new UserError(
          'invalid-input',
          `--${option}（${SETTING_LABEL[key]}）无效：${parsed.error.issues[0]?.message ?? ''}，收到：${value}`
        )
      changes[key] = parsed.data as string
    }
    const settings = await withApp(dataFile, env, (ctx) =>
      // Names given here count as the clerk's answer: the desktop does not ask for them again.
      Object.keys(changes).length > 0
        ? updateSettings(ctx, { ...changes, officeAsked: true })
        : ctx.settings()
    )
    const office = Object.fromEntries(OFFICE_NAME_FIELDS.map((f) => [f.key, settings[f.key]]))
    const missing = missingOfficeNames(settings)
    if (values.json) return printJson(env, { ...office, missing })
    const lines = OFFICE_NAME_FIELDS.map(
      (f) => `${SETTING_LABEL[f.key].padEnd(10, '　')}${settings[f.key] || '（未填写）'}`
    )
    if (Object.keys(changes).length > 0) lines.unshift('已保存。')
    if (missing.length > 0)
      lines.push(`尚未填写：${missing.map((k) => SETTING_LABEL[k]).join('、')}；生成公文前须填写。`)
    env.io.stdout(lines.join('\n') + '\n')
  }
}

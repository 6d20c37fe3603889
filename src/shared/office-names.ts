import type { Settings } from './settings'

/**
 * The office's own names, asked once on the first start (设置 → 单位与公文 keeps them). Each has what it is
 * used for and an example that is shown as a placeholder, never saved as a value: a document headed with
 * an example name would go out under someone else's name.
 */
export const OFFICE_NAME_FIELDS = [
  {
    key: 'officeName',
    explain: '督办、催办通知的发文机关标志和落款，简报的编印单位',
    example: '某某市精神文明建设指导委员会办公室',
    max: 60
  },
  {
    key: 'officeShortName',
    explain:
      '通知正文中“反馈至……”、文件属性中的单位，也是填报通知发文字号的机关代字（如“某某市文明办〔2026〕1号”）',
    example: '某某市文明办',
    max: 30
  },
  {
    key: 'supervisionPrefix',
    explain: '督办通知发文字号中的机关代字，如“某某文明办督〔2026〕1号”',
    example: '某某文明办督',
    max: 20
  },
  {
    key: 'reminderPrefix',
    explain: '催办通知发文字号中的机关代字',
    example: '某某文明办催',
    max: 20
  },
  {
    key: 'briefingName',
    explain: '简报红色报头上的名称',
    example: '城中村现代化治理工作简报',
    max: 30
  },
  {
    key: 'contactPerson',
    explain: '通知末尾的联系人（可不填，不填则通知不列联系方式）',
    example: '张某某',
    max: 20
  },
  {
    key: 'contactPhone',
    explain: '通知末尾的联系电话',
    example: '0000-1234567',
    max: 30
  }
] as const satisfies readonly { key: keyof Settings; explain: string; example: string; max: number }[]

export type OfficeNameKey = (typeof OFFICE_NAME_FIELDS)[number]['key']

/** The names a document cannot go out without (the contact is optional: a notice then lists none). */
export const REQUIRED_OFFICE_NAMES = {
  supervision: ['officeName', 'officeShortName', 'supervisionPrefix'],
  reminder: ['officeName', 'officeShortName', 'reminderPrefix'],
  briefing: ['officeName', 'briefingName']
} as const satisfies Record<string, readonly OfficeNameKey[]>

export type OfficeDocument = keyof typeof REQUIRED_OFFICE_NAMES

/** The required names still empty, in the order the setup form shows them. */
export function missingOfficeNames(settings: Settings, document?: OfficeDocument): OfficeNameKey[] {
  const needed: readonly OfficeNameKey[] = document
    ? REQUIRED_OFFICE_NAMES[document]
    : ['officeName', 'officeShortName', 'supervisionPrefix', 'reminderPrefix', 'briefingName']
  return OFFICE_NAME_FIELDS.map((f) => f.key).filter(
    (key) => needed.includes(key) && settings[key].trim() === ''
  )
}

import type { Settings } from '../../shared/settings'

/**
 * The sample city's office. These names belong to 示例市 only: loading the sample writes them, and
 * migration 7 keeps them for files that loaded the sample when they were still the defaults. A new data
 * file starts with no office names at all.
 */
export const SAMPLE_OFFICE = {
  officeName: '示例市精神文明建设指导委员会办公室',
  officeShortName: '示例市文明办',
  supervisionPrefix: '示例文明办督',
  reminderPrefix: '示例文明办催',
  briefingName: '城中村现代化治理工作简报',
  briefingEditor: '示例市城中村现代化治理工作领导小组办公室'
} as const satisfies Partial<Settings>

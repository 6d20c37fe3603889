import type { PackOptions } from '../../shared/contract'
import { UserError } from '../../shared/errors'
import { missingOfficeNames, type OfficeNameKey } from '../../shared/office-names'
import { SETTING_LABEL, type Settings } from '../../shared/settings'

/**
 * Refuses a pack before anything is written while a name one of its documents prints is empty: the
 * 目录's 落款 (officeName), the 简报's and the notices' names as their own pages require.
 */
export function checkPackOfficeNames(settings: Settings, options: PackOptions): void {
  const missing = new Set<OfficeNameKey>(settings.officeName.trim() === '' ? ['officeName'] : [])
  const add = (keys: OfficeNameKey[]): void => keys.forEach((k) => missing.add(k))
  if (options.briefing.include) add(missingOfficeNames(settings, 'briefing'))
  if (options.notices.include) {
    add(missingOfficeNames(settings, 'supervision'))
    if (options.notices.reminders) add(missingOfficeNames(settings, 'reminder'))
  }
  if (missing.size === 0) return
  const labels = [...missing].map((key) => `“${SETTING_LABEL[key]}”`).join('、')
  throw new UserError(
    'office-missing',
    `尚未填写本单位的${labels}，不能生成会议材料，未写入任何文件。请先在“设置 → 单位与公文”中填写（命令行：office --db 数据文件 …）。`,
    { fields: [...missing] }
  )
}

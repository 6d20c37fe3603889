import type { PackOptions } from '../../shared/contract'
import { UserError } from '../../shared/errors'
import { missingOfficeNames, type OfficeNameKey } from '../../shared/office-names'
import { SETTING_LABEL } from '../../shared/settings'
import type { AppContext } from '../app-context'
import { PACK_PARTS } from './parts'

/**
 * Refuses a pack before anything is written while a name one of its documents prints is empty: the
 * 目录's 落款 (officeName), and the names each included part's documents require (parts/*.ts).
 */
export function checkPackOfficeNames(ctx: AppContext, options: PackOptions): void {
  const settings = ctx.settings()
  const missing = new Set<OfficeNameKey>(settings.officeName.trim() === '' ? ['officeName'] : [])
  for (const part of PACK_PARTS)
    if (part.included(options))
      for (const document of part.officeDocuments(ctx, options))
        missingOfficeNames(settings, document).forEach((k) => missing.add(k))
  if (missing.size === 0) return
  const labels = [...missing].map((key) => `“${SETTING_LABEL[key]}”`).join('、')
  throw new UserError(
    'office-missing',
    `尚未填写本单位的${labels}，不能生成会议材料，未写入任何文件。请先在“设置 → 单位与公文”中填写（命令行：office --db 数据文件 …）。`,
    { fields: [...missing] }
  )
}

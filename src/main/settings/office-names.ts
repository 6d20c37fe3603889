import { UserError } from '../../shared/errors'
import { missingOfficeNames, type OfficeDocument } from '../../shared/office-names'
import { SETTING_LABEL, type Settings } from '../../shared/settings'

const DOCUMENT_LABEL: Record<OfficeDocument, string> = {
  supervision: '督办通知',
  reminder: '催办通知',
  briefing: '工作简报'
}

/**
 * Refuses a document while a name it prints is empty, before anything is written: a 督办通知 headed
 * with a blank or a borrowed name is worse than none. The code 'office-missing' lets the page open
 * 设置 → 单位与公文; details.fields names the keys. The CLI answers it with exit 2.
 */
export function requireOfficeNames(settings: Settings, document: OfficeDocument): void {
  const missing = missingOfficeNames(settings, document)
  if (missing.length === 0) return
  const labels = missing.map((key) => `“${SETTING_LABEL[key]}”`).join('、')
  throw new UserError(
    'office-missing',
    `尚未填写本单位的${labels}，不能生成${DOCUMENT_LABEL[document]}，未写入任何文件。请先在“设置 → 单位与公文”中填写（命令行：office --db 数据文件 …）。`,
    { fields: missing }
  )
}

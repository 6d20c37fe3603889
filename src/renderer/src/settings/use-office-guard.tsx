import { App as AntApp } from 'antd'
import { useCallback } from 'react'
import { missingOfficeNames, type OfficeDocument } from '../../../shared/office-names'
import { SETTING_LABEL } from '../../../shared/settings'
import { ApiError } from '../api/client'
import { useApi } from '../api/hooks'
import { useNavigation } from '../app/navigation'

export interface OfficeGuard {
  /** False (and the clerk is told which name is missing and taken to 单位与公文) when one is empty. */
  ready(document: OfficeDocument): boolean
  /** True when the error was the main process refusing for an empty name, and it was handled. */
  handled(error: unknown): boolean
}

/**
 * A document is never generated with an empty office name: checked before the save dialog opens, and
 * the main process refuses too ('office-missing'). Either way the message names the field and 设置 →
 * 单位与公文 opens.
 */
export function useOfficeGuard(): OfficeGuard {
  const { modal } = AntApp.useApp()
  const settings = useApi('settings.get', {})
  const { navigate } = useNavigation()
  const refuse = useCallback(
    (text: string) => {
      navigate('settings', { kind: 'settings', tab: 'office' })
      modal.warning({ title: '请先填写本单位名称', content: text, okText: '知道了' })
    },
    [modal, navigate]
  )
  const ready = useCallback(
    (document: OfficeDocument) => {
      if (!settings.data) return true
      const missing = missingOfficeNames(settings.data, document)
      if (missing.length === 0) return true
      refuse(
        `尚未填写本单位的${missing.map((k) => `“${SETTING_LABEL[k]}”`).join('、')}，不能生成公文，未写入任何文件。请在“设置 → 单位与公文”中填写。`
      )
      return false
    },
    [settings.data, refuse]
  )
  const handled = useCallback(
    (error: unknown) => {
      // issueInChunks wraps a refusal of its first chunk; the ApiError is its cause.
      const api = error instanceof Error && error.cause instanceof ApiError ? error.cause : error
      if (!(api instanceof ApiError) || api.code !== 'office-missing') return false
      refuse(api.message)
      return true
    },
    [refuse]
  )
  return { ready, handled }
}

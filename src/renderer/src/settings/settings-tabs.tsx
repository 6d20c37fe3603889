import type { ReactNode } from 'react'
import { BackupPanel } from '../backup/BackupPanel'
import { AuditLogTab } from './AuditLogTab'
import { CalendarTab } from './CalendarTab'
import { OfficeSettingsTab } from './OfficeSettingsTab'

export interface SettingsTab {
  key: string
  label: string
  render(): ReactNode
}

/** The tabs of 设置, in order; another capability adds its tab (e.g. 备份与恢复) with one entry here. */
export const SETTINGS_TABS: readonly SettingsTab[] = [
  { key: 'calendar', label: '工作日历', render: () => <CalendarTab /> },
  { key: 'office', label: '单位与公文', render: () => <OfficeSettingsTab /> },
  { key: 'audit', label: '操作日志', render: () => <AuditLogTab /> },
  { key: 'backup', label: '备份与恢复', render: () => <BackupPanel /> }
]

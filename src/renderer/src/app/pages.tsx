import {
  AppstoreOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileWordOutlined,
  SettingOutlined,
  TableOutlined
} from '@ant-design/icons'
import type { ReactNode } from 'react'
import {
  DashboardPage,
  DocumentsPage,
  GovernanceItemsPage,
  SchedulePage,
  SettingsPage,
  TaskLedgerPage
} from './lazy-pages'

export type PageKey = 'dashboard' | 'tasks' | 'items' | 'schedule' | 'documents' | 'settings'

export interface PageEntry {
  key: PageKey
  label: string
  icon: ReactNode
  render(): ReactNode
}

/** The navigation, in the order a clerk's day goes: overview, ledger, villages, chart, documents, settings. */
export const PAGES: readonly PageEntry[] = [
  { key: 'dashboard', label: '总览', icon: <DashboardOutlined />, render: () => <DashboardPage /> },
  { key: 'tasks', label: '任务台账', icon: <TableOutlined />, render: () => <TaskLedgerPage /> },
  { key: 'items', label: '治理事项', icon: <AppstoreOutlined />, render: () => <GovernanceItemsPage /> },
  { key: 'schedule', label: '进度计划', icon: <CalendarOutlined />, render: () => <SchedulePage /> },
  { key: 'documents', label: '文档', icon: <FileWordOutlined />, render: () => <DocumentsPage /> },
  { key: 'settings', label: '设置', icon: <SettingOutlined />, render: () => <SettingsPage /> }
]

import {
  AppstoreOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileWordOutlined,
  FormOutlined,
  SettingOutlined,
  TableOutlined,
  TrophyOutlined
} from '@ant-design/icons'
import type { ReactNode } from 'react'
import type { IsoDate } from '../../../shared/civil-date'
import type { ApiRead } from '../api/hooks'
import {
  AssessmentPage,
  DashboardPage,
  DocumentsPage,
  GovernanceItemsPage,
  RoundsPage,
  SchedulePage,
  SettingsPage,
  TaskLedgerPage
} from './lazy-pages'
import type { PageKey } from './navigation'

export interface PageEntry {
  key: PageKey
  label: string
  icon: ReactNode
  render(): ReactNode
  /**
   * The reads the page's first paint waits for, when they do not hang on its own state: started as the
   * page is chosen, alongside its code, instead of after the code has loaded and run (bench:ui).
   */
  firstReads?(asOf: IsoDate): ApiRead[]
}

/**
 * The navigation, in the order a clerk's day goes: overview, ledger, villages, chart, the units' returns
 * (填报), the quarterly assessment, documents, settings.
 */
export const PAGES: readonly PageEntry[] = [
  {
    key: 'dashboard',
    label: '总览',
    icon: <DashboardOutlined />,
    render: () => <DashboardPage />,
    firstReads: (asOf) => [
      { method: 'ledger.summary', input: { asOf } },
      { method: 'chart.dashboard', input: { asOf } }
    ]
  },
  { key: 'tasks', label: '任务台账', icon: <TableOutlined />, render: () => <TaskLedgerPage /> },
  {
    key: 'items',
    label: '治理事项',
    icon: <AppstoreOutlined />,
    render: () => <GovernanceItemsPage />,
    firstReads: (asOf) => [
      { method: 'village.matrix', input: { asOf } },
      { method: 'area.tree', input: { asOf } }
    ]
  },
  { key: 'schedule', label: '进度计划', icon: <CalendarOutlined />, render: () => <SchedulePage /> },
  { key: 'rounds', label: '填报', icon: <FormOutlined />, render: () => <RoundsPage /> },
  { key: 'assessment', label: '测评', icon: <TrophyOutlined />, render: () => <AssessmentPage /> },
  { key: 'documents', label: '文档', icon: <FileWordOutlined />, render: () => <DocumentsPage /> },
  { key: 'settings', label: '设置', icon: <SettingOutlined />, render: () => <SettingsPage /> }
]

import { lazy } from 'react'

// Each page is its own chunk, loaded when first opened: the window paints 总览 without parsing the
// grids, charts and document forms of the other pages (bench:ui, cold start).
export const DashboardPage = lazy(() =>
  import('../pages/DashboardPage').then((m) => ({ default: m.DashboardPage }))
)
export const TaskLedgerPage = lazy(() =>
  import('../pages/TaskLedgerPage').then((m) => ({ default: m.TaskLedgerPage }))
)
export const GovernanceItemsPage = lazy(() =>
  import('../pages/GovernanceItemsPage').then((m) => ({ default: m.GovernanceItemsPage }))
)
export const SchedulePage = lazy(() =>
  import('../pages/SchedulePage').then((m) => ({ default: m.SchedulePage }))
)
export const RoundsPage = lazy(() => import('../pages/RoundsPage').then((m) => ({ default: m.RoundsPage })))
export const AssessmentPage = lazy(() =>
  import('../pages/AssessmentPage').then((m) => ({ default: m.AssessmentPage }))
)
export const DocumentsPage = lazy(() =>
  import('../pages/DocumentsPage').then((m) => ({ default: m.DocumentsPage }))
)
export const SettingsPage = lazy(() =>
  import('../pages/SettingsPage').then((m) => ({ default: m.SettingsPage }))
)

import type { adminContract } from '../../shared/contract/admin'
import { exportAudit } from '../admin/audit-export'
import { listAudit } from '../admin/audit-log'
import {
  calendarYear,
  exportCalendarYear,
  importCalendar,
  previewCalendarImport,
  setCalendarDay
} from '../admin/calendar-service'
import type { AppContext } from '../app-context'
import type { HandlerGroup } from './handlers'

export function adminHandlers(ctx: AppContext): HandlerGroup<keyof typeof adminContract & string> {
  return {
    'calendar.year': ({ year }) => calendarYear(ctx, year),
    'calendar.setDay': (change) => setCalendarDay(ctx, change),
    'calendar.previewImport': ({ ref }) => previewCalendarImport(ctx, ref),
    'calendar.import': ({ ref, years }) => importCalendar(ctx, ref, years),
    'calendar.export': ({ year, ref }) => exportCalendarYear(ctx, year, ref),
    'audit.list': ({ filter, page, pageSize }) => listAudit(ctx, filter, page, pageSize),
    'audit.export': ({ filter, ref }) => exportAudit(ctx, filter, ref)
  }
}

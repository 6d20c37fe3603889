import {
  calendarYear,
  exportCalendarYear,
  importCalendar,
  previewCalendarImport,
  setCalendarDay
} from '../calendar/calendar-service'
import type { AppContext } from '../app-context'
import type { calendarContract } from '../../shared/contract/calendar'
import type { HandlerGroup } from './handler-types'

export function calendarHandlers(ctx: AppContext): HandlerGroup<typeof calendarContract> {
  return {
    'calendar.year': ({ year }) => calendarYear(ctx, year),
    'calendar.setDay': (change) => setCalendarDay(ctx, change),
    'calendar.previewImport': ({ ref }) => previewCalendarImport(ctx, ref),
    'calendar.import': ({ ref, years }) => importCalendar(ctx, ref, years),
    'calendar.export': ({ year, ref }) => exportCalendarYear(ctx, year, ref)
  }
}

import { calendarYear, exportCalendarYear, setCalendarDay } from '../calendar/calendar-service'
import { importCalendar, previewCalendarImport } from '../calendar/calendar-import'
import { countedProvisionalYears } from '../calendar/provisional-scope'
import type { AppContext } from '../app-context'
import type { calendarContract } from '../../shared/contract/calendar'
import type { HandlerGroup } from './handler-types'

export function calendarHandlers(ctx: AppContext): HandlerGroup<typeof calendarContract> {
  return {
    'calendar.status': ({ asOf }) => ({ provisionalYears: countedProvisionalYears(ctx, asOf) }),
    'calendar.year': ({ year }) => calendarYear(ctx, year),
    'calendar.setDay': (change) => setCalendarDay(ctx, change),
    'calendar.previewImport': ({ source }) => previewCalendarImport(ctx, source),
    'calendar.import': ({ source, years, replace }) => importCalendar(ctx, source, years, replace),
    'calendar.export': ({ year, ref }) => exportCalendarYear(ctx, year, ref)
  }
}

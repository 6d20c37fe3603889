import type { IsoDate } from '../../shared/civil-date'
import type { AppContext } from '../app-context'
import { countedProvisionalYears } from '../calendar/provisional-scope'
import { yearsText } from '../calendar/provisional-text'
import type { CliEnv } from './cli-types'

/** What every object a command prints as JSON carries about the calendar (issue 14). */
export interface CalendarNote {
  calendar: { provisional: number[] }
}

/**
 * Names the provisional years a command counted into, on stderr as one line (so stdout's JSON stays
 * clean), and returns the `calendar` member for a JSON object. Arrays (due, tasks) keep their shape and
 * get the stderr line alone.
 */
export function provisionalNote(env: CliEnv, years: readonly number[]): CalendarNote {
  if (years.length > 0)
    env.io.stderr(
      `注意：${yearsText(years)}尚无国务院办公厅放假安排，工作日按法定节假日预估；公布后请用 calendar import 导入\n`
    )
  return { calendar: { provisional: [...years] } }
}

/** provisionalNote for the figures as of a date (every open deadline counted from it). */
export function provisionalNoteAsOf(env: CliEnv, ctx: AppContext, asOf: IsoDate): CalendarNote {
  return provisionalNote(env, countedProvisionalYears(ctx, asOf))
}

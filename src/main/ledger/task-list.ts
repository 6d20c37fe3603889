import type { IsoDate } from '../../shared/civil-date'
import type { TaskRow } from '../../shared/contract'
import type { AppContext } from '../app-context'
import { lightOf } from '../calendar/light'
import { loadTasks } from './task-queries'

/** The 任务台账 rows: every task in plan order with its light as of the date. */
export function listTasks(ctx: AppContext, asOf: IsoDate, includeDeleted = false): TaskRow[] {
  const calendar = ctx.calendar()
  const { yellowWindow } = ctx.settings()
  return loadTasks(ctx.db, { includeDeleted, asOf }).map(({ sortOrder: _sortOrder, ...task }) => ({
    ...task,
    light: lightOf(task, asOf, calendar, yellowWindow)
  }))
}

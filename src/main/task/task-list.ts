import type { IsoDate } from '../../shared/civil-date'
import type { TaskRow } from '../../shared/contract'
import type { AppContext } from '../app-context'
import { areaSubtreeIds } from '../area/area-subtree'
import { lightOf } from '../calendar/light'
import { loadTasks } from '../ledger/task-queries'

export interface TaskAreaFilter {
  /** Only tasks whose area lies in this area's subtree; null = every task. */
  areaId: number | null
  /** With an area chosen, keep the city-wide tasks (no area): they bind every district too. */
  includeCityWide: boolean
}

/** The 任务台账 rows: every task in plan order with its light as of the date. */
export function listTasks(
  ctx: AppContext,
  asOf: IsoDate,
  includeDeleted = false,
  area: TaskAreaFilter = { areaId: null, includeCityWide: true }
): TaskRow[] {
  const calendar = ctx.calendar()
  const { yellowWindow } = ctx.settings()
  const inArea = area.areaId === null ? null : new Set(areaSubtreeIds(ctx.db, area.areaId))
  return loadTasks(ctx.db, { includeDeleted, asOf })
    .filter(
      (task) => inArea === null || (task.areaId === null ? area.includeCityWide : inArea.has(task.areaId))
    )
    .map(({ sortOrder: _sortOrder, ...task }) => ({
      ...task,
      light: lightOf(task, asOf, calendar, yellowWindow)
    }))
}

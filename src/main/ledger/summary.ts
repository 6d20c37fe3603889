import type { IsoDate } from '../../shared/civil-date'
import type { Summary } from '../../shared/contract'
import type { AppContext } from '../app-context'
import { lightOf } from '../calendar/light'
import { emptyCounts, tally } from './light-counts'
import { loadMilestones } from './milestone-queries'
import { loadTasks } from './task-queries'
import { countUrbanVillages, loadVillageItems } from './village-item-queries'

/** The headline figures of the store as of a date: what 总览, `summary --json` and the 简报 all show. */
export function computeSummary(ctx: AppContext, asOf: IsoDate): Summary {
  const calendar = ctx.calendar()
  const { yellowWindow } = ctx.settings()

  const tasks = emptyCounts()
  for (const task of loadTasks(ctx.db)) tally(tasks, lightOf(task, asOf, calendar, yellowWindow))

  const villageItems = { ...emptyCounts(), doneOnTime: 0, doneLate: 0 }
  const villageItemsByCategory = { basic: emptyCounts(), upgrade: emptyCounts(), 'long-term': emptyCounts() }
  for (const item of loadVillageItems(ctx.db)) {
    const info = lightOf(item, asOf, calendar, yellowWindow)
    tally(villageItems, info)
    tally(villageItemsByCategory[item.category], info)
    if (info.outcome === 'on-time') villageItems.doneOnTime++
    if (info.outcome === 'late') villageItems.doneLate++
  }

  const milestones = emptyCounts()
  for (const m of loadMilestones(ctx.db)) {
    tally(
      milestones,
      lightOf({ ...m, status: m.status === 'done' ? 'done' : 'open' }, asOf, calendar, yellowWindow)
    )
  }

  return {
    asOf,
    tasks,
    villages: countUrbanVillages(ctx.db),
    villageItems,
    villageItemsByCategory,
    milestones
  }
}

import type { IsoDate } from '../../shared/civil-date'
import type { AppContext } from '../app-context'
import { loadMilestones } from '../ledger/milestone-queries'
import { loadTasks } from '../ledger/task-queries'
import { loadVillageItems } from '../ledger/village-item-queries'
import { isDoneAsOf } from './light'

/**
 * The provisional years that the figures as of `asOf` count into: the as-of date's own year, and every
 * year between it and an open item's deadline (a light counts the working days between the two). The
 * page header, the 简报 footnote and the CLI name these years, so no count from the law alone passes
 * for an official one.
 */
export function countedProvisionalYears(ctx: AppContext, asOf: IsoDate): number[] {
  const calendar = ctx.calendar()
  const deadlines: IsoDate[] = []
  const open = (item: { deadline: IsoDate | null; status: string; completedDate: IsoDate | null }) =>
    item.deadline !== null && !isDoneAsOf({ ...item, status: item.status === 'done' ? 'done' : 'open' }, asOf)
  for (const t of loadTasks(ctx.db)) if (open(t)) deadlines.push(t.deadline!)
  for (const v of loadVillageItems(ctx.db)) if (open(v)) deadlines.push(v.deadline!)
  for (const m of loadMilestones(ctx.db)) if (open(m)) deadlines.push(m.deadline)
  // Every span runs through asOf, so their union is the one span from the earliest to the latest date.
  const all = [asOf, ...deadlines].sort()
  return calendar.provisionalYearsBetween(all[0], all[all.length - 1])
}

/** The provisional years a set of counted deadlines runs into from `asOf` (a notice's own items). */
export function provisionalYearsOf(
  ctx: AppContext,
  asOf: IsoDate,
  deadlines: readonly (IsoDate | null)[]
): number[] {
  const all = [asOf, ...deadlines.filter((d): d is IsoDate => d !== null)].sort()
  return ctx.calendar().provisionalYearsBetween(all[0], all[all.length - 1])
}

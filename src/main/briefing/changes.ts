import type { BriefingChanges } from '../../shared/contract'
import type { AddressedItem } from '../documents/work-items'
import { toLine } from '../documents/work-items'
import type { BriefingFigures } from './figures'

/**
 * 本期变化 against the previous issue's kept figures: village items done now that were not done then,
 * items overdue now that were not overdue then, and the previous overdue items since done.
 */
export function compareWithPrevious(
  now: BriefingFigures,
  previous: { year: number; issueNo: number; asOf: string; figures: BriefingFigures } | null,
  dueNow: readonly AddressedItem[],
  districtOfItem: ReadonlyMap<number, string>
): BriefingChanges | null {
  if (!previous) return null
  const doneBefore = new Set(previous.figures.doneIds)
  const redBefore = new Set(previous.figures.redIds)
  const doneNow = new Set(now.doneIds)

  const newlyDoneIds = now.doneIds.filter((id) => !doneBefore.has(id))
  const byDistrict = new Map<string, number>()
  for (const id of newlyDoneIds) {
    const district = districtOfItem.get(id)
    if (district) byDistrict.set(district, (byDistrict.get(district) ?? 0) + 1)
  }
  const order = now.districts.map((d) => d.district)
  const newlyOverdueItems = dueNow
    .filter((d) => d.kind === 'village-item' && d.light === 'red' && !redBefore.has(d.id))
    .map(toLine)
  const v = previous.figures.summary.villageItems
  return {
    previous: { year: previous.year, issueNo: previous.issueNo, asOf: previous.asOf },
    completionRateBefore: v.total === 0 ? 0 : Math.round((v.done / v.total) * 1000) / 10,
    newlyDone: newlyDoneIds.length,
    newlyDoneByDistrict: [...byDistrict.entries()]
      .map(([district, count]) => ({ district, count }))
      .sort((a, b) => b.count - a.count || order.indexOf(a.district) - order.indexOf(b.district)),
    newlyOverdue: newlyOverdueItems.length,
    newlyOverdueItems,
    overdueResolved: previous.figures.redIds.filter((id) => doneNow.has(id)).length
  }
}

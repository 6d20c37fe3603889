import type { IsoDate } from '../../shared/civil-date'
import type { LightInfo, WorkStatus } from '../../shared/domain'
import type { WorkCalendar } from './work-calendar'

export interface Trackable {
  deadline: IsoDate | null
  status: WorkStatus | 'open'
  completedDate: IsoDate | null
}

/**
 * The traffic light of one item as of `asOf` (issue 2, "Definitions"):
 * - done items have none: 按期办结 when completed on or before the deadline, else 逾期办结;
 * - an item completed after `asOf` was still open on `asOf`, so reports for a past date are reproducible;
 * - open and past due → red; 0 ≤ workdaysLeft ≤ yellowWindow → yellow; otherwise, or 长期, → green.
 */
export function lightOf(
  item: Trackable,
  asOf: IsoDate,
  calendar: WorkCalendar,
  yellowWindow: number
): LightInfo {
  if (isDoneAsOf(item, asOf)) {
    const late = item.deadline !== null && item.completedDate !== null && item.completedDate > item.deadline
    return late
      ? { light: null, outcome: 'late', workdaysLeft: null, label: '逾期办结' }
      : { light: null, outcome: 'on-time', workdaysLeft: null, label: '按期办结' }
  }
  if (item.deadline === null) return { light: 'green', outcome: null, workdaysLeft: null, label: '长期' }
  const left = calendar.workdaysLeft(item.deadline, asOf)
  const provisional =
    calendar.provisionalYearsBetween(asOf, item.deadline).length > 0 ? { provisional: true as const } : {}
  if (item.deadline < asOf) {
    // Past a rest-day deadline with no working day in between: overdue, but by less than a working day.
    const label = left === 0 ? '已逾期' : `逾期${-left}个工作日`
    return { light: 'red', outcome: null, workdaysLeft: left, label, ...provisional }
  }
  const label = item.deadline === asOf ? '今日到期' : `剩${left}个工作日`
  return {
    light: left <= yellowWindow ? 'yellow' : 'green',
    outcome: null,
    workdaysLeft: left,
    label,
    ...provisional
  }
}

/** Done on `asOf`: marked done with a completion date not after `asOf` (no date: done whenever asked). */
export function isDoneAsOf(item: Trackable, asOf: IsoDate): boolean {
  if (item.status !== 'done') return false
  return item.completedDate === null || item.completedDate <= asOf
}

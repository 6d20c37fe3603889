import type { IsoDate } from '../../shared/civil-date'
import type { Random } from './random'
import type { MilestoneRow } from './sample-writer'
import type { SampleSchedule, ScheduledWork } from './schedule'

/** Step lists a 倒排工期 chart of a task uses. */
export const TASK_STEP_SETS: readonly (readonly string[])[] = [
  ['制定实施方案', '摸底排查建档', '组织实施', '验收销号'],
  ['制定实施方案', '摸底排查建档', '组织实施', '中期评估', '验收销号'],
  ['摸底排查', '组织实施', '验收销号'],
  ['制定工作方案', '完成招标采购', '开工建设', '完工验收']
]

/** Step lists for the village items that have a chart of their own (mostly works). */
export const VILLAGE_STEP_SETS: readonly (readonly string[])[] = [
  ['摸底排查', '组织实施', '验收销号'],
  ['方案设计', '施工建设', '竣工验收'],
  ['入户动员', '集中整治', '验收销号']
]

/**
 * Schedules the steps backwards from the owner's deadline (倒排工期): the last step ends a few working
 * days before it, earlier steps at growing shares of the working days since the start. A done owner has
 * every step done; an open owner never has its last step done, and a red owner leaves its latest past
 * step open, as a clerk would see it on the chart. Returns [] when the span is too short to split.
 */
export function planMilestones(
  rng: Random,
  schedule: SampleSchedule,
  work: ScheduledWork,
  steps: readonly string[]
): MilestoneRow[] {
  if (work.deadline === null) return []
  const calendar = schedule.calendar
  const end = calendar.subtractWorkdays(work.deadline, rng.int(1, 3))
  const span = calendar.workdaysBetween(work.startDate, end)
  if (span < steps.length * 4) return []

  const deadlines: IsoDate[] = []
  steps.forEach((_, i) => {
    if (i === steps.length - 1) {
      deadlines.push(end)
      return
    }
    const share = (i + 1) / steps.length - rng.next() * (0.4 / steps.length)
    const previous = deadlines.length > 0 ? deadlines[deadlines.length - 1] : work.startDate
    const candidate = calendar.addWorkdays(work.startDate, Math.max(1, Math.round(span * share)))
    deadlines.push(candidate > previous ? candidate : calendar.addWorkdays(previous, 1))
  })

  const pastSteps = deadlines.filter((d) => d < schedule.asOf).length
  let previousDone = work.startDate
  return steps.map((title, i) => {
    const deadline = deadlines[i]
    const durationWorkdays = calendar.workdaysBetween(i === 0 ? work.startDate : deadlines[i - 1], deadline)
    const isLast = i === steps.length - 1
    let done: boolean
    if (work.status === 'done') done = true
    else if (work.status === 'not-started' || isLast || deadline >= schedule.asOf) done = false
    else done = !(work.fate === 'red' && i === pastSteps - 1)
    if (!done) return { seq: i + 1, title, deadline, durationWorkdays, status: 'open', completedDate: null }

    const ceiling = work.completedDate ?? calendar.workdayOnOrBefore(schedule.asOf)
    let completed =
      isLast && work.completedDate !== null
        ? work.completedDate
        : work.fate === 'late'
          ? calendar.addWorkdays(deadline, rng.int(0, 8))
          : calendar.subtractWorkdays(deadline, rng.int(0, 3))
    if (completed > ceiling) completed = ceiling
    if (completed < previousDone) completed = previousDone
    previousDone = completed
    return { seq: i + 1, title, deadline, durationWorkdays, status: 'done', completedDate: completed }
  })
}

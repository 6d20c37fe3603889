import type { IsoDate } from '../../shared/civil-date'
import type { BackwardSchedulePreview, ScheduleStep } from '../../shared/contract'
import type { WorkCalendar } from './work-calendar'

/**
 * 倒排工期: given the final deadline and the steps in order with their working days, each step's dates
 * counted backwards on the working-day calendar.
 *
 * The last step is due on the deadline, or on the last working day before it when the deadline is a
 * rest day (planning towards a holiday leaves no one to hand the work in). Each earlier step is due the
 * working day before the next step's first day, i.e. `subtractWorkdays(nextDue, nextWorkdays)`; a step of
 * n working days runs on the n working days up to and including its due date.
 */
export function backwardSchedule(
  calendar: WorkCalendar,
  deadline: IsoDate,
  steps: readonly ScheduleStep[]
): BackwardSchedulePreview {
  if (steps.length === 0) throw new RangeError('at least one step')
  const finalDue = calendar.workdayOnOrBefore(deadline)
  const due: IsoDate[] = new Array<IsoDate>(steps.length)
  due[steps.length - 1] = finalDue
  for (let i = steps.length - 2; i >= 0; i--) {
    due[i] = calendar.subtractWorkdays(due[i + 1], steps[i + 1].workdays)
  }
  const scheduled = steps.map((step, i) => ({
    seq: i + 1,
    title: step.title,
    workdays: step.workdays,
    due: due[i],
    start: firstDayOf(calendar, due[i], step.workdays)
  }))
  return {
    deadline,
    finalDue,
    start: scheduled[0].start,
    steps: scheduled,
    totalWorkdays: steps.reduce((sum, step) => sum + step.workdays, 0)
  }
}

/** The first of the `workdays` working days that end on `due` (itself a working day). */
function firstDayOf(calendar: WorkCalendar, due: IsoDate, workdays: number): IsoDate {
  return calendar.addWorkdays(calendar.subtractWorkdays(due, workdays), 1)
}

import { addDays, daysBetween, type IsoDate } from '../../shared/civil-date'
import type { Random } from './random'
import { AFTER_DONE_STEPS, DONE_PHRASES, NEXT_STEPS, PROBLEMS, PROGRESS_PHRASES } from './report-phrases'
import type { ReportRow } from './sample-writer'
import { officeTimestamp, roundPercent, type SampleSchedule, type ScheduledWork } from './schedule'
import type { TaskTopic } from './task-template'

export interface ReportSubject {
  topic: TaskTopic
  /** The village a village item's report is about (its lines start with it); null for tasks. */
  place: string | null
  /** Named in 下步计划 ("加强与市消防救援支队沟通协调"). */
  unitName: string
}

/**
 * The dated 进展填报 of one task or village item, oldest first, with rising percents. Reports stop at
 * the completion date (its final report says 100% and 销号) or at the as-of date, so nothing is reported
 * after 2025-09-30. `count` fixes how many (village items: 0–3); without it tasks report about every
 * 40 days while dated and every 75 days while 长期.
 */
export function planReports(
  rng: Random,
  schedule: SampleSchedule,
  work: ScheduledWork,
  subject: ReportSubject,
  count?: number
): ReportRow[] {
  const calendar = schedule.calendar
  if (work.status === 'not-started') return []
  const end = work.completedDate ?? calendar.workdayOnOrBefore(schedule.asOf)
  const first = calendar.addWorkdays(work.startDate, 10)
  const span = daysBetween(first, end)
  const wanted = count ?? Math.min(16, Math.round(span / (work.deadline === null ? 75 : 40)) + 1)
  if (wanted <= 0) return []
  if (span < 0) return work.completedDate === null ? [] : [finalReport(rng, work.completedDate, subject)]

  const dates: IsoDate[] = []
  const isDone = work.completedDate !== null
  for (let i = 0; i < wanted; i++) {
    let date: IsoDate
    if (isDone && i === wanted - 1) date = end
    else {
      // Open jobs report up to recently; done ones spread their earlier reports before the final one.
      const share = isDone ? i / Math.max(1, wanted - 1) : (i + 1) / wanted
      const jitter = rng.int(-6, 0)
      date = calendar.workdayOnOrBefore(addDays(first, Math.max(0, Math.round(span * share) + jitter)))
    }
    if (date > end) date = end
    if (date < first && !(isDone && i === wanted - 1)) continue
    if (dates.length === 0 || date > dates[dates.length - 1]) dates.push(date)
  }

  const finalPercent = work.percent
  return dates.map((date, i) => {
    if (isDone && i === dates.length - 1) return finalReport(rng, date, subject)
    const share = (i + 1) / dates.length
    const ceiling = isDone ? 95 : finalPercent
    const percent = roundPercent(ceiling * share, Math.min(5, ceiling), ceiling)
    const late = work.fate === 'red' || work.fate === 'late'
    const hasProblem = late ? rng.chance(0.85) : rng.chance(0.35)
    return {
      reportDate: date,
      text: progressText(rng, subject, percent),
      percent,
      problems: hasProblem ? rng.pick(PROBLEMS) : '',
      nextSteps: rng.pick(NEXT_STEPS).replace('{unit}', subject.unitName),
      createdAt: officeTimestamp(rng, date)
    }
  })
}

function progressText(rng: Random, subject: ReportSubject, percent: number): string {
  const factor = subject.place === null ? 8 : 1
  const count = (min: number, max: number): number => rng.int(min * factor, max * factor)
  const phrase = rng.pick(PROGRESS_PHRASES[subject.topic])(count)
  if (subject.place !== null) return `${subject.place}${phrase}，完成工作量约${percent}%。`
  return `${phrase}，累计完成任务的${percent}%。`
}

function finalReport(rng: Random, date: IsoDate, subject: ReportSubject): ReportRow {
  const factor = subject.place === null ? 8 : 1
  const count = (min: number, max: number): number => rng.int(min * factor, max * factor)
  const phrase = rng.pick(PROGRESS_PHRASES[subject.topic])(count)
  const closing = rng.pick(DONE_PHRASES)
  return {
    reportDate: date,
    text: `${subject.place ?? ''}${phrase}，${closing}。`,
    percent: 100,
    problems: '',
    nextSteps: rng.pick(AFTER_DONE_STEPS),
    createdAt: officeTimestamp(rng, date)
  }
}

import type { Database } from 'better-sqlite3'
import type { IsoDate } from '../../shared/civil-date'
import type { PhaseKey } from '../../shared/domain'
import type { SampleAreas } from './areas'
import { known } from './known'
import { planMilestones, TASK_STEP_SETS } from './milestones'
import { SECTION_LEADERS } from './names'
import { planReports } from './progress'
import type { Random } from './random'
import type { SampleWriter } from './sample-writer'
import { officeTimestamp, roundPercent, type Fate, type SampleSchedule, type ScheduledWork } from './schedule'
import type { TaskTemplate } from './task-template'
import { GOVERNANCE_SECTIONS } from './task-templates-governance'
import { SAFETY_SECTIONS } from './task-templates-safety'
import type { SampleUnits } from './units'

const SECTIONS = [...SAFETY_SECTIONS, ...GOVERNANCE_SECTIONS]

interface PhaseSpec {
  key: PhaseKey
  name: string
  year: number
  /** When the year's 台账 was drawn up: the tasks' created_at. */
  ledgerDate: IsoDate
  /** Range of the tasks' start dates. */
  startFrom: IsoDate
  startTo: IsoDate
}

export const PHASES: readonly PhaseSpec[] = [
  {
    key: 'pilot',
    name: '试点',
    year: 2023,
    ledgerDate: '2023-04-06',
    startFrom: '2023-04-10',
    startTo: '2023-05-31'
  },
  {
    key: 'push',
    name: '攻坚',
    year: 2024,
    ledgerDate: '2024-01-05',
    startFrom: '2024-01-08',
    startTo: '2024-03-15'
  },
  {
    key: 'full-coverage',
    name: '全覆盖',
    year: 2025,
    ledgerDate: '2025-01-03',
    startFrom: '2025-01-06',
    startTo: '2025-03-31'
  }
]

export interface SamplePlan {
  planId: number
  phaseIds: ReadonlyMap<PhaseKey, number>
}

/** The one plan of the sample city and its three phases (一年试点、两年攻坚、三年全覆盖). */
export function insertPlan(db: Database): SamplePlan {
  const planId = Number(
    db
      .prepare('INSERT INTO plan (name, motto, start_date, end_date) VALUES (?, ?, ?, ?)')
      .run(
        '城中村现代化治理三年行动方案（2023—2025年）',
        '一年试点、两年攻坚、三年全覆盖',
        '2023-04-01',
        '2025-12-31'
      ).lastInsertRowid
  )
  const insertPhase = db.prepare(
    'INSERT INTO phase (plan_id, key, name, year, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?)'
  )
  const phaseIds = new Map<PhaseKey, number>()
  for (const phase of PHASES) {
    const start = phase.year === 2023 ? '2023-04-01' : `${phase.year}-01-01`
    const id = insertPhase.run(
      planId,
      phase.key,
      phase.name,
      phase.year,
      start,
      `${phase.year}-12-31`
    ).lastInsertRowid
    phaseIds.set(phase.key, Number(id))
  }
  return { planId, phaseIds }
}

/** How a task is placed: a fate, or 'early' (done before a deadline still ahead), or 长期. */
type Placement = Fate | 'early' | 'long-term'

interface TaskDraft {
  template: TaskTemplate
  sectionIndex: number
  code: string
  title: string
  districtIndex: number | null
  sortOrder: number
}

/**
 * Writes about 60 tasks per unit of scale with their units, milestones and progress reports. Each
 * phase gets a fixed quota of fates (shuffled over its tasks), so the mix on the as-of date is the
 * same at every scale: pilot all done, push mostly done with a few red, 2025 a spread of every light.
 */
export function writeTasks(
  writer: SampleWriter,
  plan: SamplePlan,
  context: { rng: Random; schedule: SampleSchedule; units: SampleUnits; areas: SampleAreas; scale: number }
): number {
  const { rng, schedule, units, areas, scale } = context
  const drafts = draftTasks(areas, scale)
  const placements = new Map<TaskDraft, Placement>()
  for (const phase of PHASES) {
    const inPhase = drafts.filter((d) => d.template.phase === phase.key && !d.template.longTerm)
    const quota = rng.shuffle(phaseQuota(phase.key, inPhase.length))
    inPhase.forEach((draft, i) => placements.set(draft, quota[i]))
  }

  for (const draft of drafts) {
    const phase = PHASES.find((p) => p.key === draft.template.phase) as PhaseSpec
    const placement = draft.template.longTerm ? 'long-term' : known(placements, draft)
    const work = placeTask(rng, schedule, phase, placement)
    const district = draft.districtIndex === null ? null : areas.districts[draft.districtIndex]
    const leads = draft.template.lead.map((key) => known(units.byKey, key))
    const supports = draft.template.support.map((key) => known(units.byKey, key))
    if (district !== null) {
      // A district's own task is led by its government; a district copy of a city task has it support.
      const government = units.districtGovernments[district.index]
      if (draft.template.district !== null || leads.length === 0) leads.unshift(government)
      else supports.unshift(government)
    }
    const leadName = known(units.names, leads[0])
    const reports = planReports(rng, schedule, work, {
      topic: draft.template.topic,
      place: null,
      unitName: leadName
    })
    const createdAt = officeTimestamp(rng, phase.ledgerDate)
    const last = reports.length > 0 ? reports[reports.length - 1].createdAt : createdAt
    const taskId = writer.insertTask({
      planId: plan.planId,
      phaseId: known(plan.phaseIds, phase.key),
      code: draft.code,
      groupName: SECTIONS[draft.sectionIndex].heading,
      title: draft.title,
      measures: draft.template.measures,
      leader: district !== null ? `${district.name}区长` : SECTION_LEADERS[draft.sectionIndex],
      areaId: district !== null ? district.id : null,
      startDate: work.startDate,
      deadline: work.deadline,
      status: work.status,
      percent: work.percent,
      completedDate: work.completedDate,
      note: work.fate === 'red' ? '已列入市文明办督办事项' : '',
      sortOrder: draft.sortOrder,
      createdAt,
      updatedAt: last > createdAt ? last : createdAt
    })
    leads.forEach((unitId, i) => writer.insertTaskUnit(taskId, unitId, 'lead', i + 1))
    supports.slice(0, 4).forEach((unitId, i) => writer.insertTaskUnit(taskId, unitId, 'support', i + 1))
    writer.insertReports({ taskId, villageItemId: null }, reports)
    // Roughly a third of the tasks are scheduled backwards (倒排工期) into dated steps.
    if (work.deadline !== null && rng.chance(0.38)) {
      const steps = rng.pick(TASK_STEP_SETS)
      writer.insertMilestones({ taskId, villageItemId: null }, planMilestones(rng, schedule, work, steps))
    }
  }
  return drafts.length
}

/** Scale N repeats every template N times; copies 2..N are district breakdowns coded 1.1-2, 1.1-3 … */
function draftTasks(areas: SampleAreas, scale: number): TaskDraft[] {
  const drafts: TaskDraft[] = []
  SECTIONS.forEach((section, sectionIndex) => {
    section.tasks.forEach((template, taskIndex) => {
      for (let copy = 1; copy <= scale; copy++) {
        const code = `${sectionIndex + 1}.${taskIndex + 1}${copy > 1 ? `-${copy}` : ''}`
        const districtIndex =
          template.district !== null
            ? (template.district + copy - 1) % areas.districts.length
            : copy > 1
              ? (sectionIndex + taskIndex + copy) % areas.districts.length
              : null
        const title =
          districtIndex === null ? template.title : `${areas.districts[districtIndex].name}${template.title}`
        drafts.push({ template, sectionIndex, code, title, districtIndex, sortOrder: drafts.length + 1 })
      }
    })
  })
  return drafts
}

/** The fates of one phase's n dated tasks (scale 1: pilot 12, push 20, 2025 23). */
function phaseQuota(phase: PhaseKey, n: number): Placement[] {
  const counts: [Placement, number][] =
    phase === 'pilot'
      ? [['late', Math.round(n * 0.17)]]
      : phase === 'push'
        ? [
            ['red', Math.round(n * 0.15)],
            ['late', Math.round(n * 0.1)]
          ]
        : [
            ['early', Math.round(n / 23)],
            ['on-time', Math.round((n * 2) / 23)],
            ['late', Math.round(n / 23)],
            ['red', Math.round((n * 5) / 23)],
            ['yellow', Math.max(4, Math.round((n * 5) / 23))]
          ]
  const quota: Placement[] = []
  for (const [placement, count] of counts) for (let i = 0; i < count; i++) quota.push(placement)
  const rest: Placement = phase === 'full-coverage' ? 'green' : 'on-time'
  while (quota.length < n) quota.push(rest)
  return quota.slice(0, n)
}

/** Dates, status and percent of one task so that lightOf shows the intended fate on the as-of date. */
function placeTask(
  rng: Random,
  schedule: SampleSchedule,
  phase: PhaseSpec,
  placement: Placement
): ScheduledWork {
  const startDate = schedule.workdayBetween(rng, phase.startFrom, phase.startTo)
  const earliestDone = schedule.calendar.addWorkdays(startDate, 20)
  const open = (deadline: IsoDate | null, fate: Fate, percent: number): ScheduledWork => {
    const status = percent === 0 ? 'not-started' : 'in-progress'
    return { startDate, deadline, status, percent, completedDate: null, fate }
  }
  const done = (deadline: IsoDate, completedDate: IsoDate): ScheduledWork => {
    const fate = completedDate > deadline ? 'late' : 'on-time'
    return { startDate, deadline, status: 'done', percent: 100, completedDate, fate }
  }
  const year = phase.year
  let work: ScheduledWork
  switch (placement) {
    case 'long-term':
      work = open(null, 'green', roundPercent(rng.int(55, 85)))
      break
    case 'on-time': {
      const deadline = schedule.pastDeadline(rng, year, year === 2023 ? 7 : 5, year === 2025 ? 8 : 12)
      work = done(deadline, schedule.completeOnTime(rng, deadline, earliestDone, 25))
      break
    }
    case 'early': {
      const deadline = schedule.greenDeadline(rng)
      work = done(deadline, schedule.workdayBetween(rng, '2025-08-01', schedule.asOf))
      break
    }
    case 'late': {
      const deadline = schedule.pastDeadline(rng, year, year === 2023 ? 6 : 4, year === 2025 ? 7 : 11)
      work = done(deadline, schedule.completeLate(rng, deadline, 45) ?? deadline)
      break
    }
    case 'red': {
      const deadline = schedule.pastDeadline(rng, year, year === 2025 ? 5 : 9, year === 2025 ? 9 : 12)
      work = open(deadline, 'red', rng.chance(0.15) ? 0 : roundPercent(rng.int(40, 90)))
      break
    }
    case 'yellow':
      work = open(rng.pick(schedule.yellowDates), 'yellow', roundPercent(rng.int(70, 95)))
      break
    case 'green': {
      const deadline = schedule.greenDeadline(rng)
      const share = schedule.elapsedShare(startDate, deadline)
      work = open(deadline, 'green', roundPercent(share * 100 * (0.75 + rng.next() * 0.3), 10, 90))
      break
    }
  }
  if (schedule.fateOf(work) !== work.fate) {
    throw new Error(`sample task placed as ${placement} shows ${schedule.fateOf(work)} on ${schedule.asOf}`)
  }
  return work
}

import type { IsoDate } from '../../shared/civil-date'
import type { PhaseKey } from '../../shared/domain'
import type { SampleAreas, UrbanVillageRecord } from './areas'
import type { CatalogItem } from './catalog'
import { known } from './known'
import { planMilestones, VILLAGE_STEP_SETS } from './milestones'
import { planReports } from './progress'
import type { Random } from './random'
import type { SampleWriter } from './sample-writer'
import { officeTimestamp, roundPercent, type SampleSchedule, type ScheduledWork } from './schedule'
import type { SampleUnits } from './units'

interface Batch {
  key: PhaseKey
  year: number
  /** Share of each district's urban villages in this batch. */
  share: number
  /** When the batch's villages started work (a range, so villages differ). */
  startFrom: IsoDate
  startTo: IsoDate
  /** Deadline months of basic items and of upgrade items. */
  basicMonths: [number, number]
  upgradeMonths: [number, number]
  /** Chance that an item whose deadline has passed was done: base + slope × district quality. */
  doneBase: number
  doneSlope: number
}

/** "一年试点、两年攻坚、三年全覆盖": about 20% of the villages in 2023, 40% in 2024, 40% in 2025. */
const BATCHES: readonly Batch[] = [
  {
    key: 'pilot',
    year: 2023,
    share: 0.2,
    startFrom: '2023-05-04',
    startTo: '2023-05-31',
    basicMonths: [7, 11],
    upgradeMonths: [9, 12],
    doneBase: 0.96,
    doneSlope: 0.04
  },
  {
    key: 'push',
    year: 2024,
    share: 0.4,
    startFrom: '2024-01-15',
    startTo: '2024-02-09',
    basicMonths: [3, 11],
    upgradeMonths: [6, 12],
    doneBase: 0.72,
    doneSlope: 0.26
  },
  {
    key: 'full-coverage',
    year: 2025,
    share: 0.4,
    startFrom: '2025-01-13',
    startTo: '2025-02-14',
    basicMonths: [3, 12],
    upgradeMonths: [6, 12],
    doneBase: 0.5,
    doneSlope: 0.45
  }
]

/** How many of the 5 upgrade items a village takes on (0–5), weighted towards 2–3. */
const UPGRADE_COUNT_WEIGHTS: readonly (readonly [number, number])[] = [
  [0, 8],
  [1, 14],
  [2, 24],
  [3, 26],
  [4, 16],
  [5, 12]
]

interface VillageContext {
  rng: Random
  schedule: SampleSchedule
  units: SampleUnits
  areas: SampleAreas
  catalog: readonly CatalogItem[]
}

/**
 * One village item per urban village × catalog item, with reports for a share of them and a chart
 * (milestones) for a sprinkling. Each district's villages are split into the three batches, and the
 * district's quality decides how many of its due items were done, and how many late, so rankings differ.
 */
export function writeVillageItems(writer: SampleWriter, context: VillageContext): number {
  const { rng, areas } = context
  let rows = 0
  const batchOf = new Map<UrbanVillageRecord, Batch>()
  for (const district of areas.districts) {
    const villages = areas.urbanVillages.filter((v) => v.district === district)
    const pilot = Math.round(villages.length * BATCHES[0].share)
    const push = Math.round(villages.length * BATCHES[1].share)
    const batches = villages.map((_, i) =>
      i < pilot ? BATCHES[0] : i < pilot + push ? BATCHES[1] : BATCHES[2]
    )
    rng.shuffle(batches).forEach((batch, i) => batchOf.set(villages[i], batch))
  }
  for (const village of areas.urbanVillages) {
    rows += writeVillage(writer, context, village, known(batchOf, village))
  }
  return rows
}

function writeVillage(
  writer: SampleWriter,
  context: VillageContext,
  village: UrbanVillageRecord,
  batch: Batch
): number {
  const { rng, schedule, units, catalog } = context
  const upgrades = catalog.filter((item) => item.category === 'upgrade')
  const upgradeCount = Math.min(5, rng.weighted(UPGRADE_COUNT_WEIGHTS) + (batch.key === 'pilot' ? 1 : 0))
  const chosen = new Set(rng.sample(upgrades, upgradeCount))
  const startDate = schedule.workdayBetween(rng, batch.startFrom, batch.startTo)
  const townUnit = units.townGovernments.get(village.town.id) ?? null
  const districtUnit = units.districtGovernments[village.district.index]

  for (const item of catalog) {
    if (item.category === 'upgrade' && !chosen.has(item)) {
      writer.insertVillageItem({
        villageId: village.id,
        itemId: item.id,
        applicable: false,
        responsibleUnitId: null,
        deadline: null,
        status: 'not-started',
        percent: 0,
        completedDate: null,
        note: '经“一村一策”评估，本村暂不实施',
        updatedAt: officeTimestamp(rng, startDate)
      })
      continue
    }
    const work = placeItem(rng, schedule, batch, village.district.spec.quality, item, startDate)
    // Mostly the town or district government answers for a village item; works go to departments at times.
    const responsibleUnitId =
      item.category === 'basic' && rng.chance(0.18)
        ? item.defaultUnitId
        : townUnit !== null && rng.chance(0.8)
          ? townUnit
          : districtUnit
    const unitName = known(units.names, responsibleUnitId)
    const reportCount = rng.weighted<number>([
      [0, work.fate === 'red' ? 15 : 35],
      [1, 30],
      [2, 20],
      [3, 15]
    ])
    const reports = planReports(
      rng,
      schedule,
      work,
      { topic: item.key, place: village.name, unitName },
      reportCount
    )
    let updatedAt = officeTimestamp(rng, work.completedDate ?? startDate)
    if (reports.length > 0 && reports[reports.length - 1].createdAt > updatedAt) {
      updatedAt = reports[reports.length - 1].createdAt
    }
    const villageItemId = writer.insertVillageItem({
      villageId: village.id,
      itemId: item.id,
      applicable: true,
      responsibleUnitId,
      deadline: work.deadline,
      status: work.status,
      percent: work.percent,
      completedDate: work.completedDate,
      note: '',
      updatedAt
    })
    const owner = { taskId: null, villageItemId }
    writer.insertReports(owner, reports)
    if (item.category !== 'long-term' && rng.chance(0.04)) {
      writer.insertMilestones(owner, planMilestones(rng, schedule, work, rng.pick(VILLAGE_STEP_SETS)))
    }
  }
  return catalog.length
}

/** Deadline, status and completion of one applicable item of a village in the given batch. */
function placeItem(
  rng: Random,
  schedule: SampleSchedule,
  batch: Batch,
  quality: number,
  item: CatalogItem,
  startDate: IsoDate
): ScheduledWork {
  const deadline = itemDeadline(rng, schedule, batch, item)
  const calendar = schedule.calendar
  const earliest = calendar.addWorkdays(startDate, 15)
  const open = (percent: number): ScheduledWork => {
    const work: ScheduledWork = {
      startDate,
      deadline,
      status: percent === 0 ? 'not-started' : 'in-progress',
      percent,
      completedDate: null,
      fate: 'green'
    }
    return { ...work, fate: schedule.fateOf(work) }
  }
  const done = (completedDate: IsoDate): ScheduledWork => {
    const work: ScheduledWork = {
      startDate,
      deadline,
      status: 'done',
      percent: 100,
      completedDate,
      fate: 'on-time'
    }
    return { ...work, fate: schedule.fateOf(work) }
  }

  if (deadline < schedule.asOf) {
    if (rng.chance(batch.doneBase + batch.doneSlope * quality)) {
      const late = rng.chance(0.38 - 0.33 * quality) ? schedule.completeLate(rng, deadline, 50) : null
      return done(late ?? schedule.completeOnTime(rng, deadline, earliest, 30))
    }
    return open(rng.chance(0.1) ? 0 : roundPercent(rng.int(20, 90)))
  }
  const yellow = calendar.workdaysLeft(deadline, schedule.asOf) <= schedule.yellowWindow
  if (rng.chance(yellow ? 0.2 * quality : Math.max(0.03, 0.45 * quality - 0.1))) {
    return done(schedule.completeOnTime(rng, deadline, earliest, 30))
  }
  if (yellow) return open(roundPercent(rng.int(60, 95)))
  if (deadline >= `${batch.year}-11-15` && rng.chance(0.35)) return open(0)
  const share = schedule.elapsedShare(startDate, deadline)
  return open(roundPercent(share * 100 * (0.7 + rng.next() * 0.4), 5, 90))
}

/**
 * Deadlines spread over the batch year: basic items first, upgrades later, the long-term mechanism at
 * year end. A few 2025 items fall just after the National Day holiday, giving the yellow set.
 */
function itemDeadline(rng: Random, schedule: SampleSchedule, batch: Batch, item: CatalogItem): IsoDate {
  if (item.category === 'long-term') return schedule.calendar.workdayOnOrBefore(`${batch.year}-12-31`)
  if (batch.key === 'full-coverage' && rng.chance(0.04)) return rng.pick(schedule.yellowDates)
  const [from, to] = item.category === 'basic' ? batch.basicMonths : batch.upgradeMonths
  return schedule.deadlineInMonth(rng, batch.year, rng.int(from, to))
}

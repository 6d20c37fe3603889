import type { IsoDate } from '../../shared/civil-date'
import type { BarTone, WallChart, WallMilestone, WallMode, WallPhase, WallRow } from '../../shared/contract'
import type { LightInfo } from '../../shared/domain'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { areaSubtreeIds } from '../area/area-subtree'
import type { WorkCalendar } from '../calendar/work-calendar'
import { lightOf } from '../calendar/light'
import { loadMilestones, type StoredMilestone } from '../ledger/milestone-queries'
import { loadTasks } from '../ledger/task-queries'
import type { Row, Tuple } from '../store/rows'
import { select, selectTuples } from '../store/typed-query'
import { loadCellRecords, loadColumns } from '../village/village-matrix'
import { loadUrbanVillages, villageDisplayName } from '../village/urban-villages'

export interface WallChartQuery {
  asOf: IsoDate
  mode: WallMode
  itemId?: number
  areaId?: number
  /** With an area: also the tasks that belong to the whole city (default, as in the ledger). */
  includeCitywide?: boolean
}

function toneOf(info: LightInfo): BarTone {
  return info.light ?? info.outcome ?? 'on-time'
}

/**
 * 挂图作战: one bar per task (or per village, for one catalog item) from its start to its deadline,
 * coloured by its light as of the date, with its milestones, over the plan's three phases.
 *
 * A village item has no start date of its own; its bar starts with the phase its deadline falls in
 * (the year the village's batch worked on it), which is how the offices draw it on paper.
 */
export function buildWallChart(ctx: AppContext, query: WallChartQuery): WallChart {
  const calendar = ctx.calendar()
  const { yellowWindow } = ctx.settings()
  const phases = loadPhases(ctx)
  const planEnd = phases.at(-1)?.end ?? `${query.asOf.slice(0, 4)}-12-31`
  const inArea = query.areaId === undefined ? null : new Set(areaSubtreeIds(ctx.db, query.areaId))
  if (inArea !== null && inArea.size === 0)
    throw new UserError('not-found', `找不到编号为${query.areaId}的区域`)
  const milestones = groupMilestones(loadMilestones(ctx.db))
  const marker = (m: StoredMilestone): WallMilestone => {
    const info = lightOf(
      { ...m, status: m.status === 'done' ? 'done' : 'open' },
      query.asOf,
      calendar,
      yellowWindow
    )
    return { id: m.id, title: m.title, date: m.deadline, tone: toneOf(info), label: info.label }
  }
  const items = loadColumns(ctx.db).map(({ id, name }) => ({ id, name }))
  const base = { asOf: query.asOf, mode: query.mode, items, phases, notApplicable: 0, citywide: 0 }

  if (query.mode === 'tasks') {
    const rows: WallRow[] = []
    let citywide = 0
    for (const task of loadTasks(ctx.db)) {
      if (inArea !== null && task.areaId === null && query.includeCitywide === false) {
        citywide++
        continue
      }
      if (inArea !== null && task.areaId !== null && !inArea.has(task.areaId)) continue
      const info = lightOf(task, query.asOf, calendar, yellowWindow)
      const start = task.startDate ?? phaseStart(phases, task.deadline) ?? task.deadline ?? query.asOf
      rows.push({
        id: task.id,
        kind: 'task',
        label: task.code ? `${task.code} ${task.title}` : task.title,
        units: task.leadUnits.join('、'),
        start,
        end: task.deadline ?? planEnd,
        openEnded: task.deadline === null,
        tone: toneOf(info),
        lightLabel: info.label,
        milestones: (milestones.byTask.get(task.id) ?? []).map(marker)
      })
    }
    return { ...base, item: null, rows, citywide }
  }

  // No catalog items yet (a file without villages): an empty chart the page explains, not an error.
  if (items.length === 0) return { ...base, item: null, rows: [], citywide: 0 }
  const item = query.itemId === undefined ? items[0] : items.find((i) => i.id === query.itemId)
  if (!item) throw new UserError('not-found', '找不到所选的治理事项，它可能已被删除，请重新选择')
  const villages = new Map(loadUrbanVillages(ctx.db).map((v, order) => [v.id, { ...v, order }]))
  const units = new Map(
    selectTuples<Tuple<Row<'unit'>, ['id', 'name']>>(ctx.db, 'SELECT id, name FROM unit').all()
  )
  const rows: (WallRow & { order: number })[] = []
  let notApplicable = 0
  for (const cell of loadCellRecords(ctx.db, item.id)) {
    const village = villages.get(cell.villageId)
    if (!village || (inArea !== null && !inArea.has(village.id))) continue
    if (!cell.applicable) {
      notApplicable++
      continue
    }
    const info = lightOf(cell, query.asOf, calendar, yellowWindow)
    const end = cell.deadline ?? planEnd
    rows.push({
      id: cell.id,
      kind: 'village-item',
      label: `${village.district}·${villageDisplayName(village)}`,
      units: cell.unitId === null ? '' : (units.get(cell.unitId) ?? ''),
      start: villageItemStart(phases, cell.deadline, calendar),
      end,
      openEnded: cell.deadline === null,
      tone: toneOf(info),
      lightLabel: info.label,
      milestones: (milestones.byVillageItem.get(cell.id) ?? []).map(marker),
      order: village.order
    })
  }
  rows.sort((a, b) => a.order - b.order)
  return { ...base, item, rows: rows.map(({ order: _order, ...r }) => r), notApplicable }
}

function loadPhases(ctx: AppContext): WallPhase[] {
  return select<WallPhase>(
    ctx.db,
    'SELECT key, name, start_date AS start, end_date AS "end" FROM phase ORDER BY start_date'
  ).all()
}

function phaseStart(phases: WallPhase[], date: IsoDate | null): IsoDate | null {
  if (date === null) return null
  return phases.find((p) => p.start <= date && date <= p.end)?.start ?? null
}

function villageItemStart(phases: WallPhase[], deadline: IsoDate | null, calendar: WorkCalendar): IsoDate {
  if (deadline === null) return phases[0]?.start ?? '2023-01-01'
  const start = phaseStart(phases, deadline) ?? `${deadline.slice(0, 4)}-01-01`
  // A deadline on the phase's first days still gets a visible bar: at least 20 working days.
  const earliest = calendar.subtractWorkdays(deadline, 20)
  return start < earliest ? start : earliest
}

function groupMilestones(all: StoredMilestone[]): {
  byTask: Map<number, StoredMilestone[]>
  byVillageItem: Map<number, StoredMilestone[]>
} {
  const byTask = new Map<number, StoredMilestone[]>()
  const byVillageItem = new Map<number, StoredMilestone[]>()
  for (const m of all) {
    const [map, key] = m.taskId !== null ? [byTask, m.taskId] : [byVillageItem, m.villageItemId!]
    const list = map.get(key) ?? []
    list.push(m)
    map.set(key, list)
  }
  return { byTask, byVillageItem }
}

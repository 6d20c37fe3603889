import type { IsoDate } from '../../shared/civil-date'
import type { WorkItemLine } from '../../shared/contract'
import type { AppContext } from '../app-context'
import { lightOf } from '../calendar/light'
import { loadTasks } from '../ledger/task-queries'
import { loadVillageItems, type StoredVillageItem } from '../ledger/village-item-queries'
import { select } from '../store/typed-query'

/** One collator for all comparisons: localeCompare with a locale builds a new one on every call. */
const PLACE_ORDER = new Intl.Collator('zh-CN')

/** An open item with the units a notice is addressed to (ids, so a unit renamed later is still found). */
export interface AddressedItem extends WorkItemLine {
  unitIds: number[]
  unitNames: string[]
}

/** 区 + 镇(街) + 村(居) [+ 社]: where a village item is, as a notice prints it. */
export function placeOf(
  item: Pick<StoredVillageItem, 'district' | 'town' | 'community' | 'village'>
): string {
  return `${item.district}${item.town}${item.community ?? ''}${item.village}`
}

/** How many notices have listed each item so far: key `village-item:ID` or `task:ID`. */
export function supervisionCounts(ctx: AppContext): Map<string, number> {
  const rows = select<{ kind: string; id: number; n: number }>(
    ctx.db,
    `SELECT kind, coalesce(village_item_id, task_id) AS id, count(*) AS n FROM notice_item
        WHERE coalesce(village_item_id, task_id) IS NOT NULL GROUP BY kind, coalesce(village_item_id, task_id)`
  ).all()
  return new Map(rows.map((r) => [`${r.kind}:${r.id}`, r.n]))
}

/**
 * Every village item and task that is red or yellow as of `asOf`, with its responsible units: the
 * village item's 责任单位, a task's 牵头单位. Most overdue first, then by place.
 */
export function loadDueItems(ctx: AppContext, asOf: IsoDate): AddressedItem[] {
  const calendar = ctx.calendar()
  const { yellowWindow } = ctx.settings()
  const counts = supervisionCounts(ctx)
  const lines: AddressedItem[] = []

  const unitOfItem = new Map(
    select<{
      id: number
      unitId: number | null
    }>(ctx.db, 'SELECT id, responsible_unit_id AS unitId FROM village_item')
      .all()
      .map((r) => [r.id, r.unitId])
  )
  for (const item of loadVillageItems(ctx.db)) {
    const info = lightOf(item, asOf, calendar, yellowWindow)
    if (info.light !== 'red' && info.light !== 'yellow') continue
    const unitId = unitOfItem.get(item.id) ?? null
    lines.push({
      kind: 'village-item',
      id: item.id,
      title: item.itemName,
      place: placeOf(item),
      district: item.district,
      unit: item.unit ?? '',
      deadline: item.deadline,
      light: info.light,
      workdaysLeft: info.workdaysLeft ?? 0,
      label: info.label,
      supervisionCount: counts.get(`village-item:${item.id}`) ?? 0,
      unitIds: unitId === null ? [] : [unitId],
      unitNames: item.unit ? [item.unit] : []
    })
  }

  const leadUnits = new Map<number, { id: number; name: string }[]>()
  for (const row of select<{ taskId: number; id: number; name: string }>(
    ctx.db,
    `SELECT tu.task_id AS taskId, u.id, u.name FROM task_unit tu JOIN unit u ON u.id = tu.unit_id
        WHERE tu.role = 'lead' ORDER BY tu.task_id, tu.sort_order, u.sort_order, u.name`
  ).all()) {
    const list = leadUnits.get(row.taskId) ?? []
    list.push({ id: row.id, name: row.name })
    leadUnits.set(row.taskId, list)
  }
  for (const task of loadTasks(ctx.db)) {
    const info = lightOf(task, asOf, calendar, yellowWindow)
    if (info.light !== 'red' && info.light !== 'yellow') continue
    const units = leadUnits.get(task.id) ?? []
    lines.push({
      kind: 'task',
      id: task.id,
      title: task.code ? `${task.code} ${task.title}` : task.title,
      place: task.areaName ?? '全市重点任务',
      district: null,
      unit: units.map((u) => u.name).join('、'),
      deadline: task.deadline,
      light: info.light,
      workdaysLeft: info.workdaysLeft ?? 0,
      label: info.label,
      supervisionCount: counts.get(`task:${task.id}`) ?? 0,
      unitIds: units.map((u) => u.id),
      unitNames: units.map((u) => u.name)
    })
  }

  return lines.sort(
    (a, b) =>
      a.workdaysLeft - b.workdaysLeft ||
      (a.deadline ?? '').localeCompare(b.deadline ?? '') ||
      PLACE_ORDER.compare(a.place, b.place) ||
      a.id - b.id
  )
}

/** The page's view of an item: without the unit ids. */
export function toLine({ unitIds: _ids, unitNames: _names, ...line }: AddressedItem): WorkItemLine {
  return line
}

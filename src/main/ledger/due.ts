import type { IsoDate } from '../../shared/civil-date'
import type { DueItem } from '../../shared/contract'
import type { AppContext } from '../app-context'
import { lightOf } from '../calendar/light'
import { loadMilestones } from './milestone-queries'
import { loadTasks } from './task-queries'
import { loadVillageItems, type StoredVillageItem } from './village-item-queries'

/**
 * What needs attention as of a date: every open task, milestone and village item that is red or yellow,
 * plus, when `within` is given, those with at most that many working days left. Most urgent first.
 */
export function listDue(ctx: AppContext, asOf: IsoDate, within?: number): DueItem[] {
  const calendar = ctx.calendar()
  const { yellowWindow } = ctx.settings()
  const due: DueItem[] = []
  const wanted = (light: string | null, left: number | null): boolean =>
    light === 'red' ||
    light === 'yellow' ||
    (within !== undefined && left !== null && light !== null && left <= within)

  const tasks = loadTasks(ctx.db)
  const taskById = new Map(tasks.map((t) => [t.id, t]))
  for (const task of tasks) {
    const info = lightOf(task, asOf, calendar, yellowWindow)
    if (task.deadline === null || info.light === null || !wanted(info.light, info.workdaysLeft)) continue
    due.push({
      kind: 'task',
      id: task.id,
      title: task.code ? `${task.code} ${task.title}` : task.title,
      deadline: task.deadline,
      workdaysLeft: info.workdaysLeft!,
      light: info.light,
      label: info.label,
      ...(info.provisional ? { provisional: true as const } : {}),
      units: task.leadUnits
    })
  }

  const villageItems = loadVillageItems(ctx.db)
  const itemById = new Map(villageItems.map((v) => [v.id, v]))
  for (const item of villageItems) {
    const info = lightOf(item, asOf, calendar, yellowWindow)
    if (item.deadline === null || info.light === null || !wanted(info.light, info.workdaysLeft)) continue
    due.push({
      kind: 'village-item',
      id: item.id,
      title: item.itemName,
      deadline: item.deadline,
      workdaysLeft: info.workdaysLeft!,
      light: info.light,
      label: info.label,
      ...(info.provisional ? { provisional: true as const } : {}),
      units: item.unit ? [item.unit] : [],
      ...placeOf(item)
    })
  }

  for (const m of loadMilestones(ctx.db)) {
    const info = lightOf(
      { ...m, status: m.status === 'done' ? 'done' : 'open' },
      asOf,
      calendar,
      yellowWindow
    )
    if (info.light === null || !wanted(info.light, info.workdaysLeft)) continue
    const task = m.taskId !== null ? taskById.get(m.taskId) : undefined
    const item = m.villageItemId !== null ? itemById.get(m.villageItemId) : undefined
    if (!task && !item) continue
    due.push({
      kind: 'milestone',
      id: m.id,
      title: m.title,
      deadline: m.deadline,
      workdaysLeft: info.workdaysLeft!,
      light: info.light,
      label: info.label,
      ...(info.provisional ? { provisional: true as const } : {}),
      units: task ? task.leadUnits : item?.unit ? [item.unit] : [],
      parent: task ? (task.code ? `${task.code} ${task.title}` : task.title) : item!.itemName,
      ...(item ? placeOf(item) : {})
    })
  }

  return due.sort(
    (a, b) => a.workdaysLeft - b.workdaysLeft || a.deadline.localeCompare(b.deadline) || a.id - b.id
  )
}

function placeOf(item: StoredVillageItem): Pick<DueItem, 'village' | 'district' | 'town'> {
  return {
    village: item.community ? `${item.community}${item.village}` : item.village,
    town: item.town,
    district: item.district
  }
}

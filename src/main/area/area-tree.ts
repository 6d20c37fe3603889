import type { IsoDate } from '../../shared/civil-date'
import type { AreaCounts, AreaTree, AreaTreeNode } from '../../shared/contract'
import type { AppContext } from '../app-context'
import { lightOf } from '../calendar/light'
import { loadCellRecords } from '../village/village-matrix'
import { loadAreas, loadUrbanVillages } from '../village/urban-villages'

export function emptyAreaCounts(): AreaCounts {
  return { villages: 0, items: 0, done: 0, red: 0, yellow: 0, green: 0 }
}

function add(into: AreaCounts, from: AreaCounts): void {
  into.villages += from.villages
  into.items += from.items
  into.done += from.done
  into.red += from.red
  into.yellow += from.yellow
  into.green += from.green
}

/**
 * The 区—镇(街)—村(居)—村民小组 tree with, at every node, the urban villages under it and their applicable
 * village items by light as of the date (the same rule as the summary, so the city's totals equal it).
 * Only nodes holding an urban village are listed: the thousands of ordinary 村民小组 would bury them.
 */
export function buildAreaTree(ctx: AppContext, asOf: IsoDate): AreaTree {
  const calendar = ctx.calendar()
  const { yellowWindow } = ctx.settings()
  const areas = loadAreas(ctx.db)
  const villages = loadUrbanVillages(ctx.db, areas)

  const perVillage = new Map<number, AreaCounts>()
  for (const v of villages) perVillage.set(v.id, { ...emptyAreaCounts(), villages: 1 })
  for (const cell of loadCellRecords(ctx.db)) {
    if (!cell.applicable) continue
    const counts = perVillage.get(cell.villageId)
    if (!counts) continue
    const info = lightOf(cell, asOf, calendar, yellowWindow)
    counts.items++
    if (info.light === null) counts.done++
    else counts[info.light]++
  }

  const byArea = new Map<number, AreaCounts>()
  const city = emptyAreaCounts()
  for (const v of villages) {
    const counts = perVillage.get(v.id)!
    add(city, counts)
    for (const areaId of v.path) {
      let node = byArea.get(areaId)
      if (!node) byArea.set(areaId, (node = emptyAreaCounts()))
      add(node, counts)
    }
  }

  // Parents before children, siblings in the office's order: a depth-first walk from the 区.
  const children = new Map<number | null, typeof areas>()
  for (const area of areas) {
    if (!byArea.has(area.id)) continue
    const list = children.get(area.parentId) ?? []
    list.push(area)
    children.set(area.parentId, list)
  }
  const nodes: AreaTreeNode[] = []
  const visit = (parentId: number | null): void => {
    for (const area of children.get(parentId) ?? []) {
      nodes.push({
        id: area.id,
        parentId: area.parentId,
        level: area.level,
        name: area.name,
        isUrbanVillage: area.isUrbanVillage,
        counts: byArea.get(area.id)!
      })
      visit(area.id)
    }
  }
  visit(null)
  return { asOf, nodes, city }
}

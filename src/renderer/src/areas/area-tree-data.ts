import type { AreaCounts, AreaTree, AreaTreeNode } from '../../../shared/contract'

/** The key of the whole city, above the 区. */
export const CITY_KEY = 'city'

export interface AreaTreeItem {
  key: string
  /** null for the whole city. */
  areaId: number | null
  name: string
  level: AreaTreeNode['level'] | 'city'
  counts: AreaCounts
  /** 东湖区 / 湖滨街道 / 新垵村: the label headings and the area filter show. */
  label: string
  children?: AreaTreeItem[]
}

/** The flat node list of `area.tree` as nested items under 全市, each with its full label. */
export function nestAreaTree(tree: AreaTree): {
  root: AreaTreeItem
  byKey: Map<string, AreaTreeItem>
  parentOf: Map<string, string>
} {
  const root: AreaTreeItem = {
    key: CITY_KEY,
    areaId: null,
    name: '全市',
    level: 'city',
    counts: tree.city,
    label: '全市',
    children: []
  }
  const byKey = new Map<string, AreaTreeItem>([[CITY_KEY, root]])
  const parentOf = new Map<string, string>()
  for (const node of tree.nodes) {
    const parentKey = node.parentId === null ? CITY_KEY : String(node.parentId)
    const parent = byKey.get(parentKey) ?? root
    const item: AreaTreeItem = {
      key: String(node.id),
      areaId: node.id,
      name: node.name,
      level: node.level,
      counts: node.counts,
      label: parent === root ? node.name : `${parent.label} / ${node.name}`
    }
    ;(parent.children ??= []).push(item)
    byKey.set(item.key, item)
    parentOf.set(item.key, parent.key)
  }
  return { root, byKey, parentOf }
}

/** The keys of every node whose name contains the text, and of every node above them (to expand). */
export function matchingKeys(
  byKey: Map<string, AreaTreeItem>,
  parentOf: Map<string, string>,
  text: string
): { matches: Set<string>; expand: Set<string> } {
  const matches = new Set<string>()
  const expand = new Set<string>()
  const needle = text.trim()
  if (needle === '') return { matches, expand }
  for (const [key, item] of byKey) {
    if (key === CITY_KEY || !item.name.includes(needle)) continue
    matches.add(key)
    for (let p = parentOf.get(key); p !== undefined; p = parentOf.get(p)) expand.add(p)
  }
  return { matches, expand }
}

export function donePercent(counts: AreaCounts): number {
  return counts.items === 0 ? 0 : Math.round((counts.done / counts.items) * 100)
}

import { describe, expect, it } from 'vitest'
import type { AreaCounts, AreaTree, AreaTreeNode } from '../../../shared/contract'
import { CITY_KEY, donePercent, matchingKeys, nestAreaTree } from './area-tree-data'

const counts = (items: number, done: number): AreaCounts => ({
  villages: 1,
  items,
  done,
  red: 0,
  yellow: 0,
  green: items - done
})
const node = (
  id: number,
  parentId: number | null,
  level: AreaTreeNode['level'],
  name: string
): AreaTreeNode => ({
  id,
  parentId,
  level,
  name,
  isUrbanVillage: level === 'village',
  counts: counts(10, 4)
})
const TREE: AreaTree = {
  asOf: '2025-09-30',
  city: counts(40, 10),
  nodes: [
    node(1, null, 'district', '湖里区'),
    node(2, 1, 'town', '金山街道'),
    node(3, 2, 'village', '塔头社'),
    node(4, 2, 'village', '金山社区'),
    node(5, null, 'district', '思明区'),
    node(6, 5, 'town', '莲前街道'),
    node(7, 6, 'village', '前埔村')
  ]
}
const nested = nestAreaTree(TREE)

describe('the area tree', () => {
  it('hangs every 区 under 全市 and every node under its parent, in the office’s order', () => {
    const names = (key: string) => nested.byKey.get(key)!.children?.map((c) => c.name)
    expect(names(CITY_KEY)).toEqual(['湖里区', '思明区'])
    expect(names('2')).toEqual(['塔头社', '金山社区'])
    expect(nested.byKey.get('3')!.children).toBeUndefined()
    expect(nested.root.counts).toBe(TREE.city)
  })

  it.each<[string, string]>([
    ['1', '湖里区'],
    ['2', '湖里区 / 金山街道'],
    ['7', '思明区 / 莲前街道 / 前埔村']
  ])('labels node %s with its full path: %s', (key, label) => {
    expect(nested.byKey.get(key)!.label).toBe(label)
  })

  it.each<[string, string[], string[]]>([
    // A search for 金山 finds the 街道 and the 社区 below it, and opens the branch above both.
    ['金山', ['2', '4'], [CITY_KEY, '1', '2']],
    ['前埔', ['7'], [CITY_KEY, '5', '6']],
    ['  塔头 ', ['3'], [CITY_KEY, '1', '2']],
    ['区', ['1', '4', '5'], [CITY_KEY, '1', '2']],
    ['全市', [], []],
    ['   ', [], []],
    ['没有', [], []]
  ])('searching %j finds %j and opens %j', (text, matches, expand) => {
    const found = matchingKeys(nested.byKey, nested.parentOf, text)
    expect([...found.matches].sort()).toEqual([...matches].sort())
    expect([...found.expand].sort()).toEqual([...expand].sort())
  })

  it.each<[number, number, number]>([
    [0, 0, 0],
    [40, 10, 25],
    [3, 1, 33],
    [3, 2, 67],
    [7, 7, 100]
  ])('of %i items with %i done, says %i%% done', (items, done, percent) => {
    expect(donePercent(counts(items, done))).toBe(percent)
  })
})

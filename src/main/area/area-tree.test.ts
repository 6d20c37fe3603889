import { describe, expect, it } from 'vitest'
import { computeSummary } from '../ledger/summary'
import { selectValue } from '../store/typed-query'
import { SAMPLE_AS_OF, sampleContext } from '../village/test-support'
import { buildAreaTree } from './area-tree'

describe('the area tree with rollups', () => {
  const ctx = sampleContext()

  it.each(['2025-09-30', '2024-06-28'])(
    'the city and the sum of its 区 equal the summary as of %s',
    (asOf) => {
      const tree = buildAreaTree(ctx, asOf)
      const s = computeSummary(ctx, asOf)
      const expected = {
        villages: s.villages,
        items: s.villageItems.total,
        done: s.villageItems.done,
        red: s.villageItems.red,
        yellow: s.villageItems.yellow,
        green: s.villageItems.green
      }
      expect(tree.city).toEqual(expected)
      const sum = { villages: 0, items: 0, done: 0, red: 0, yellow: 0, green: 0 }
      for (const d of tree.nodes.filter((n) => n.level === 'district'))
        for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += d.counts[k]
      expect(sum).toEqual(expected)
    }
  )

  it('every node adds up its children, down to the urban villages', () => {
    const tree = buildAreaTree(ctx, SAMPLE_AS_OF)
    for (const node of tree.nodes) {
      const children = tree.nodes.filter((n) => n.parentId === node.id)
      if (children.length === 0) {
        expect(node.isUrbanVillage).toBe(true)
        expect(node.counts.villages).toBe(1)
        continue
      }
      const own = node.isUrbanVillage ? 1 : 0
      expect(children.reduce((n, c) => n + c.counts.villages, own)).toBe(node.counts.villages)
      if (!node.isUrbanVillage) expect(children.reduce((n, c) => n + c.counts.red, 0)).toBe(node.counts.red)
    }
  })

  it("lists parents before children, only where an urban village is, in the office's order", () => {
    const tree = buildAreaTree(ctx, SAMPLE_AS_OF)
    const seen = new Set<number>()
    for (const node of tree.nodes) {
      if (node.parentId !== null) expect(seen.has(node.parentId)).toBe(true)
      expect(node.counts.villages).toBeGreaterThan(0)
      seen.add(node.id)
    }
    const districts = ctx.db
      .prepare("SELECT name FROM area WHERE level = 'district' ORDER BY sort_order")
      .pluck()
      .all()
    expect(tree.nodes.filter((n) => n.level === 'district').map((n) => n.name)).toEqual(districts)
    const groups = selectValue<number>(ctx.db, "SELECT count(*) FROM area WHERE level = 'group'").one()
    expect(tree.nodes.filter((n) => n.level === 'group').length).toBeLessThan(groups)
  })
})

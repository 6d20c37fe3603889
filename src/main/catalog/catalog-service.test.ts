import { describe, expect, it } from 'vitest'
import { UserError } from '../../shared/errors'
import { computeSummary } from '../ledger/summary'
import { select } from '../store/typed-query'
import {
  createCatalogItem,
  listCatalog,
  removeCatalogItem,
  reorderCatalog,
  restoreCatalogItem,
  updateCatalogItem
} from './catalog-service'
import { quotaFormula, quotaWarnings } from './catalog-quota'
import { auditRows, SAMPLE_AS_OF, sampleContext } from '../village/test-support'

const villageItemsOf = (ctx: ReturnType<typeof sampleContext>, itemId: number) =>
  select<{ applicable: number; n: number }>(
    ctx.db,
    `SELECT vi.applicable, count(*) AS n FROM village_item vi JOIN area a ON a.id = vi.village_id
        WHERE vi.item_id = ? AND a.is_urban_village = 1 GROUP BY vi.applicable`
  ).all(itemId)

describe('the "10+(5)+1" catalog', () => {
  it('the sample catalog is 10+(5)+1 and raises no warning', () => {
    const ctx = sampleContext()
    const view = listCatalog(ctx, false)
    expect(view.counts).toEqual({ basic: 10, upgrade: 5, 'long-term': 1 })
    expect(view.warnings).toEqual([])
    expect(view.items.map((i) => i.sortOrder)).toEqual([...Array(16).keys()].map((i) => i + 1))
  })

  it('warns in Chinese when a category differs from the plan, without refusing the change', () => {
    expect(quotaWarnings({ basic: 11, upgrade: 6, 'long-term': 0 })).toEqual([
      '基础类事项现有11项，“10+(5)+1”规定10项',
      '提升类事项现有6项，“10+(5)+1”规定至多5项',
      '长效类事项现有0项，“10+(5)+1”规定1项'
    ])
    expect(quotaFormula({ basic: 10, upgrade: 3, 'long-term': 1 })).toBe('10+(3)+1')
  })

  it('adding a 基础 item gives every urban village an applicable cell; the counts then warn', () => {
    const ctx = sampleContext()
    const villages = computeSummary(ctx, SAMPLE_AS_OF).villages
    const before = computeSummary(ctx, SAMPLE_AS_OF).villageItems.total
    const added = createCatalogItem(ctx, {
      category: 'basic',
      name: '充电设施',
      standard: '每村至少一处集中充电点',
      defaultUnitId: null
    })
    expect(villageItemsOf(ctx, added.id)).toEqual([{ applicable: 1, n: villages }])
    expect(added.applicableVillages).toBe(villages)
    expect(added.sortOrder).toBe(17)
    // The new cells have no deadline (长期), so they count as open and green.
    const after = computeSummary(ctx, SAMPLE_AS_OF).villageItems
    expect(after.total).toBe(before + villages)
    const view = listCatalog(ctx, false)
    expect(view.counts.basic).toBe(11)
    expect(view.warnings).toEqual(['基础类事项现有11项，“10+(5)+1”规定10项'])
    const [audit] = auditRows(ctx, 'governance_item')
    expect(audit.action).toBe('create')
    expect(audit.summary).toContain(`为${villages}个城中村建立村治理事项`)
    expect(audit.summary).toContain('11+(5)+1')
  })

  it('adding a 提升 item creates its cells as 不适用: each village opts in ("一村一策")', () => {
    const ctx = sampleContext()
    const villages = computeSummary(ctx, SAMPLE_AS_OF).villages
    const before = computeSummary(ctx, SAMPLE_AS_OF).villageItems.total
    const added = createCatalogItem(ctx, {
      category: 'upgrade',
      name: '夜间经济',
      standard: '',
      defaultUnitId: null
    })
    expect(villageItemsOf(ctx, added.id)).toEqual([{ applicable: 0, n: villages }])
    expect(computeSummary(ctx, SAMPLE_AS_OF).villageItems.total).toBe(before)
  })

  it('refuses a second live item of the same name, and a unit that does not exist', () => {
    const ctx = sampleContext()
    const call = () =>
      createCatalogItem(ctx, { category: 'basic', name: '消防安全', standard: '', defaultUnitId: null })
    expect(call).toThrow(UserError)
    expect(call).toThrow('目录中已有名为“消防安全”的治理事项')
    expect(() =>
      createCatalogItem(ctx, { category: 'basic', name: '新事项', standard: '', defaultUnitId: 99999 })
    ).toThrow('找不到编号为99999的单位')
    expect(auditRows(ctx, 'governance_item')).toEqual([])
  })

  it('renaming and recategorising leave the village items as they were', () => {
    const ctx = sampleContext()
    const item = listCatalog(ctx, false).items.find((i) => i.name === '公共空间')!
    const cellsBefore = villageItemsOf(ctx, item.id)
    const after = updateCatalogItem(ctx, item.id, { name: '口袋公园', category: 'basic' })
    expect(after.name).toBe('口袋公园')
    expect(villageItemsOf(ctx, item.id)).toEqual(cellsBefore)
    const [audit] = auditRows(ctx, 'governance_item')
    expect(audit.summary).toBe('修改治理事项“公共空间”的类别、名称')
    expect(JSON.parse(audit.before!)).toEqual({ category: 'upgrade', name: '公共空间' })
    expect(() => updateCatalogItem(ctx, item.id, { name: '消防安全' })).toThrow('已有名为“消防安全”')
    // Saving what is already there writes nothing.
    updateCatalogItem(ctx, item.id, { name: '口袋公园' })
    expect(auditRows(ctx, 'governance_item')).toHaveLength(1)
  })

  it('reorders the whole list, and refuses a list that is not the live catalog', () => {
    const ctx = sampleContext()
    const ids = listCatalog(ctx, false).items.map((i) => i.id)
    const moved = [ids[1], ids[0], ...ids.slice(2)]
    reorderCatalog(ctx, moved)
    expect(listCatalog(ctx, false).items.map((i) => i.id)).toEqual(moved)
    expect(() => reorderCatalog(ctx, ids.slice(1))).toThrow('事项顺序与当前目录不一致')
    expect(() => reorderCatalog(ctx, [...ids.slice(1), ids[1]])).toThrow('事项顺序与当前目录不一致')
    expect(auditRows(ctx, 'governance_item').map((a) => a.summary)).toEqual(['调整治理事项的排列顺序'])
  })

  it('removal is soft: the item leaves the counts and comes back whole with its village items', () => {
    const ctx = sampleContext()
    const summaryBefore = computeSummary(ctx, SAMPLE_AS_OF)
    const item = listCatalog(ctx, false).items.find((i) => i.name === '文化传承')!
    removeCatalogItem(ctx, item.id)
    const view = listCatalog(ctx, true)
    expect(view.counts.upgrade).toBe(4)
    expect(view.items.at(-1)).toMatchObject({ id: item.id, deletedAt: '2025-09-30T10:00:00+08:00' })
    const summaryGone = computeSummary(ctx, SAMPLE_AS_OF)
    expect(summaryGone.villageItems.total).toBe(summaryBefore.villageItems.total - item.applicableVillages)
    expect(() => removeCatalogItem(ctx, item.id)).toThrow('找不到编号')

    const restored = restoreCatalogItem(ctx, item.id)
    expect(restored.deletedAt).toBeNull()
    expect(restored.applicableVillages).toBe(item.applicableVillages)
    expect(computeSummary(ctx, SAMPLE_AS_OF)).toEqual(summaryBefore)
    expect(auditRows(ctx, 'governance_item').map((a) => a.action)).toEqual(['delete', 'restore'])
  })

  it('a restored item gets a cell in villages that were added while it was in 回收站', () => {
    const ctx = sampleContext()
    const item = listCatalog(ctx, false).items.find((i) => i.category === 'long-term')!
    removeCatalogItem(ctx, item.id)
    const town = ctx.db.prepare("SELECT id FROM area WHERE level = 'town' LIMIT 1").pluck().get()
    ctx.db
      .prepare(
        "INSERT INTO area (parent_id, level, name, is_urban_village, sort_order) VALUES (?, 'village', '新建村', 1, 99)"
      )
      .run(town)
    const restored = restoreCatalogItem(ctx, item.id)
    expect(restored.applicableVillages).toBe(item.applicableVillages + 1)
    expect(auditRows(ctx, 'governance_item').at(-1)!.summary).toContain('并为1个新增城中村建立村治理事项')
  })
})

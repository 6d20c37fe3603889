import { describe, expect, it } from 'vitest'
import { computeSummary } from '../ledger/summary'
import { loadVillageItems } from '../ledger/village-item-queries'
import { createCatalogItem, removeCatalogItem } from '../catalog/catalog-service'
import { buildVillageMatrix } from './village-matrix'
import { SAMPLE_AS_OF, sampleContext } from './test-support'

describe('the village matrix', () => {
  const ctx = sampleContext()
  const matrix = buildVillageMatrix(ctx, SAMPLE_AS_OF)
  const summary = computeSummary(ctx, SAMPLE_AS_OF)

  it('has a row per urban village and a column per live catalog item, every cell filled', () => {
    expect(matrix.rows).toHaveLength(summary.villages)
    expect(matrix.columns.map((c) => c.name).slice(0, 2)).toEqual(['消防安全', '用电燃气安全'])
    expect(matrix.rows.every((r) => r.cells.length === 16 && r.cells.every((c) => c !== null))).toBe(true)
  })

  it('its tones count exactly what the summary counts', () => {
    const tally = { done: 0, red: 0, yellow: 0, green: 0, na: 0 }
    for (const row of matrix.rows)
      for (const cell of row.cells) {
        if (cell!.tone === 'not-applicable') tally.na++
        else if (cell!.tone === 'on-time' || cell!.tone === 'late') tally.done++
        else tally[cell!.tone]++
      }
    const { total, done, red, yellow, green } = summary.villageItems
    expect(tally.done + tally.red + tally.yellow + tally.green).toBe(total)
    expect({ done: tally.done, red: tally.red, yellow: tally.yellow, green: tally.green }).toEqual({
      done,
      red,
      yellow,
      green
    })
    expect(tally.na).toBe(summary.villages * 16 - total)
  })

  it("rows follow the ledger's order of districts, and carry the chain of areas above the village", () => {
    const districtsInOrder = [...new Set(loadVillageItems(ctx.db).map((v) => v.district))]
    expect([...new Set(matrix.rows.map((r) => r.district))]).toEqual(districtsInOrder)
    const she = matrix.rows.find((r) => r.community !== null)!
    expect(she.areaPath).toHaveLength(4)
    const levels = she.areaPath.map((id) =>
      ctx.db.prepare('SELECT level FROM area WHERE id = ?').pluck().get(id)
    )
    expect(levels).toEqual(['group', 'village', 'town', 'district'])
  })

  it('a cell reads its light in words and 不适用 where the village does not take the item', () => {
    const cells = matrix.rows.flatMap((r) => r.cells)
    expect(cells.find((c) => c!.tone === 'red')!.label).toMatch(/^逾期\d+个工作日$|^已逾期$/)
    expect(cells.find((c) => c!.tone === 'not-applicable')!.label).toBe('不适用')
    expect(cells.find((c) => c!.tone === 'on-time')!.label).toBe('按期办结')
  })

  it('follows the catalog: a removed item loses its column, a new one gains a column', () => {
    const local = sampleContext()
    const first = buildVillageMatrix(local, SAMPLE_AS_OF).columns[0]
    removeCatalogItem(local, first.id)
    const added = createCatalogItem(local, {
      category: 'long-term',
      name: '物业管理',
      standard: '',
      defaultUnitId: null
    })
    const next = buildVillageMatrix(local, SAMPLE_AS_OF)
    expect(next.columns.map((c) => c.id)).not.toContain(first.id)
    expect(next.columns.at(-1)!.id).toBe(added.id)
    expect(next.rows.every((r) => r.cells.at(-1)!.tone === 'green' && r.cells.at(-1)!.label === '长期')).toBe(
      true
    )
  })
})

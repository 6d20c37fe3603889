import { describe, expect, it } from 'vitest'
import { areaSubtreeIds } from '../area/area-subtree'
import { listTasks } from '../task/task-list'
import { buildVillageMatrix } from '../village/village-matrix'
import { SAMPLE_AS_OF, sampleContext } from '../village/test-support'
import { buildWallChart } from './wall-chart'

describe('挂图作战 wall chart', () => {
  const ctx = sampleContext()

  it('has one bar per live task, from its start to its deadline, coloured as the ledger lights it', () => {
    const chart = buildWallChart(ctx, { asOf: SAMPLE_AS_OF, mode: 'tasks' })
    const tasks = listTasks(ctx, SAMPLE_AS_OF)
    expect(chart.rows.map((r) => r.id)).toEqual(tasks.map((t) => t.id))
    for (const [i, row] of chart.rows.entries()) {
      const t = tasks[i]
      expect(row.start).toBe(t.startDate)
      expect(row.start <= row.end).toBe(true)
      expect(row.lightLabel).toBe(t.light.label)
      expect(row.tone).toBe(t.light.light ?? t.light.outcome)
      expect(row.openEnded).toBe(t.deadline === null)
    }
    expect(chart.phases.map((p) => `${p.start.slice(0, 4)} ${p.name}`)).toEqual([
      '2023 试点',
      '2024 攻坚',
      '2025 全覆盖'
    ])
    const withMilestones = chart.rows.filter((r) => r.milestones.length > 0)
    expect(withMilestones.length).toBeGreaterThan(0)
    expect(withMilestones[0].milestones[0].label).toMatch(/工作日|办结|到期|逾期/)
  })

  it("per village, for one catalog item: a bar per village that takes it, in the matrix's order", () => {
    const matrix = buildVillageMatrix(ctx, SAMPLE_AS_OF)
    const column = matrix.columns.findIndex((c) => c.category === 'upgrade')
    const item = matrix.columns[column]
    const chart = buildWallChart(ctx, { asOf: SAMPLE_AS_OF, mode: 'villages', itemId: item.id })
    const applicable = matrix.rows.map((r) => r.cells[column]!).filter((c) => c.tone !== 'not-applicable')
    expect(chart.item).toEqual({ id: item.id, name: item.name })
    expect(chart.rows.map((r) => r.id)).toEqual(applicable.map((c) => c.id))
    expect(chart.notApplicable).toBe(matrix.rows.length - applicable.length)
    expect(chart.rows.every((r) => r.start < r.end)).toBe(true)
    expect(chart.rows[0].label).toMatch(/^.+区·.+$/)
  })

  it('follows the area tree: only the villages (or tasks) under the chosen area', () => {
    const matrix = buildVillageMatrix(ctx, SAMPLE_AS_OF)
    const district = matrix.rows[0].areaPath.at(-1)!
    const chart = buildWallChart(ctx, { asOf: SAMPLE_AS_OF, mode: 'villages', areaId: district })
    const inDistrict = matrix.rows.filter(
      (r) => r.areaPath.includes(district) && r.cells[0]!.tone !== 'not-applicable'
    )
    expect(chart.rows).toHaveLength(inDistrict.length)
    // Tasks: the district's own, with or without the whole city's (the ledger's 含全市性任务).
    const all = listTasks(ctx, SAMPLE_AS_OF)
    const own = buildWallChart(ctx, {
      asOf: SAMPLE_AS_OF,
      mode: 'tasks',
      areaId: district,
      includeCitywide: false
    })
    const withCity = buildWallChart(ctx, { asOf: SAMPLE_AS_OF, mode: 'tasks', areaId: district })
    const citywide = all.filter((t) => t.areaId === null).length
    expect(own.citywide).toBe(citywide)
    const under = new Set(areaSubtreeIds(ctx.db, district))
    expect(own.rows.every((r) => under.has(all.find((t) => t.id === r.id)!.areaId!))).toBe(true)
    expect(withCity.rows.length).toBe(own.rows.length + citywide)
    expect(withCity.citywide).toBe(0)
    expect(() => buildWallChart(ctx, { asOf: SAMPLE_AS_OF, mode: 'villages', itemId: 99999 })).toThrow(
      '找不到所选的治理事项'
    )
  })
})

import { describe, expect, it } from 'vitest'
import { selectValue } from '../store/typed-query'
import { buildVillageMatrix } from './village-matrix'
import { getVillageItem, updateVillageItem } from './village-item-service'
import { auditRows, SAMPLE_AS_OF, sampleContext } from './test-support'

function firstCell(ctx: ReturnType<typeof sampleContext>, tone: string) {
  for (const row of buildVillageMatrix(ctx, SAMPLE_AS_OF).rows)
    for (const cell of row.cells) if (cell?.tone === tone) return { row, cell }
  throw new Error(`no ${tone} cell`)
}

describe('one village item, as the drawer shows and changes it', () => {
  it('shows its place, catalog text, light and milestones', () => {
    const ctx = sampleContext()
    const withMilestones = selectValue<number>(
      ctx.db,
      'SELECT village_item_id FROM milestone WHERE village_item_id IS NOT NULL LIMIT 1'
    ).one()
    const detail = getVillageItem(ctx, withMilestones, SAMPLE_AS_OF)
    expect(detail.district).toMatch(/区$/)
    expect(detail.town).not.toBe('')
    expect(detail.standard.length).toBeGreaterThan(10)
    expect(detail.milestones.length).toBeGreaterThan(0)
    expect(detail.milestones.map((m) => m.seq)).toEqual(
      [...detail.milestones.map((m) => m.seq)].sort((a, b) => a - b)
    )
    expect(detail.light).not.toBeNull()
    expect(() => getVillageItem(ctx, 999999, SAMPLE_AS_OF)).toThrow('找不到编号为999999的村治理事项')
  })

  it("moving a red item's deadline past the as-of date turns it green, with an audit row", () => {
    const ctx = sampleContext()
    const { row, cell } = firstCell(ctx, 'red')
    const after = updateVillageItem(ctx, cell.id, { deadline: '2025-12-31' }, SAMPLE_AS_OF)
    expect(after.light).toMatchObject({ light: 'green', label: expect.stringMatching(/^剩\d+个工作日$/) })
    const [audit] = auditRows(ctx, 'village_item')
    expect(audit).toMatchObject({ action: 'update', entityId: String(cell.id) })
    expect(audit.summary).toContain(`${row.district}`)
    expect(audit.summary).toContain('的完成时限')
    expect(JSON.parse(audit.before!)).toEqual({ deadline: cell.deadline })
    expect(JSON.parse(audit.after!)).toEqual({ deadline: '2025-12-31' })
  })

  it('办结 needs a completion date, means 100%, and reads 按期办结 or 逾期办结', () => {
    const ctx = sampleContext()
    const { cell } = firstCell(ctx, 'yellow')
    expect(() => updateVillageItem(ctx, cell.id, { status: 'done' }, SAMPLE_AS_OF)).toThrow(
      '标记为已办结时，请填写完成日期'
    )
    const done = updateVillageItem(
      ctx,
      cell.id,
      { status: 'done', completedDate: SAMPLE_AS_OF },
      SAMPLE_AS_OF
    )
    expect(done).toMatchObject({ status: 'done', percent: 100, completedDate: SAMPLE_AS_OF })
    expect(done.light).toMatchObject({ outcome: 'on-time', label: '按期办结' })
    expect(auditRows(ctx, 'village_item').at(-1)!.summary).toContain('（推进中→已办结）')
    const reopened = updateVillageItem(ctx, cell.id, { status: 'in-progress' }, SAMPLE_AS_OF)
    expect(reopened.completedDate).toBeNull()
  })

  it('switching an item off for a village takes it out of the light counts', () => {
    const ctx = sampleContext()
    const { cell } = firstCell(ctx, 'green')
    const off = updateVillageItem(ctx, cell.id, { applicable: false, note: '本村无此问题' }, SAMPLE_AS_OF)
    expect(off.light).toBeNull()
    expect(auditRows(ctx, 'village_item').at(-1)!.summary).toContain('是否适用、备注')
  })

  it('refuses a unit that does not exist and writes nothing', () => {
    const ctx = sampleContext()
    const { cell } = firstCell(ctx, 'green')
    expect(() => updateVillageItem(ctx, cell.id, { responsibleUnitId: 424242 }, SAMPLE_AS_OF)).toThrow(
      '找不到编号为424242的单位'
    )
    expect(auditRows(ctx, 'village_item')).toEqual([])
  })
})

import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../test/temp-dir'
import { select } from '../store/typed-query'
import type { Clock } from '../system/clock'
import { bulkUpdateVillageItems } from './bulk-update'
import { buildVillageMatrix } from './village-matrix'
import { auditRows, SAMPLE_AS_OF, sampleContext } from './test-support'

describe('bulk change of village items', () => {
  const tempDir = useTempDir()

  const setUp = (clock?: Clock) => {
    const backupDir = tempDir()
    const ctx = sampleContext({ backupDir, clock })
    const matrix = buildVillageMatrix(ctx, SAMPLE_AS_OF)
    const column = matrix.columns.findIndex((c) => c.name === '垃圾分类')
    const cells = matrix.rows.slice(0, 12).map((r) => r.cells[column]!)
    const stored = () =>
      select<{
        id: number
        deadline: string
        unit: number
        status: string
        completed: string | null
        percent: number
      }>(
        ctx.db,
        `SELECT id, deadline, responsible_unit_id AS unit, status, completed_date AS completed, percent, updated_at AS updatedAt
             FROM village_item WHERE id IN (${cells.map((c) => c.id).join(',')}) ORDER BY id`
      ).all()
    return { ctx, backupDir, matrix, cells, stored }
  }

  it('changes every selected item in one go, backs up first and leaves one audit row with the old values', async () => {
    const { ctx, backupDir, matrix, cells, stored } = setUp()
    const before = stored()
    const unit = matrix.units.find((u) => u.name.includes('城市管理'))!
    const result = await bulkUpdateVillageItems(ctx, {
      ids: cells.map((c) => c.id),
      deadline: '2025-12-31',
      responsibleUnitId: unit.id
    })
    expect(result.changed).toBe(12)
    // The backup, named after the data file's id, and its note of the file's path.
    expect(readdirSync(backupDir)).toEqual([result.backupFile, `${result.backupFile}.json`])
    expect(result.backupFile).toMatch(/^civdesk-[0-9a-f]{12}-20250930-100000-bulk-change\.db$/)
    const after = stored()
    expect(after.every((r) => r.deadline === '2025-12-31' && r.unit === unit.id)).toBe(true)
    // Status is untouched when not asked for.
    expect(after.map((r) => r.status)).toEqual(before.map((r) => r.status))

    const audits = auditRows(ctx, 'village_item')
    expect(audits).toHaveLength(1)
    expect(audits[0].action).toBe('bulk-update')
    expect(audits[0].summary).toBe(
      `批量修改12项村治理事项：完成时限改为2025-12-31，责任单位改为${unit.name}（修改前已备份为 ${result.backupFile}）`
    )
    const old = JSON.parse(audits[0].before!) as { id: number; deadline: string }[]
    expect(old.map((o) => [o.id, o.deadline])).toEqual(before.map((b) => [b.id, b.deadline]))
  })

  it('marks items done with the given date; items already done keep their own date', async () => {
    const { ctx, cells, stored } = setUp()
    const wasDone = new Map(
      stored()
        .filter((r) => r.status === 'done')
        .map((r) => [r.id, r.completed])
    )
    expect(wasDone.size).toBeGreaterThan(0)
    await bulkUpdateVillageItems(ctx, {
      ids: cells.map((c) => c.id),
      status: 'done',
      completedDate: SAMPLE_AS_OF
    })
    for (const row of stored()) {
      expect(row.status).toBe('done')
      expect(row.percent).toBe(100)
      expect(row.completed).toBe(wasDone.get(row.id) ?? SAMPLE_AS_OF)
    }
  })

  it('refuses the whole change when one cell does not apply to its village: nothing written, no backup', async () => {
    const { ctx, backupDir, matrix, cells, stored } = setUp()
    const before = stored()
    const na = matrix.rows.flatMap((r) => r.cells).find((c) => c!.tone === 'not-applicable')!
    await expect(
      bulkUpdateVillageItems(ctx, { ids: [...cells.map((c) => c.id), na.id], deadline: '2025-12-31' })
    ).rejects.toThrow('所选单元格中有1项对该村不适用')
    await expect(
      bulkUpdateVillageItems(ctx, { ids: [cells[0].id, 987654], deadline: '2025-12-31' })
    ).rejects.toThrow('已不存在（如编号987654）')
    expect(stored()).toEqual(before)
    expect(auditRows(ctx, 'village_item')).toEqual([])
    expect(readdirSync(backupDir)).toEqual([])
  })

  it('is all or nothing: a failure after the last item is written rolls every item back', async () => {
    // The third clock reading is the audit row's, after every UPDATE has run.
    let readings = 0
    const failingClock: Clock = {
      now: () => {
        if (++readings === 3) throw new Error('disk full')
        return '2025-09-30T10:00:00+08:00'
      }
    }
    const { ctx, cells, stored } = setUp(failingClock)
    const before = stored()
    await expect(
      bulkUpdateVillageItems(ctx, { ids: cells.map((c) => c.id), deadline: '2026-03-31' })
    ).rejects.toThrow('disk full')
    expect(readings).toBe(3)
    expect(stored()).toEqual(before)
    expect(auditRows(ctx, 'village_item')).toEqual([])
  })
})

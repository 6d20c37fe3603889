import { beforeEach, describe, expect, it } from 'vitest'
import type { AppContext } from '../app-context'
import { selectValue } from '../store/typed-query'
import { auditSince, lastAuditId, sampleTaskContext, taskIdByCode } from '../task/test-context'
import { listMilestones, setMilestoneDone } from '../milestone/milestone-service'
import { saveSchedule } from './schedule-service'

const AS_OF = '2025-09-30'
const STEPS = [
  { title: '制定实施方案', workdays: 3 },
  { title: '组织施工', workdays: 5 }
]
let ctx: AppContext
let since: number

beforeEach(() => {
  ctx = sampleTaskContext()
  since = lastAuditId(ctx)
})

const milestonesOf = (id: number) => listMilestones(ctx, { kind: 'task', id }, AS_OF)

describe('saving a backward schedule as 时间节点', () => {
  it('replaces a task’s milestones with the computed ones, in one audited transaction', () => {
    const id = taskIdByCode(ctx, '2.4')
    const existing = milestonesOf(id).length
    expect(existing).toBeGreaterThan(0)
    const result = saveSchedule(ctx, {
      target: { kind: 'task', id },
      deadline: '2025-10-10',
      steps: STEPS,
      mode: 'replace',
      setDeadline: false
    })
    expect(result).toEqual({ created: 2, replaced: existing })
    expect(milestonesOf(id).map((m) => [m.seq, m.title, m.deadline, m.durationWorkdays, m.status])).toEqual([
      [1, '制定实施方案', '2025-09-26', 3, 'open'],
      [2, '组织施工', '2025-10-10', 5, 'open']
    ])
    expect(milestonesOf(id)[0].light).toMatchObject({ light: 'red', label: '逾期3个工作日' })
    const audit = auditSince(ctx, since)
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ entity: 'task', entityId: String(id), action: 'schedule' })
    expect(audit[0].summary).toBe(
      `倒排工期：任务 2.4「完成城中村用电安全隐患整治全覆盖」，最终完成时限2025-10-10，2个时间节点（替换原有${existing}个）`
    )
    expect((audit[0].before as { milestones: unknown[] }).milestones).toHaveLength(existing)
  })

  it('appends after the existing milestones and can move the task’s deadline', () => {
    const id = taskIdByCode(ctx, '1.6')
    const existing = milestonesOf(id)
    saveSchedule(ctx, {
      target: { kind: 'task', id },
      deadline: '2025-12-31',
      steps: STEPS,
      mode: 'append',
      setDeadline: true
    })
    const after = milestonesOf(id)
    expect(after.slice(0, existing.length)).toEqual(existing)
    expect(after.slice(existing.length).map((m) => m.seq)).toEqual([existing.length + 1, existing.length + 2])
    expect(ctx.db.prepare('SELECT deadline FROM task WHERE id = ?').pluck().get(id)).toBe('2025-12-31')
    expect(auditSince(ctx, since)[0].summary).toContain('完成时限改为2025-12-31')
  })

  it('gives every selected village item the same steps, all or nothing', () => {
    const ids = selectValue<number>(
      ctx.db,
      'SELECT id FROM village_item WHERE applicable = 1 ORDER BY id LIMIT 3'
    ).all()
    const result = saveSchedule(ctx, {
      target: { kind: 'village-items', ids },
      deadline: '2026-02-27',
      steps: STEPS,
      mode: 'replace',
      setDeadline: true
    })
    expect(result.created).toBe(6)
    for (const id of ids) {
      expect(listMilestones(ctx, { kind: 'village-item', id }, AS_OF).map((m) => m.deadline)).toEqual([
        '2026-02-13',
        '2026-02-27'
      ])
    }
    const audit = auditSince(ctx, since)
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ entity: 'village_item', entityId: null, action: 'schedule' })

    const notApplicable = selectValue<number>(
      ctx.db,
      'SELECT id FROM village_item WHERE applicable = 0 LIMIT 1'
    ).one()
    const count = ctx.db.prepare('SELECT count(*) FROM milestone').pluck().get()
    expect(() =>
      saveSchedule(ctx, {
        target: { kind: 'village-items', ids: [ids[0], notApplicable] },
        deadline: '2026-03-31',
        steps: STEPS,
        mode: 'replace',
        setDeadline: false
      })
    ).toThrow('已标为不适用')
    expect(ctx.db.prepare('SELECT count(*) FROM milestone').pluck().get()).toBe(count)
  })

  it('refuses to move a deadline before the task’s start date', () => {
    const id = taskIdByCode(ctx, '1.6')
    expect(() =>
      saveSchedule(ctx, {
        target: { kind: 'task', id },
        deadline: '2024-12-31',
        steps: STEPS,
        mode: 'replace',
        setDeadline: true
      })
    ).toThrow(/不能晚于完成时限（2024-12-31）/)
    expect(auditSince(ctx, since)).toHaveLength(0)
  })
})

describe('marking a milestone done', () => {
  it('records the date, turns the light into an outcome, and can be undone; each change audited', () => {
    const id = taskIdByCode(ctx, '1.6')
    saveSchedule(ctx, {
      target: { kind: 'task', id },
      deadline: '2025-10-10',
      steps: STEPS,
      mode: 'replace',
      setDeadline: false
    })
    since = lastAuditId(ctx)
    const first = milestonesOf(id)[0]
    expect(() => setMilestoneDone(ctx, first.id, true, null)).toThrow('标记完成时需要填写完成日期')
    setMilestoneDone(ctx, first.id, true, '2025-09-30')
    expect(milestonesOf(id)[0]).toMatchObject({
      status: 'done',
      completedDate: '2025-09-30',
      light: { label: '逾期办结' }
    })
    setMilestoneDone(ctx, first.id, false, null)
    expect(milestonesOf(id)[0]).toMatchObject({ status: 'open', completedDate: null })
    const audit = auditSince(ctx, since)
    expect(audit.map((a) => [a.entity, a.action])).toEqual([
      ['milestone', 'update'],
      ['milestone', 'update']
    ])
    expect(audit[0].summary).toBe(
      '时间节点“制定实施方案”（任务 1.6「实现城中村消防设施全覆盖」）标记完成，完成日期2025-09-30'
    )
  })
})

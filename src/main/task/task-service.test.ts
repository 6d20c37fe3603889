import { beforeEach, describe, expect, it } from 'vitest'
import { selectValue } from '../store/typed-query'
import { listTasks } from './task-list'
import type { AppContext } from '../app-context'
import { createTask, deleteTasks, restoreTasks, updateTask } from './task-service'
import { auditSince, lastAuditId, sampleTaskContext, taskIdByCode } from './test-context'

const AS_OF = '2025-09-30'
let ctx: AppContext
let since: number

beforeEach(() => {
  ctx = sampleTaskContext()
  since = lastAuditId(ctx)
})

const row = (code: string) => listTasks(ctx, AS_OF).find((t) => t.code === code)!
const stored = (id: number) =>
  ctx.db
    .prepare('SELECT status, percent, completed_date AS completedDate, deadline FROM task WHERE id = ?')
    .get(id)

describe('editing a task in 任务台账', () => {
  it('saves one field and writes exactly one audit row with the old and new value', () => {
    const id = taskIdByCode(ctx, '1.6')
    expect(updateTask(ctx, id, { deadline: '2025-11-28' })).toEqual({ id, changed: ['deadline'] })
    expect(row('1.6').deadline).toBe('2025-11-28')
    const audit = auditSince(ctx, since)
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      entity: 'task',
      entityId: String(id),
      action: 'update',
      before: { deadline: '2025-11-14' },
      after: { deadline: '2025-11-28' }
    })
    expect(audit[0].summary).toBe(
      '修改任务 1.6「实现城中村消防设施全覆盖」：完成时限 2025-11-14 → 2025-11-28'
    )
  })

  it('writes nothing when the value is unchanged', () => {
    const id = taskIdByCode(ctx, '1.6')
    expect(updateTask(ctx, id, { deadline: '2025-11-14', percent: 65 }).changed).toEqual([])
    expect(auditSince(ctx, since)).toHaveLength(0)
  })

  it('a deadline of 长期 (null) turns the light green with the word 长期', () => {
    const id = taskIdByCode(ctx, '5.7')
    expect(row('5.7').light.light).toBe('red')
    updateTask(ctx, id, { deadline: null })
    expect(row('5.7').light).toMatchObject({ light: 'green', label: '长期' })
    expect(auditSince(ctx, since)[0].summary).toContain('完成时限 2025-05-30 → 长期')
  })

  it('keeps the old value and writes nothing when a rule is broken', () => {
    const id = taskIdByCode(ctx, '1.6')
    const before = stored(id)
    expect(() => updateTask(ctx, id, { startDate: '2025-12-01' })).toThrow(
      '开始日期（2025-12-01）不能晚于完成时限（2025-11-14）'
    )
    expect(() => updateTask(ctx, id, { code: '1.5' })).toThrow(
      '编号“1.5”已被任务 1.5「打通城中村消防车通道」使用'
    )
    expect(stored(id)).toEqual(before)
    expect(auditSince(ctx, since)).toHaveLength(0)
  })

  it('resolves unit names and aliases, creating an unknown unit and saying so in the audit row', () => {
    const id = taskIdByCode(ctx, '1.6')
    updateTask(ctx, id, { leadUnits: ['市消防支队', '消防支队', '示例市新成立的城中村办'] })
    // 市消防支队 and 消防支队 are aliases of the same unit: it is named once, by its full name.
    expect(row('1.6').leadUnits).toEqual(['市消防救援支队', '示例市新成立的城中村办'])
    const audit = auditSince(ctx, since)
    expect(audit).toHaveLength(1)
    expect(audit[0].summary).toContain('新增单位：示例市新成立的城中村办')
  })
})

describe('completion date rules', () => {
  it('marking 已办结 needs a 办结日期, sets 100% and gives 按期办结 or 逾期办结', () => {
    const onTime = taskIdByCode(ctx, '1.6')
    expect(() => updateTask(ctx, onTime, { status: 'done' })).toThrow('标记为“已办结”时需要填写办结日期')
    updateTask(ctx, onTime, { status: 'done', completedDate: '2025-09-29' })
    expect(stored(onTime)).toMatchObject({ status: 'done', percent: 100, completedDate: '2025-09-29' })
    expect(row('1.6').light).toMatchObject({ light: null, outcome: 'on-time', label: '按期办结' })

    const late = taskIdByCode(ctx, '5.7')
    updateTask(ctx, late, { status: 'done', completedDate: '2025-09-30' })
    expect(row('5.7').light).toMatchObject({ outcome: 'late', label: '逾期办结' })
  })

  it('refuses a 办结日期 on an open task and a percent below 100 on a done one', () => {
    const open = taskIdByCode(ctx, '1.6')
    expect(() => updateTask(ctx, open, { completedDate: '2025-09-30' })).toThrow(
      '只有已办结的任务才有办结日期'
    )
    const done = taskIdByCode(ctx, '1.1')
    expect(() => updateTask(ctx, done, { percent: 90 })).toThrow('已办结的任务进度应为100%，不能改为90%')
    expect(auditSince(ctx, since)).toHaveLength(0)
  })

  it('reopening a done task clears its 办结日期 and brings its light back', () => {
    const id = taskIdByCode(ctx, '1.1')
    updateTask(ctx, id, { status: 'in-progress' })
    expect(stored(id)).toMatchObject({ status: 'in-progress', completedDate: null })
    expect(row('1.1').light.light).toBe('red')
  })

  it('refuses a 办结日期 before the start date', () => {
    const id = taskIdByCode(ctx, '1.6')
    expect(() => updateTask(ctx, id, { status: 'done', completedDate: '2024-01-01' })).toThrow(
      /办结日期（2024-01-01）不能早于开始日期/
    )
  })

  it('raising the percent of a 未启动 task makes it 推进中', () => {
    const id = taskIdByCode(ctx, '5.7')
    updateTask(ctx, id, { percent: 10 })
    expect(stored(id)).toMatchObject({ status: 'in-progress', percent: 10 })
    expect(auditSince(ctx, since)[0].summary).toContain('状态 未启动 → 推进中')
  })
})

describe('adding, deleting to 回收站 and restoring', () => {
  it('adds a task in plan order, right after the code before it, with one audit row', () => {
    const { id } = createTask(ctx, {
      code: '1.8',
      phase: 'full-coverage',
      group: '一、消防安全',
      title: '开展冬季消防安全专项检查',
      measures: '',
      leadUnits: ['市消防救援支队'],
      supportUnits: [],
      leader: '',
      areaId: null,
      startDate: '2025-10-08',
      deadline: '2025-12-31',
      note: ''
    })
    const codes = listTasks(ctx, AS_OF).map((t) => t.code)
    expect(codes.indexOf('1.8')).toBe(codes.indexOf('1.6') + 1)
    expect(row('1.8')).toMatchObject({ id, status: 'not-started', percent: 0, leadUnits: ['市消防救援支队'] })
    const audit = auditSince(ctx, since)
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ action: 'create', entityId: String(id) })
    expect(audit[0].summary).toBe('新增任务 1.8「开展冬季消防安全专项检查」')
  })

  it('refuses a code already in use', () => {
    expect(() =>
      createTask(ctx, {
        code: '2.3',
        phase: null,
        group: '',
        title: '重复编号的任务',
        measures: '',
        leadUnits: [],
        supportUnits: [],
        leader: '',
        areaId: null,
        startDate: null,
        deadline: null,
        note: ''
      })
    ).toThrow('编号“2.3”已被任务 2.3「推进管道燃气进村入户」使用')
  })

  it('moves tasks to 回收站 and back, one audit row per task, nothing lost', () => {
    const ids = [taskIdByCode(ctx, '1.6'), taskIdByCode(ctx, '2.5')]
    const before = listTasks(ctx, AS_OF, true).filter((t) => ids.includes(t.id))
    expect(deleteTasks(ctx, ids)).toEqual({ deleted: 2 })
    expect(listTasks(ctx, AS_OF).some((t) => ids.includes(t.id))).toBe(false)
    expect(
      listTasks(ctx, AS_OF, true).filter((t) => ids.includes(t.id) && t.deletedAt !== null)
    ).toHaveLength(2)
    expect(() => updateTask(ctx, ids[0], { percent: 70 })).toThrow('该任务已在回收站中')

    expect(restoreTasks(ctx, ids)).toEqual({ restored: 2 })
    const after = listTasks(ctx, AS_OF, true).filter((t) => ids.includes(t.id))
    expect(after).toEqual(before)
    const audit = auditSince(ctx, since)
    expect(audit.map((a) => a.action)).toEqual(['delete', 'delete', 'restore', 'restore'])
    expect(audit[0].summary).toBe('删除任务 1.6「实现城中村消防设施全覆盖」（移入回收站）')
  })

  it('refuses to restore a task whose code another task took meanwhile', () => {
    const id = taskIdByCode(ctx, '2.5')
    deleteTasks(ctx, [id])
    updateTask(ctx, taskIdByCode(ctx, '2.4'), { code: '2.5' })
    expect(() => restoreTasks(ctx, [id])).toThrow(/无法恢复任务 2\.5.*编号“2\.5”已被/)
  })
})

describe('the ledger follows the area filter', () => {
  it('keeps tasks of the chosen subtree, and city-wide tasks unless the clerk hides them', () => {
    const district = selectValue<number>(ctx.db, "SELECT id FROM area WHERE name = '东湖区'").one()
    const all = listTasks(ctx, AS_OF)
    const withCity = listTasks(ctx, AS_OF, false, { areaId: district, includeCityWide: true })
    const own = listTasks(ctx, AS_OF, false, { areaId: district, includeCityWide: false })
    expect(own.map((t) => t.code)).toEqual(['3.4'])
    expect(own[0].areaName).toBe('东湖区')
    expect(withCity).toHaveLength(all.filter((t) => t.areaId === null).length + 1)
    expect(withCity.some((t) => t.code === '6.9')).toBe(false)
  })
})

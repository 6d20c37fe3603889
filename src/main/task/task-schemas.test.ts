import { describe, expect, it } from 'vitest'
import { contract, type MethodName } from '../../shared/contract'
import { createHandlers } from '../api/handlers'
import { dispatch } from '../api/dispatch'
import { silentLogger } from '../system/logger'
import { lastAuditId, sampleTaskContext, taskIdByCode } from './test-context'

/** The Chinese messages of a payload the contract refuses. */
function refusal(method: MethodName, payload: unknown): string[] {
  const parsed = contract[method].input.safeParse(payload)
  expect(parsed.success).toBe(false)
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message)
}

describe('the contract refuses bad input with Chinese messages naming the field', () => {
  it.each([
    [{ deadline: '2025-02-30' }, '完成时限“2025-02-30”不是有效日期'],
    [{ startDate: '2025/13/01' }, '开始日期“2025/13/01”不是有效日期'],
    [{ completedDate: 20250930 }, '办结日期应为日期'],
    [{ percent: 120 }, '进度应为0到100之间的整数'],
    [{ percent: 55.5 }, '进度应为0到100之间的整数'],
    [{ title: '   ' }, '任务名称不能为空'],
    [{ title: '长'.repeat(501) }, '任务名称不能超过500个字'],
    [{ code: '1'.repeat(21) }, '编号不能超过20个字'],
    [{ status: 'finished' }, '状态应为未启动、推进中或已办结'],
    [{ phase: '2025' }, '阶段应为试点、攻坚或全覆盖'],
    [{ leadUnits: [''] }, '牵头单位名称不能为空'],
    [{ areaId: -3 }, '所属区域无效'],
    [{}, '没有要保存的修改']
  ])('task.update %o', (changes, message) => {
    expect(refusal('task.update', { id: 1, changes })).toContainEqual(expect.stringContaining(message))
  })

  it('refuses fields the ledger does not have', () => {
    expect(contract['task.update'].input.safeParse({ id: 1, changes: { owner: 'x' } }).success).toBe(false)
  })

  it.each([
    [{ text: '' }, '进展情况不能为空'],
    [{ date: '2025-09-31' }, '填报日期“2025-09-31”不是有效日期'],
    [{ percent: 101 }, '完成进度应为0到100之间的整数'],
    [{ problems: '问'.repeat(1001) }, '存在问题不能超过1000个字']
  ])('progress.add %o', (change, message) => {
    const payload = { target: { kind: 'task', id: 1 }, date: '2025-09-30', text: '已完成', ...change }
    expect(refusal('progress.add', payload)).toContainEqual(expect.stringContaining(message))
  })

  it.each([
    [{ deadline: '2025-02-29' }, '最终完成时限“2025-02-29”不是有效日期'],
    [{ steps: [] }, '至少需要一个步骤'],
    [{ steps: [{ title: '实施', workdays: 0 }] }, '工期应为1到250之间的整数'],
    [{ steps: [{ title: '', workdays: 3 }] }, '步骤名称不能为空']
  ])('schedule.preview %o', (change, message) => {
    const payload = { deadline: '2025-12-31', steps: [{ title: '实施', workdays: 5 }], ...change }
    expect(refusal('schedule.preview', payload)).toContainEqual(expect.stringContaining(message))
  })

  it('names the field of 设置 inputs too', () => {
    expect(refusal('calendar.setDay', { date: '2025-10-32', kind: 'holiday' })).toContainEqual(
      expect.stringContaining('日期“2025-10-32”不是有效日期')
    )
    expect(refusal('calendar.setDay', { date: '2025-10-09', kind: 'off' })).toContain(
      '日期类型应为“休”或“班”'
    )
    expect(refusal('audit.list', { filter: { from: '2025-10-01', to: '2025-09-01' } })).toContain(
      '开始日期不能晚于结束日期'
    )
  })

  it('answers through the one door with the reason and writes nothing', async () => {
    const ctx = sampleTaskContext()
    const id = taskIdByCode(ctx, '1.6')
    const auditBefore = lastAuditId(ctx)
    const reply = await dispatch(
      createHandlers(ctx),
      'task.update',
      { id, changes: { deadline: '2025-02-30' } },
      silentLogger
    )
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    if (reply.ok) return
    expect(reply.error.message).toContain('完成时限“2025-02-30”不是有效日期')
    expect(ctx.db.prepare('SELECT deadline FROM task WHERE id = ?').pluck().get(id)).toBe('2025-11-14')
    expect(lastAuditId(ctx)).toBe(auditBefore)
  })
})

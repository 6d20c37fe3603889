import { describe, expect, it } from 'vitest'
import { createHandlers } from '../api/handlers'
import { dispatch } from '../api/dispatch'
import { silentLogger } from '../system/logger'
import { sampleContext } from './test-support'

describe('the village payloads refuse bad input in Chinese, naming the field', () => {
  const ctx = sampleContext()
  const handlers = createHandlers(ctx)
  const refused = async (method: string, payload: unknown): Promise<string> => {
    const reply = await dispatch(handlers, method, payload, silentLogger)
    if (reply.ok) throw new Error(`${method} accepted ${JSON.stringify(payload)}`)
    expect(reply.error.code).toBe('invalid-input')
    return reply.error.message
  }

  it.each([
    [
      'village.item.update',
      { id: 1, asOf: '2025-09-30', deadline: '2025-02-30' },
      '完成时限“2025-02-30”不是有效日期'
    ],
    ['village.item.update', { id: 1, asOf: '2025-09-30', responsibleUnitId: 'x' }, '责任单位无效'],
    [
      'village.item.update',
      { id: 1, asOf: '2025-09-30', status: 'finished' },
      '状态应为未启动、推进中或已办结'
    ],
    ['village.item.update', { id: 1, asOf: '2025-09-30', note: '长'.repeat(501) }, '备注不能超过500个字'],
    ['village.item.update', { id: -3, asOf: '2025-09-30' }, '村治理事项无效'],
    ['village.item.bulkUpdate', { ids: [], deadline: '2025-12-31' }, '请至少选择一个单元格'],
    ['village.item.bulkUpdate', { ids: [1, 2] }, '请至少修改完成时限、责任单位或状态中的一项'],
    ['village.item.bulkUpdate', { ids: [1], status: 'done' }, '批量标记为已办结时，请填写完成日期'],
    ['village.item.bulkUpdate', { ids: [1], deadline: '31/12/2025' }, '完成时限“31/12/2025”不是有效日期'],
    ['catalog.create', { category: 'basic', name: '  ' }, '事项名称不能为空'],
    ['catalog.create', { category: 'extra', name: '新事项' }, '类别应为基础、提升或长效'],
    ['catalog.create', { category: 'basic', name: '名'.repeat(61) }, '事项名称不能超过60个字'],
    [
      'catalog.create',
      { category: 'basic', name: '新事项', standard: '标'.repeat(2001) },
      '标准要求不能超过2000个字'
    ],
    ['catalog.reorder', { ids: [] }, '事项顺序不能为空'],
    ['catalog.update', { id: 1, sneaky: true }, '未知的键']
  ])('%s %j → %s', async (method, payload, message) => {
    expect(await refused(method, payload)).toContain(message)
  })

  it('an accepted bulk payload still refuses a missing item with a Chinese reason and no change', async () => {
    const reply = await dispatch(
      handlers,
      'village.item.bulkUpdate',
      { ids: [999999], deadline: '2025-12-31' },
      silentLogger
    )
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(!reply.ok && reply.error.message).toContain('未作任何修改')
  })
})

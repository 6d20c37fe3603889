import { describe, expect, it } from 'vitest'
import { createHandlers } from '../api/handlers'
import { dispatch } from '../api/dispatch'
import { readSettings } from '../store/settings-store'
import { silentLogger } from '../system/logger'
import { auditSince, lastAuditId, sampleTaskContext } from '../task/test-context'

describe('saving one setting from 设置', () => {
  it('changes that setting only, keeping every other one (and the sample’s as-of date)', async () => {
    const ctx = sampleTaskContext()
    const handlers = createHandlers(ctx)
    await dispatch(handlers, 'settings.update', { officeShortName: '东湖文明办' }, silentLogger)
    const before = readSettings(ctx.db)
    const since = lastAuditId(ctx)
    const reply = await dispatch(handlers, 'settings.update', { yellowWindow: 5 }, silentLogger)
    expect(reply.ok).toBe(true)
    expect(readSettings(ctx.db)).toEqual({ ...before, yellowWindow: 5 })
    expect(before.sampleAsOf).toBe('2025-09-30')
    const audit = auditSince(ctx, since)
    expect(audit.map((a) => a.summary)).toEqual(['修改设置：临期提醒（工作日）'])
  })

  it('refuses a bad value and writes nothing', async () => {
    const ctx = sampleTaskContext()
    const since = lastAuditId(ctx)
    const reply = await dispatch(createHandlers(ctx), 'settings.update', { yellowWindow: 40 }, silentLogger)
    expect(reply.ok).toBe(false)
    expect(readSettings(ctx.db).yellowWindow).toBe(3)
    expect(auditSince(ctx, since)).toEqual([])
  })
})

import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAppContext, type AppContext } from '../app-context'
import { generateSampleCity } from '../sample/generate-sample-city'
import { openMemoryDatabase } from '../store/open-database'
import { select, selectValue } from '../store/typed-query'
import { fixedClock } from '../system/clock'
import { silentLogger } from '../system/logger'

/**
 * For the tests of the task, progress, schedule and 设置 services: the sample city (as of 2025-09-30) in
 * a store built from the real migrations, with a frozen clock.
 */
export function sampleTaskContext(): AppContext {
  const db = openMemoryDatabase()
  generateSampleCity(db, { scale: 1 })
  return createAppContext({
    db,
    clock: fixedClock('2025-09-30T10:00:00+08:00'),
    log: silentLogger,
    dataFile: ':memory:',
    backupDir: join(tmpdir(), 'civdesk-test-backups'),
    shell: 'cli',
    appVersion: 'test'
  })
}

export interface AuditLine {
  entity: string
  entityId: string | null
  action: string
  summary: string
  before: unknown
  after: unknown
}

/** The audit rows written after the row id `since`, oldest first, with before/after parsed. */
export function auditSince(ctx: AppContext, since: number): AuditLine[] {
  const rows = select<Omit<AuditLine, 'before' | 'after'> & { before: string | null; after: string | null }>(
    ctx.db,
    'SELECT entity, entity_id AS entityId, action, summary, before, after FROM audit_log WHERE id > ? ORDER BY id'
  ).all(since)
  return rows.map((r) => ({
    ...r,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after)
  }))
}

export function lastAuditId(ctx: AppContext): number {
  return selectValue<number>(ctx.db, 'SELECT ifnull(max(id), 0) FROM audit_log').one()
}

/** The id of the live sample task with this code. */
export function taskIdByCode(ctx: AppContext, code: string): number {
  return selectValue<number>(ctx.db, 'SELECT id FROM task WHERE code = ? AND deleted_at IS NULL').one(code)
}

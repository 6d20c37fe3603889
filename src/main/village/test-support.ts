import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAppContext, type AppContext } from '../app-context'
import { generateSampleCity } from '../sample/generate-sample-city'
import { openMemoryDatabase } from '../store/open-database'
import type { CamelRow, Row } from '../store/rows'
import { select } from '../store/typed-query'
import type { Clock } from '../system/clock'
import { fixedClock } from '../system/clock'
import { silentLogger } from '../system/logger'

/**
 * For the tests of the village, area and chart services: the sample city in a store built from the real
 * migrations, a frozen clock, and the backup folder the test gives (tests that back up pass a temporary one).
 */
export function sampleContext(
  options: { scale?: number; clock?: Clock; backupDir?: string } = {}
): AppContext {
  const db = openMemoryDatabase()
  generateSampleCity(db, { scale: options.scale ?? 1 })
  return createAppContext({
    db,
    clock: options.clock ?? fixedClock('2025-09-30T10:00:00+08:00'),
    log: silentLogger,
    dataFile: ':memory:',
    backupDir: options.backupDir ?? join(tmpdir(), 'civdesk-test-backups'),
    shell: 'cli',
    appVersion: 'test'
  })
}

export const SAMPLE_AS_OF = '2025-09-30'

/** An audit row as the village tests read it back (before/after still JSON text). */
type AuditEntry = Pick<Row<'audit_log'>, 'action' | 'summary' | 'before' | 'after'> &
  CamelRow<'audit_log', 'entity_id'>

export function auditRows(ctx: AppContext, entity: string): AuditEntry[] {
  return select<AuditEntry>(
    ctx.db,
    'SELECT action, summary, entity_id AS entityId, before, after FROM audit_log WHERE entity = ? ORDER BY id'
  ).all(entity)
}

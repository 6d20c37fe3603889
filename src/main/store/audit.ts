import type { Database } from 'better-sqlite3'
import { RowBatch } from './batch-insert'
import type { Clock } from '../system/clock'

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'restore'
  | 'bulk-update'
  | 'import'
  | 'load-sample'
  | 'report'
  | 'schedule'
  | 'issue'
  | 'settings'
  | 'calendar'
  | 'backup'
  | 'restore-backup'

export interface AuditEntry {
  entity: string
  entityId?: string | number | null
  action: AuditAction
  /** One Chinese sentence for 操作日志, e.g. "修改任务 2.3 的完成时限". */
  summary: string
  before?: unknown
  after?: unknown
}

const AUDIT_COLUMNS = ['at', 'entity', 'entity_id', 'action', 'summary', 'before', 'after'] as const

/**
 * Writes one audit row. Call it inside the same transaction as the change it records, so a change and
 * its record land or vanish together.
 */
export function writeAudit(db: Database, clock: Clock, entry: AuditEntry): void {
  writeAudits(db, clock, [entry])
}

/** Writes many audit rows at once (an import writes one per task, 20,000 in a large ledger). */
export function writeAudits(db: Database, clock: Clock, entries: Iterable<AuditEntry>): void {
  const at = clock.now()
  const batch = new RowBatch('audit_log', AUDIT_COLUMNS)
  for (const entry of entries) {
    batch.add(
      at,
      entry.entity,
      entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      entry.action,
      entry.summary,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after)
    )
  }
  batch.insert(db)
}

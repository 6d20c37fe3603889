import type { Database, Statement } from 'better-sqlite3'
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

/**
 * Writes one audit row. Call it inside the same transaction as the change it records, so a change and
 * its record land or vanish together.
 */
export function writeAudit(db: Database, clock: Clock, entry: AuditEntry): void {
  insertStatement(db).run(
    clock.now(),
    entry.entity,
    entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
    entry.action,
    entry.summary,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after)
  )
}

// Prepared once per connection: an import writes one audit row per task, 20,000 in a large ledger.
const statements = new WeakMap<Database, Statement>()

function insertStatement(db: Database): Statement {
  let statement = statements.get(db)
  if (!statement) {
    statement = db.prepare(
      'INSERT INTO audit_log (at, entity, entity_id, action, summary, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)'
    )
    statements.set(db, statement)
  }
  return statement
}

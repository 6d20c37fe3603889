import type { AuditFilter, AuditPage, AuditRow } from '../../shared/contract'
import type { AppContext } from '../app-context'

/** The WHERE clause of a filter: dates compare on the local date the row was written. */
function whereOf(filter: AuditFilter): { sql: string; params: (string | number)[] } {
  const parts: string[] = []
  const params: (string | number)[] = []
  if (filter.from !== null) {
    parts.push('substr(at, 1, 10) >= ?')
    params.push(filter.from)
  }
  if (filter.to !== null) {
    parts.push('substr(at, 1, 10) <= ?')
    params.push(filter.to)
  }
  if (filter.entity !== null) {
    parts.push('entity = ?')
    params.push(filter.entity)
  }
  if (filter.action !== null) {
    parts.push('action = ?')
    params.push(filter.action)
  }
  if (filter.text !== '') {
    // instr, not LIKE: a clerk's % or _ is a character to find, not a wildcard.
    parts.push('(instr(summary, ?) > 0 OR entity_id = ?)')
    params.push(filter.text, filter.text)
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params }
}

const COLUMNS = 'id, at, entity, entity_id AS entityId, action, summary, before, after'

/** 操作日志, newest first, one page at a time, with the entities and actions it holds for the filter lists. */
export function listAudit(ctx: AppContext, filter: AuditFilter, page: number, pageSize: number): AuditPage {
  const where = whereOf(filter)
  const total = ctx.db
    .prepare(`SELECT count(*) FROM audit_log ${where.sql}`)
    .pluck()
    .get(...where.params) as number
  const rows = ctx.db
    .prepare(`SELECT ${COLUMNS} FROM audit_log ${where.sql} ORDER BY id DESC LIMIT ? OFFSET ?`)
    .all(...where.params, pageSize, (page - 1) * pageSize) as AuditRow[]
  return {
    rows,
    total,
    entities: ctx.db
      .prepare('SELECT DISTINCT entity FROM audit_log ORDER BY entity')
      .pluck()
      .all() as string[],
    actions: ctx.db.prepare('SELECT DISTINCT action FROM audit_log ORDER BY action').pluck().all() as string[]
  }
}

/** Every row the filter matches, newest first, for the export. */
export function allAudit(ctx: AppContext, filter: AuditFilter): AuditRow[] {
  const where = whereOf(filter)
  return ctx.db
    .prepare(`SELECT ${COLUMNS} FROM audit_log ${where.sql} ORDER BY id DESC`)
    .all(...where.params) as AuditRow[]
}

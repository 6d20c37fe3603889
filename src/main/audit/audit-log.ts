import type { AuditFilter, AuditPage, AuditRow } from '../../shared/contract'
import type { AppContext } from '../app-context'
import { select, selectValue } from '../store/typed-query'

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
  const total = selectValue<number>(ctx.db, `SELECT count(*) FROM audit_log ${where.sql}`).one(
    ...where.params
  )
  const rows = select<AuditRow>(
    ctx.db,
    `SELECT ${COLUMNS} FROM audit_log ${where.sql} ORDER BY id DESC LIMIT ? OFFSET ?`
  ).all(...where.params, pageSize, (page - 1) * pageSize)
  return {
    rows,
    total,
    entities: selectValue<string>(ctx.db, 'SELECT DISTINCT entity FROM audit_log ORDER BY entity').all(),
    actions: selectValue<string>(ctx.db, 'SELECT DISTINCT action FROM audit_log ORDER BY action').all()
  }
}

/** Every row the filter matches, newest first, for the export. */
export function allAudit(ctx: AppContext, filter: AuditFilter): AuditRow[] {
  const where = whereOf(filter)
  return select<AuditRow>(ctx.db, `SELECT ${COLUMNS} FROM audit_log ${where.sql} ORDER BY id DESC`).all(
    ...where.params
  )
}

import { exportAudit } from '../audit/audit-export'
import { listAudit } from '../audit/audit-log'
import type { AppContext } from '../app-context'
import type { auditContract } from '../../shared/contract/audit'
import type { HandlerGroup } from './handler-types'

export function auditHandlers(ctx: AppContext): HandlerGroup<typeof auditContract> {
  return {
    'audit.list': ({ filter, page, pageSize }) => listAudit(ctx, filter, page, pageSize),
    'audit.export': ({ filter, ref }) => exportAudit(ctx, filter, ref)
  }
}

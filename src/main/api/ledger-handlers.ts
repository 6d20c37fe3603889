import type { AppContext } from '../app-context'
import { listDue } from '../ledger/due'
import { computeSummary } from '../ledger/summary'
import { listTasks } from '../ledger/task-list'
import type { HandlerGroup } from './handlers'

export function ledgerHandlers(ctx: AppContext): HandlerGroup<'summary.get' | 'task.list' | 'due.list'> {
  return {
    'summary.get': ({ asOf }) => computeSummary(ctx, asOf),
    'task.list': ({ asOf, includeDeleted, areaId, includeCityWide }) =>
      listTasks(ctx, asOf, includeDeleted, { areaId, includeCityWide }),
    'due.list': ({ asOf, within }) => listDue(ctx, asOf, within)
  }
}

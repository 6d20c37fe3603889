import type { AppContext } from '../app-context'
import { listDue } from '../ledger/due'
import { computeSummary } from '../ledger/summary'
import type { ledgerContract } from '../../shared/contract/ledger'
import type { HandlerGroup } from './handler-types'

export function ledgerHandlers(ctx: AppContext): HandlerGroup<typeof ledgerContract> {
  return {
    'ledger.summary': ({ asOf }) => computeSummary(ctx, asOf),
    'ledger.due': ({ asOf, within }) => listDue(ctx, asOf, within)
  }
}

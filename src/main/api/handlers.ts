import type { MethodArgs, MethodName, MethodResult } from '../../shared/contract'
import type { AppContext } from '../app-context'
import { adminHandlers } from './admin-handlers'
import { appHandlers } from './app-handlers'
import { backupHandlers } from './backup-handlers'
import { chartHandlers } from './chart-handlers'
import { documentHandlers } from './document-handlers'
import { exchangeHandlers } from './exchange-handlers'
import { fileHandlers } from './file-handlers'
import { ledgerHandlers } from './ledger-handlers'
import { taskHandlers } from './task-handlers'
import { villageHandlers } from './village-handlers'

/** One function per contract method; the compiler refuses a missing or misspelled one. */
export type Handlers = {
  [M in MethodName]: (args: MethodArgs<M>) => MethodResult<M> | Promise<MethodResult<M>>
}

export type HandlerGroup<M extends MethodName> = { [K in M]: Handlers[K] }

export function createHandlers(ctx: AppContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...ledgerHandlers(ctx),
    ...fileHandlers(ctx),
    ...taskHandlers(ctx),
    ...adminHandlers(ctx),
    ...villageHandlers(ctx),
    ...chartHandlers(ctx),
    ...exchangeHandlers(ctx),
    ...documentHandlers(ctx),
    ...backupHandlers(ctx)
  } satisfies Handlers
}

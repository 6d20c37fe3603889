import type { MethodInput, MethodName, MethodResult } from '../../shared/contract'
import { UserError } from '../../shared/errors'
import { dispatch } from '../api/dispatch'
import { createHandlers } from '../api/handlers'
import type { AppContext } from '../app-context'

/**
 * Calls a contract method through dispatch (zod validation, UserError kept), as the page's calls go; a
 * refusal is thrown. Commands that write what the page writes use it (import, pack).
 */
export function contractCaller(ctx: AppContext) {
  const handlers = createHandlers(ctx)
  return async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> => {
    const reply = await dispatch(handlers, method, input, ctx.log)
    if (!reply.ok) throw new UserError(reply.error.code, reply.error.message, reply.error.details)
    return reply.value as MethodResult<M>
  }
}

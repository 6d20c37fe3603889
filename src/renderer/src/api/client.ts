import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract'
import type { ErrorCode, ErrorPayload } from '../../../shared/errors'
import { pickTransport, type Transport } from './transport'

/** A failed call, carrying the Chinese message the clerk should read. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly details: unknown
  constructor(payload: ErrorPayload) {
    super(payload.message)
    this.name = 'ApiError'
    this.code = payload.code
    this.details = payload.details
  }
}

let transport: Transport | null = null

/** Asks the clerk whether to try again; true = retry. Registered by the app (a 重试/取消 dialog). */
type FileBusyHandler = (message: string) => Promise<boolean>
let fileBusyHandler: FileBusyHandler | null = null

export function setFileBusyHandler(handler: FileBusyHandler | null): void {
  fileBusyHandler = handler
}

/**
 * Calls one contract method; its argument and result types come from the contract itself. A file held
 * open by Word or WPS ('file-busy') is offered for a retry once the clerk has closed it, for every method.
 */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  transport ??= pickTransport()
  for (;;) {
    const reply = await transport(method, input)
    if (reply.ok) return reply.value as MethodResult<M>
    if (reply.error.code === 'file-busy' && fileBusyHandler && (await fileBusyHandler(reply.error.message)))
      continue
    throw new ApiError(reply.error)
  }
}

export function isWebMode(): boolean {
  return window.civdesk === undefined
}

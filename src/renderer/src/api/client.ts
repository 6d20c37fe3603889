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

/** Calls one contract method; its argument and result types come from the contract itself. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  transport ??= pickTransport()
  const reply = await transport(method, input)
  if (!reply.ok) throw new ApiError(reply.error)
  return reply.value as MethodResult<M>
}

export function isWebMode(): boolean {
  return window.civdesk === undefined
}

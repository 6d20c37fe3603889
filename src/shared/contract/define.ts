import type { z } from 'zod'
import type { ErrorPayload } from '../errors'

/**
 * One API method: the zod schema of its input, whether it changes data, and (as a phantom type) its
 * result. The main process parses every payload with `input`; the page's client and the preload derive
 * their types from the same object, so a channel name is never typed twice.
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, R = unknown> {
  readonly input: I
  /** mutation: writes to the data file and must leave an audit row (see audit-coverage.test.ts). */
  readonly kind: 'query' | 'mutation'
  readonly result?: { readonly of: R }
}

export function query<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input, kind: 'query' })
}

export function mutation<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input, kind: 'mutation' })
}

/** What every call answers, over IPC and over HTTP alike. */
export type Reply<R> = { ok: true; value: R } | { ok: false; error: ErrorPayload }

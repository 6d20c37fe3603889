import { vi } from 'vitest'
import { methodNames } from '../src/shared/contract'
import type { Handlers } from '../src/main/api/handlers'

/** Handlers that record their calls and answer {echo: args}, for testing the doors without a data file. */
export function fakeHandlers(): Handlers & Record<string, ReturnType<typeof vi.fn>> {
  const handlers: Record<string, ReturnType<typeof vi.fn>> = {}
  for (const method of methodNames) handlers[method] = vi.fn((args: unknown) => ({ echo: args }))
  return handlers as unknown as Handlers & Record<string, ReturnType<typeof vi.fn>>
}

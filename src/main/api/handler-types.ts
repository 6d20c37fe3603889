import type { MethodArgs, MethodName, MethodResult } from '../../shared/contract'

/** One function per contract method; the compiler refuses a missing or misspelled one. */
export type Handlers = {
  [M in MethodName]: (args: MethodArgs<M>) => MethodResult<M> | Promise<MethodResult<M>>
}

/** The handlers of one contract part (`typeof taskContract`): exactly its methods, named by the part itself. */
export type HandlerGroup<Part> = { [K in keyof Part & MethodName]: Handlers[K] }

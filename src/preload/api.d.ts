import type { MethodName, Reply } from '../shared/contract'

/** What the preload puts on `window.civdesk`: exactly one function, checked against the contract. */
export interface CivDeskBridge {
  invoke(method: MethodName, payload: unknown): Promise<Reply<unknown>>
}

declare global {
  interface Window {
    civdesk?: CivDeskBridge
  }
}

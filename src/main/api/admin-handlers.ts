import type { adminContract } from '../../shared/contract/admin'
import type { AppContext } from '../app-context'
import type { HandlerGroup } from './handlers'

export function adminHandlers(_ctx: AppContext): HandlerGroup<keyof typeof adminContract & string> {
  return {}
}

import type { documentsContract } from '../../shared/contract/documents'
import type { AppContext } from '../app-context'
import type { HandlerGroup } from './handlers'

export function documentHandlers(_ctx: AppContext): HandlerGroup<keyof typeof documentsContract & string> {
  return {}
}

import type { exchangeContract } from '../../shared/contract/exchange'
import type { AppContext } from '../app-context'
import type { HandlerGroup } from './handlers'

export function exchangeHandlers(_ctx: AppContext): HandlerGroup<keyof typeof exchangeContract & string> {
  return {}
}

import type { chartsContract } from '../../shared/contract/charts'
import type { AppContext } from '../app-context'
import type { HandlerGroup } from './handlers'

export function chartHandlers(_ctx: AppContext): HandlerGroup<keyof typeof chartsContract & string> {
  return {}
}

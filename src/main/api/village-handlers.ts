import type { villagesContract } from '../../shared/contract/villages'
import type { AppContext } from '../app-context'
import type { HandlerGroup } from './handlers'

export function villageHandlers(_ctx: AppContext): HandlerGroup<keyof typeof villagesContract & string> {
  return {}
}

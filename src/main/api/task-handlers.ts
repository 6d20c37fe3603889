import type { tasksContract } from '../../shared/contract/tasks'
import type { AppContext } from '../app-context'
import type { HandlerGroup } from './handlers'

export function taskHandlers(_ctx: AppContext): HandlerGroup<keyof typeof tasksContract & string> {
  return {}
}

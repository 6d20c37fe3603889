import type { AppContext } from '../app-context'
import { addProgress, listProgress } from '../progress/progress-service'
import { readProgressTarget } from '../progress/progress-target'
import type { progressContract } from '../../shared/contract/progress'
import type { HandlerGroup } from './handler-types'

export function progressHandlers(ctx: AppContext): HandlerGroup<typeof progressContract> {
  return {
    'progress.target': ({ target }) => {
      const { label: _label, ...info } = readProgressTarget(ctx.db, target)
      return info
    },
    'progress.list': ({ target }) => listProgress(ctx, target),
    'progress.add': (input) => addProgress(ctx, input)
  }
}

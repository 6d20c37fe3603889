import type { AppContext } from '../app-context'
import { loadSampleCity } from '../sample/sample-service'
import type { sampleContract } from '../../shared/contract/sample'
import type { HandlerGroup } from './handler-types'

export function sampleHandlers(ctx: AppContext): HandlerGroup<typeof sampleContract> {
  return {
    'sample.load': ({ scale }) => loadSampleCity(ctx, scale)
  }
}

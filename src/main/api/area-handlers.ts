import type { AppContext } from '../app-context'
import { buildAreaTree } from '../area/area-tree'
import type { areaContract } from '../../shared/contract/area'
import type { HandlerGroup } from './handler-types'

export function areaHandlers(ctx: AppContext): HandlerGroup<typeof areaContract> {
  return {
    'area.tree': ({ asOf }) => buildAreaTree(ctx, asOf)
  }
}

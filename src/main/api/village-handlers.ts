import type { AppContext } from '../app-context'
import { bulkUpdateVillageItems } from '../village/bulk-update'
import { buildVillageMatrix } from '../village/village-matrix'
import { getVillageItem, updateVillageItem } from '../village/village-item-service'
import type { villageContract } from '../../shared/contract/village'
import type { HandlerGroup } from './handler-types'

export function villageHandlers(ctx: AppContext): HandlerGroup<typeof villageContract> {
  return {
    'village.matrix': ({ asOf }) => buildVillageMatrix(ctx, asOf),
    'village.item.get': ({ id, asOf }) => getVillageItem(ctx, id, asOf),
    'village.item.update': ({ id, asOf, ...changes }) => updateVillageItem(ctx, id, changes, asOf),
    'village.item.bulkUpdate': (changes) => bulkUpdateVillageItems(ctx, changes)
  }
}

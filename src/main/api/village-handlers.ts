import type { villagesContract } from '../../shared/contract/villages'
import type { AppContext } from '../app-context'
import { buildAreaTree } from '../areas/area-tree'
import { bulkUpdateVillageItems } from '../villages/bulk-update'
import {
  createCatalogItem,
  listCatalog,
  removeCatalogItem,
  reorderCatalog,
  restoreCatalogItem,
  updateCatalogItem
} from '../villages/catalog-service'
import { buildVillageMatrix } from '../villages/village-matrix'
import { getVillageItem, updateVillageItem } from '../villages/village-item-service'
import type { HandlerGroup } from './handlers'

export function villageHandlers(ctx: AppContext): HandlerGroup<keyof typeof villagesContract & string> {
  return {
    'catalog.list': ({ includeDeleted }) => listCatalog(ctx, includeDeleted),
    'catalog.create': (input) => createCatalogItem(ctx, input),
    'catalog.update': ({ id, ...changes }) => updateCatalogItem(ctx, id, changes),
    'catalog.reorder': ({ ids }) => reorderCatalog(ctx, ids),
    'catalog.remove': ({ id }) => removeCatalogItem(ctx, id),
    'catalog.restore': ({ id }) => restoreCatalogItem(ctx, id),
    'village.matrix': ({ asOf }) => buildVillageMatrix(ctx, asOf),
    'village.item.get': ({ id, asOf }) => getVillageItem(ctx, id, asOf),
    'village.item.update': ({ id, asOf, ...changes }) => updateVillageItem(ctx, id, changes, asOf),
    'village.item.bulkUpdate': (changes) => bulkUpdateVillageItems(ctx, changes),
    'area.tree': ({ asOf }) => buildAreaTree(ctx, asOf)
  }
}

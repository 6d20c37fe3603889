import type { AppContext } from '../app-context'
import {
  createCatalogItem,
  listCatalog,
  removeCatalogItem,
  reorderCatalog,
  restoreCatalogItem,
  updateCatalogItem
} from '../catalog/catalog-service'
import type { catalogContract } from '../../shared/contract/catalog'
import type { HandlerGroup } from './handler-types'

export function catalogHandlers(ctx: AppContext): HandlerGroup<typeof catalogContract> {
  return {
    'catalog.list': ({ includeDeleted }) => listCatalog(ctx, includeDeleted),
    'catalog.create': (input) => createCatalogItem(ctx, input),
    'catalog.update': ({ id, ...changes }) => updateCatalogItem(ctx, id, changes),
    'catalog.reorder': ({ ids }) => reorderCatalog(ctx, ids),
    'catalog.remove': ({ id }) => removeCatalogItem(ctx, id),
    'catalog.restore': ({ id }) => restoreCatalogItem(ctx, id)
  }
}

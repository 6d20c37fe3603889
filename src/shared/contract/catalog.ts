import { z } from 'zod'
import { ITEM_CATEGORIES, type ItemCategory } from '../domain'
import { mutation, query } from './define'
import { idField, textField } from './labelled-fields'

/** The "10+(5)+1" catalog of governance items; each field's message names the field in Chinese. */

const category = z.enum(ITEM_CATEGORIES, { error: '类别应为基础、提升或长效' })

export interface UnitOption {
  id: number
  name: string
}

export interface CatalogItemRow {
  id: number
  category: ItemCategory
  name: string
  standard: string
  sortOrder: number
  defaultUnitId: number | null
  defaultUnit: string | null
  /** A sample item (示例), not the office's own wording. */
  isSample: boolean
  /** Set when the item was removed (回收站). */
  deletedAt: string | null
  /** Urban villages where the item applies. */
  applicableVillages: number
}

export interface CatalogView {
  /** Live items in catalog order, then (when asked for) removed ones. */
  items: CatalogItemRow[]
  /** Live items per category: the "10+(5)+1" as the catalog has it now. */
  counts: Record<ItemCategory, number>
  /** How the counts differ from "10+(5)+1", one Chinese sentence each; empty when they match. */
  warnings: string[]
  units: UnitOption[]
}

/** Every field of a catalog item, each message naming it; create adds the defaults, update makes all optional. */
const catalogFields = {
  category,
  name: textField('事项名称', 60, true),
  standard: z.string({ error: '标准要求应为文字' }).max(2000, { error: '标准要求不能超过2000个字' }),
  defaultUnitId: idField('默认责任单位').nullable()
}

export const catalogCreateInput = z
  .object({
    ...catalogFields,
    standard: catalogFields.standard.default(''),
    defaultUnitId: catalogFields.defaultUnitId.default(null)
  })
  .strict()

export const catalogUpdateInput = z
  .object({ id: idField('治理事项'), ...z.object(catalogFields).partial().shape })
  .strict()

export const catalogContract = {
  'catalog.list': query<CatalogView>()(
    z.object({ includeDeleted: z.boolean({ error: '是否包含已删除事项应为是或否' }).default(false) }).strict()
  ),
  'catalog.create': mutation<CatalogItemRow>()(catalogCreateInput),
  'catalog.update': mutation<CatalogItemRow>()(catalogUpdateInput),
  /** The full new order of the live items (drag and drop, or the 上移/下移 buttons). */
  'catalog.reorder': mutation<void>()(
    z
      .object({
        ids: z
          .array(idField('治理事项'), { error: '事项顺序应为编号的列表' })
          .min(1, { error: '事项顺序不能为空' })
          .max(200, { error: '治理事项不能超过200项' })
      })
      .strict()
  ),
  /** Soft: the item goes to 回收站 with its village items untouched, and comes back whole. */
  'catalog.remove': mutation<void>()(z.object({ id: idField('治理事项') }).strict()),
  'catalog.restore': mutation<CatalogItemRow>()(z.object({ id: idField('治理事项') }).strict())
}

import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import type { CatalogItemRow, CatalogView, UnitOption } from '../../shared/contract'
import type { catalogCreateInput } from '../../shared/contract/catalog'
import { ITEM_CATEGORY_LABEL, type ItemCategory } from '../../shared/domain'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { writeAudit } from '../store/audit'
import type { CamelRow, Row } from '../store/rows'
import { select, selectValue } from '../store/typed-query'
import { countByCategory, quotaFormula, quotaWarnings } from './catalog-quota'

type StoredCatalogItem = Omit<CatalogItemRow, 'isSample'> & CamelRow<'governance_item', 'is_sample'>

const CATALOG_SELECT = `
  SELECT gi.id, gi.category, gi.name, gi.standard, gi.sort_order AS sortOrder,
         gi.default_unit_id AS defaultUnitId, u.name AS defaultUnit, gi.is_sample AS isSample,
         gi.deleted_at AS deletedAt,
         (SELECT count(*) FROM village_item vi JOIN area a ON a.id = vi.village_id AND a.is_urban_village = 1
           WHERE vi.item_id = gi.id AND vi.applicable = 1) AS applicableVillages
    FROM governance_item gi LEFT JOIN unit u ON u.id = gi.default_unit_id`

export function listCatalog(ctx: AppContext, includeDeleted: boolean): CatalogView {
  const rows = select<StoredCatalogItem>(
    ctx.db,
    `${CATALOG_SELECT} WHERE ? OR gi.deleted_at IS NULL
          ORDER BY gi.deleted_at IS NOT NULL, gi.sort_order, gi.id`
  )
    .all(includeDeleted ? 1 : 0)
    .map(toRow)
  const counts = countByCategory(rows.filter((r) => r.deletedAt === null))
  return { items: rows, counts, warnings: quotaWarnings(counts), units: listUnitOptions(ctx.db) }
}

export function listUnitOptions(db: Database): UnitOption[] {
  return select<UnitOption>(
    db,
    'SELECT id, name FROM unit WHERE deleted_at IS NULL ORDER BY sort_order, id'
  ).all()
}

export type CatalogItemInput = z.output<typeof catalogCreateInput>

/**
 * A new catalog item, with its village item in every urban village so the matrix has a cell for each:
 * 基础 and 长效 items apply to every village (the plan requires them everywhere); a 提升 item is optional,
 * "一村一策", so it starts as 不适用 and the clerk switches it on where a village takes it up. The new cells
 * have no deadline yet (长期) and the item's default unit answers for them.
 */
export function createCatalogItem(ctx: AppContext, input: CatalogItemInput): CatalogItemRow {
  return ctx.db.transaction(() => {
    assertNameFree(ctx.db, input.name, null)
    assertUnit(ctx.db, input.defaultUnitId)
    const sortOrder =
      selectValue<number | null>(
        ctx.db,
        'SELECT max(sort_order) FROM governance_item WHERE deleted_at IS NULL'
      ).one() ?? 0
    const id = Number(
      ctx.db
        .prepare(
          `INSERT INTO governance_item (category, sort_order, name, standard, default_unit_id, is_sample)
           VALUES (?, ?, ?, ?, ?, 0)`
        )
        .run(input.category, sortOrder + 1, input.name, input.standard, input.defaultUnitId).lastInsertRowid
    )
    const added = addMissingVillageItems(ctx, id)
    const after = catalogRow(ctx.db, id)
    const counts = liveCounts(ctx.db)
    writeAudit(ctx.db, ctx.clock, {
      entity: 'governance_item',
      entityId: id,
      action: 'create',
      summary:
        `新增治理事项“${input.name}”（${ITEM_CATEGORY_LABEL[input.category]}类），` +
        `为${added}个城中村建立村治理事项；目录现为${quotaFormula(counts)}`,
      after
    })
    return after
  })()
}

const FIELD_LABEL: Record<keyof CatalogItemInput, string> = {
  category: '类别',
  name: '名称',
  standard: '标准要求',
  defaultUnitId: '默认责任单位'
}

/**
 * Renames, recategorises or rewrites an item. Its village items stay as they are: whether an item
 * applies to a village is the village's decision ("一村一策"), not a consequence of its category.
 */
export function updateCatalogItem(
  ctx: AppContext,
  id: number,
  changes: Partial<CatalogItemInput>
): CatalogItemRow {
  return ctx.db.transaction(() => {
    const before = liveItem(ctx.db, id)
    const changed = (Object.keys(FIELD_LABEL) as (keyof CatalogItemInput)[]).filter(
      (key) => changes[key] !== undefined && changes[key] !== before[key]
    )
    if (changed.length === 0) return before
    if (changes.name !== undefined && changed.includes('name')) assertNameFree(ctx.db, changes.name, id)
    if (changed.includes('defaultUnitId')) assertUnit(ctx.db, changes.defaultUnitId ?? null)
    const next = { ...before, ...Object.fromEntries(changed.map((k) => [k, changes[k]])) }
    ctx.db
      .prepare(
        'UPDATE governance_item SET category = ?, name = ?, standard = ?, default_unit_id = ? WHERE id = ?'
      )
      .run(next.category, next.name, next.standard, next.defaultUnitId, id)
    const after = catalogRow(ctx.db, id)
    writeAudit(ctx.db, ctx.clock, {
      entity: 'governance_item',
      entityId: id,
      action: 'update',
      summary: `修改治理事项“${before.name}”的${changed.map((k) => FIELD_LABEL[k]).join('、')}`,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]]))
    })
    return after
  })()
}

/** Puts the live items in the given order; the list must name each live item exactly once. */
export function reorderCatalog(ctx: AppContext, ids: number[]): void {
  ctx.db.transaction(() => {
    const live = selectValue<number>(
      ctx.db,
      'SELECT id FROM governance_item WHERE deleted_at IS NULL ORDER BY sort_order, id'
    ).all()
    const same =
      ids.length === live.length && new Set(ids).size === ids.length && ids.every((i) => live.includes(i))
    if (!same) {
      throw new UserError('conflict', '事项顺序与当前目录不一致（可能刚有其他修改），请刷新后重试。')
    }
    if (ids.every((value, i) => value === live[i])) return
    const update = ctx.db.prepare('UPDATE governance_item SET sort_order = ? WHERE id = ?')
    ids.forEach((id, index) => update.run(index + 1, id))
    writeAudit(ctx.db, ctx.clock, {
      entity: 'governance_item',
      action: 'update',
      summary: '调整治理事项的排列顺序',
      before: live,
      after: ids
    })
  })()
}

/**
 * Soft removal (回收站): the item leaves the catalog, the matrix and every count, but its village items,
 * reports and milestones stay untouched, so restoring it brings everything back.
 */
export function removeCatalogItem(ctx: AppContext, id: number): void {
  ctx.db.transaction(() => {
    const before = liveItem(ctx.db, id)
    ctx.db.prepare('UPDATE governance_item SET deleted_at = ? WHERE id = ?').run(ctx.clock.now(), id)
    writeAudit(ctx.db, ctx.clock, {
      entity: 'governance_item',
      entityId: id,
      action: 'delete',
      summary:
        `删除治理事项“${before.name}”（移入回收站，可恢复）；` +
        `其${before.applicableVillages}个村的治理事项不再计入统计`,
      before
    })
  })()
}

/** Brings a removed item back; villages made while it was away get their village item now. */
export function restoreCatalogItem(ctx: AppContext, id: number): CatalogItemRow {
  return ctx.db.transaction(() => {
    const stored = select<StoredCatalogItem>(ctx.db, `${CATALOG_SELECT} WHERE gi.id = ?`).get(id)
    if (!stored) throw new UserError('not-found', `找不到编号为${id}的治理事项`)
    if (stored.deletedAt === null) throw new UserError('conflict', `治理事项“${stored.name}”不在回收站中`)
    assertNameFree(ctx.db, stored.name, id)
    const last =
      selectValue<number | null>(
        ctx.db,
        'SELECT max(sort_order) FROM governance_item WHERE deleted_at IS NULL'
      ).one() ?? 0
    ctx.db
      .prepare('UPDATE governance_item SET deleted_at = NULL, sort_order = ? WHERE id = ?')
      .run(last + 1, id)
    const added = addMissingVillageItems(ctx, id)
    const after = catalogRow(ctx.db, id)
    writeAudit(ctx.db, ctx.clock, {
      entity: 'governance_item',
      entityId: id,
      action: 'restore',
      summary:
        `从回收站恢复治理事项“${stored.name}”` +
        (added > 0 ? `，并为${added}个新增城中村建立村治理事项` : ''),
      after
    })
    return after
  })()
}

/**
 * Makes sure every urban village has a village item for the catalog item (the matrix needs a cell in
 * every row); returns how many were added. Same rule as a new item: 提升 starts as 不适用.
 */
export function addMissingVillageItems(ctx: AppContext, itemId: number): number {
  const item = select<CamelRow<'governance_item', 'category' | 'default_unit_id'>>(
    ctx.db,
    'SELECT category, default_unit_id AS defaultUnitId FROM governance_item WHERE id = ?'
  ).one(itemId)
  return ctx.db
    .prepare(
      `INSERT INTO village_item (village_id, item_id, applicable, responsible_unit_id, note, updated_at)
       SELECT a.id, ?, ?, ?, ?, ? FROM area a
        WHERE a.is_urban_village = 1
          AND NOT EXISTS (SELECT 1 FROM village_item vi WHERE vi.village_id = a.id AND vi.item_id = ?)`
    )
    .run(
      itemId,
      item.category === 'upgrade' ? 0 : 1,
      item.defaultUnitId,
      item.category === 'upgrade' ? '提升类事项由各村“一村一策”选择实施' : '',
      ctx.clock.now(),
      itemId
    ).changes
}

function catalogRow(db: Database, id: number): CatalogItemRow {
  return toRow(select<StoredCatalogItem>(db, `${CATALOG_SELECT} WHERE gi.id = ?`).one(id))
}

function liveItem(db: Database, id: number): CatalogItemRow {
  const stored = select<StoredCatalogItem>(db, `${CATALOG_SELECT} WHERE gi.id = ?`).get(id)
  if (!stored || stored.deletedAt !== null) throw new UserError('not-found', `找不到编号为${id}的治理事项`)
  return toRow(stored)
}

function liveCounts(db: Database): Record<ItemCategory, number> {
  return countByCategory(
    select<Pick<Row<'governance_item'>, 'category'>>(
      db,
      'SELECT category FROM governance_item WHERE deleted_at IS NULL'
    ).all()
  )
}

function assertNameFree(db: Database, name: string, exceptId: number | null): void {
  const other = db
    .prepare('SELECT id FROM governance_item WHERE name = ? AND deleted_at IS NULL AND id IS NOT ?')
    .get(name, exceptId)
  if (other) throw new UserError('conflict', `目录中已有名为“${name}”的治理事项，请换一个名称`)
}

function assertUnit(db: Database, unitId: number | null): void {
  if (unitId === null) return
  if (!db.prepare('SELECT 1 FROM unit WHERE id = ? AND deleted_at IS NULL').get(unitId))
    throw new UserError('not-found', `找不到编号为${unitId}的单位，请重新选择默认责任单位`)
}

function toRow(stored: StoredCatalogItem): CatalogItemRow {
  return { ...stored, isSample: stored.isSample === 1 }
}

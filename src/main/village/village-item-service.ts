import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import type { IsoDate } from '../../shared/civil-date'
import type { MilestoneView, VillageItemDetail } from '../../shared/contract'
import type { villageItemUpdateInput } from '../../shared/contract/village'
import { WORK_STATUS_LABEL } from '../../shared/domain'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { lightOf } from '../calendar/light'
import { writeAudit } from '../store/audit'
import type { Row } from '../store/rows'
import { select } from '../store/typed-query'
import { villageDisplayName } from './urban-villages'

/** A village item as loadStored reads it: the drawer's fields before place, light and milestones are added. */
type StoredItem = Omit<
  VillageItemDetail,
  'village' | 'community' | 'town' | 'district' | 'applicable' | 'light' | 'milestones'
> &
  Pick<Row<'village_item'>, 'applicable'> & { itemDeleted: Row<'governance_item'>['deleted_at'] }

function loadStored(db: Database, id: number): StoredItem {
  const row = select<StoredItem>(
    db,
    `SELECT vi.id, vi.village_id AS villageId, gi.id AS itemId, gi.name AS itemName, gi.category,
              gi.standard, gi.deleted_at AS itemDeleted, vi.applicable,
              vi.responsible_unit_id AS responsibleUnitId, u.name AS responsibleUnit, vi.deadline, vi.status,
              vi.percent, vi.completed_date AS completedDate, vi.note, vi.updated_at AS updatedAt
         FROM village_item vi JOIN governance_item gi ON gi.id = vi.item_id
         LEFT JOIN unit u ON u.id = vi.responsible_unit_id
        WHERE vi.id = ?`
  ).get(id)
  if (!row) throw new UserError('not-found', `找不到编号为${id}的村治理事项`)
  return row
}

function placeOf(
  db: Database,
  villageId: number
): Pick<VillageItemDetail, 'village' | 'community' | 'town' | 'district'> {
  // The item's own village only: one walk up its chain, not the whole city.
  const chain = select<Pick<Row<'area'>, 'level' | 'name'> & { depth: number }>(
    db,
    `WITH RECURSIVE up(id, parent_id, level, name, depth) AS (
         SELECT id, parent_id, level, name, 0 FROM area WHERE id = ?
         UNION ALL SELECT a.id, a.parent_id, a.level, a.name, up.depth + 1 FROM up JOIN area a ON a.id = up.parent_id)
       SELECT level, name, depth FROM up ORDER BY depth`
  ).all(villageId)
  return {
    village: chain[0]?.name ?? '',
    community: chain.slice(1).find((a) => a.level === 'village')?.name ?? null,
    town: chain.find((a) => a.level === 'town')?.name ?? '',
    district: chain.find((a) => a.level === 'district')?.name ?? ''
  }
}

/** One village item as the drawer shows it: place, catalog text, fields, light and milestones. */
export function getVillageItem(ctx: AppContext, id: number, asOf: IsoDate): VillageItemDetail {
  const stored = loadStored(ctx.db, id)
  const calendar = ctx.calendar()
  const { yellowWindow } = ctx.settings()
  const milestones = select<Omit<MilestoneView, 'light'>>(
    ctx.db,
    `SELECT id, seq, title, deadline, status, completed_date AS completedDate
           FROM milestone WHERE village_item_id = ? ORDER BY seq, deadline, id`
  )
    .all(id)
    .map((m) => ({ ...m, light: lightOf(m, asOf, calendar, yellowWindow) }))
  const { itemDeleted: _deleted, applicable, ...rest } = stored
  return {
    ...rest,
    ...placeOf(ctx.db, stored.villageId),
    applicable: applicable === 1,
    light: applicable === 1 ? lightOf(stored, asOf, calendar, yellowWindow) : null,
    milestones
  }
}

export type VillageItemChanges = Omit<z.output<typeof villageItemUpdateInput>, 'id'>

const FIELD_LABEL: Record<keyof VillageItemChanges, string> = {
  applicable: '是否适用',
  responsibleUnitId: '责任单位',
  deadline: '完成时限',
  status: '状态',
  completedDate: '完成日期',
  note: '备注'
}

type Fields = Pick<
  VillageItemDetail,
  'applicable' | 'responsibleUnitId' | 'deadline' | 'status' | 'completedDate' | 'note' | 'percent'
>

/**
 * The status rules every change (one cell or many) follows: 办结 needs its completion date and means
 * 100%; an item that is not done has no completion date.
 */
export function settleStatus(fields: Fields, where: string): Fields {
  if (fields.status === 'done') {
    if (fields.completedDate === null)
      throw new UserError('invalid-input', `${where}标记为已办结时，请填写完成日期`)
    return { ...fields, percent: 100 }
  }
  return { ...fields, completedDate: null }
}

/** Changes one village item in one transaction, with an audit row naming the fields that changed. */
export function updateVillageItem(
  ctx: AppContext,
  id: number,
  changes: VillageItemChanges,
  asOf: IsoDate
): VillageItemDetail {
  ctx.db.transaction(() => {
    const stored = loadStored(ctx.db, id)
    if (stored.itemDeleted !== null)
      throw new UserError('conflict', `治理事项“${stored.itemName}”已在回收站中，请先恢复该事项`)
    if (changes.responsibleUnitId != null) assertUnit(ctx.db, changes.responsibleUnitId)
    const before: Fields = {
      applicable: stored.applicable === 1,
      responsibleUnitId: stored.responsibleUnitId,
      deadline: stored.deadline,
      status: stored.status,
      completedDate: stored.completedDate,
      note: stored.note,
      percent: stored.percent
    }
    const merged = { ...before }
    for (const key of Object.keys(FIELD_LABEL) as (keyof VillageItemChanges)[]) {
      if (changes[key] !== undefined) Object.assign(merged, { [key]: changes[key] })
    }
    const place = placeOf(ctx.db, stored.villageId)
    const where = `${place.district}${villageDisplayName({ name: place.village, community: place.community })}的“${stored.itemName}”`
    const after = settleStatus(merged, where)
    const changed = (Object.keys(after) as (keyof Fields)[]).filter((k) => after[k] !== before[k])
    if (changed.length === 0) return
    ctx.db
      .prepare(
        `UPDATE village_item SET applicable = ?, responsible_unit_id = ?, deadline = ?, status = ?,
                completed_date = ?, note = ?, percent = ?, updated_at = ? WHERE id = ?`
      )
      .run(
        after.applicable ? 1 : 0,
        after.responsibleUnitId,
        after.deadline,
        after.status,
        after.completedDate,
        after.note,
        after.percent,
        ctx.clock.now(),
        id
      )
    const named = changed.filter((k): k is keyof VillageItemChanges => k !== 'percent')
    writeAudit(ctx.db, ctx.clock, {
      entity: 'village_item',
      entityId: id,
      action: 'update',
      summary: `修改${where}的${named.map((k) => FIELD_LABEL[k]).join('、')}${describeStatus(before, after)}`,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]]))
    })
  })()
  return getVillageItem(ctx, id, asOf)
}

function describeStatus(before: Fields, after: Fields): string {
  return before.status === after.status
    ? ''
    : `（${WORK_STATUS_LABEL[before.status]}→${WORK_STATUS_LABEL[after.status]}）`
}

export function assertUnit(db: Database, unitId: number): void {
  if (!db.prepare('SELECT 1 FROM unit WHERE id = ? AND deleted_at IS NULL').get(unitId))
    throw new UserError('not-found', `找不到编号为${unitId}的单位，请重新选择责任单位`)
}

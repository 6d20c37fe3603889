import type { IsoDate } from '../../../../shared/civil-date'
import type { ItemCategory, LightInfo } from '../../../../shared/domain'
import type { AppContext } from '../../../app-context'
import { lightOf } from '../../../calendar/light'
import { URBAN_VILLAGE_PATH_SQL } from '../../../ledger/village-item-queries'
import type { CamelRow, Row } from '../../../store/rows'
import { select } from '../../../store/typed-query'
import type { VillageItemValues } from './village-fields'

export interface ExportVillage {
  id: number
  district: string
  town: string
  /** The 村(居): the village itself, or the 村(居) above an urban village that is a 社. */
  community: string
  /** The 村民小组(社) when the urban village is one; '' otherwise. */
  group: string
}

/** A village item as the export writes it: its values, its catalog item, unit name and light. */
export type ExportVillageItem = VillageItemValues &
  CamelRow<'village_item', 'village_id' | 'item_id'> & {
    itemName: string
    category: ItemCategory
    unit: string | null
    light: LightInfo
  }

export interface VillageExportData {
  villages: ExportVillage[]
  items: Pick<Row<'governance_item'>, 'id' | 'name' | 'category'>[]
  /** By village id, then catalog order. */
  villageItems: Map<number, ExportVillageItem[]>
}

/** The matrix of the 治理事项 page: every urban village (or those the grid shows) × the catalog. */
export function villageExportData(
  ctx: AppContext,
  asOf: IsoDate,
  villageIds: readonly number[] | null
): VillageExportData {
  const only = villageIds ? new Set(villageIds) : null
  const villages = select<{
    id: number
    district: string
    town: string
    village: string
    community: string | null
  }>(
    ctx.db,
    `WITH path AS (${URBAN_VILLAGE_PATH_SQL})
     SELECT path.villageId AS id, path.district, path.town, path.village, path.community
       FROM path JOIN area a ON a.id = path.villageId
      ORDER BY path.districtId, path.town, ifnull(path.community, path.village), a.sort_order, path.village`
  )
    .all()
    .filter((v) => !only || only.has(v.id))
    .map((v) => ({
      id: v.id,
      district: v.district,
      town: v.town,
      community: v.community ?? v.village,
      group: v.community ? v.village : ''
    }))
  const items = select<VillageExportData['items'][number]>(
    ctx.db,
    'SELECT id, name, category FROM governance_item WHERE deleted_at IS NULL ORDER BY sort_order, id'
  ).all()
  const calendar = ctx.calendar()
  const { yellowWindow } = ctx.settings()
  const rows = select<
    Omit<ExportVillageItem, 'applicable' | 'light'> & Pick<Row<'village_item'>, 'applicable'>
  >(
    ctx.db,
    `SELECT vi.village_id AS villageId, vi.item_id AS itemId, gi.name AS itemName, gi.category, vi.applicable,
            u.name AS unit, vi.deadline, vi.status, vi.percent, vi.completed_date AS completedDate, vi.note
       FROM village_item vi
       JOIN governance_item gi ON gi.id = vi.item_id AND gi.deleted_at IS NULL
       LEFT JOIN unit u ON u.id = vi.responsible_unit_id
      ORDER BY vi.village_id, gi.sort_order, gi.id`
  ).all()
  const villageItems = new Map<number, ExportVillageItem[]>()
  const wanted = new Set(villages.map((v) => v.id))
  for (const row of rows) {
    if (!wanted.has(row.villageId)) continue
    const item: ExportVillageItem = {
      ...row,
      applicable: row.applicable === 1,
      light: lightOf(row, asOf, calendar, yellowWindow)
    }
    villageItems.set(row.villageId, [...(villageItems.get(row.villageId) ?? []), item])
  }
  return { villages, items, villageItems }
}

import type { IsoDate } from '../../../../shared/civil-date'
import type { ItemCategory, LightInfo, WorkStatus } from '../../../../shared/domain'
import type { AppContext } from '../../../app-context'
import { lightOf } from '../../../calendar/light'
import { URBAN_VILLAGE_PATH_SQL } from '../../../ledger/village-item-queries'

export interface ExportVillage {
  id: number
  district: string
  town: string
  /** The 村(居): the village itself, or the 村(居) above an urban village that is a 社. */
  community: string
  /** The 村民小组(社) when the urban village is one; '' otherwise. */
  group: string
}

export interface ExportVillageItem {
  villageId: number
  itemId: number
  itemName: string
  category: ItemCategory
  applicable: boolean
  unit: string | null
  deadline: IsoDate | null
  status: WorkStatus
  percent: number
  completedDate: IsoDate | null
  note: string
  light: LightInfo
}

export interface VillageExportData {
  villages: ExportVillage[]
  items: { id: number; name: string; category: ItemCategory }[]
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
  const villages = (
    ctx.db
      .prepare(
        `WITH path AS (${URBAN_VILLAGE_PATH_SQL})
         SELECT path.villageId AS id, path.district, path.town, path.village, path.community
           FROM path JOIN area a ON a.id = path.villageId
          ORDER BY path.districtId, path.town, ifnull(path.community, path.village), a.sort_order, path.village`
      )
      .all() as { id: number; district: string; town: string; village: string; community: string | null }[]
  )
    .filter((v) => !only || only.has(v.id))
    .map((v) => ({
      id: v.id,
      district: v.district,
      town: v.town,
      community: v.community ?? v.village,
      group: v.community ? v.village : ''
    }))
  const items = ctx.db
    .prepare(
      'SELECT id, name, category FROM governance_item WHERE deleted_at IS NULL ORDER BY sort_order, id'
    )
    .all() as VillageExportData['items']
  const calendar = ctx.calendar()
  const { yellowWindow } = ctx.settings()
  const rows = ctx.db
    .prepare(
      `SELECT vi.village_id AS villageId, vi.item_id AS itemId, gi.name AS itemName, gi.category, vi.applicable,
              u.name AS unit, vi.deadline, vi.status, vi.percent, vi.completed_date AS completedDate, vi.note
         FROM village_item vi
         JOIN governance_item gi ON gi.id = vi.item_id AND gi.deleted_at IS NULL
         LEFT JOIN unit u ON u.id = vi.responsible_unit_id
        ORDER BY vi.village_id, gi.sort_order, gi.id`
    )
    .all() as (Omit<ExportVillageItem, 'applicable' | 'light'> & { applicable: number })[]
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

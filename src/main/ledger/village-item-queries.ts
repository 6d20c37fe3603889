import type { Database } from 'better-sqlite3'
import type { IsoDate } from '../../shared/civil-date'
import type { ItemCategory, WorkStatus } from '../../shared/domain'

/** An applicable village item with the names a list or a document shows next to it. */
export interface StoredVillageItem {
  id: number
  villageId: number
  village: string
  /** The 村(居)/社区 above an urban village that is a 村民小组(社); null when the village is the 村 itself. */
  community: string | null
  town: string
  district: string
  districtId: number
  itemId: number
  itemName: string
  category: ItemCategory
  unit: string | null
  deadline: IsoDate | null
  status: WorkStatus
  percent: number
  completedDate: IsoDate | null
}

/**
 * The urban village is flagged on a 村(居) or on a 村民小组(社); its 镇(街) and 区 are found by walking
 * up the tree, so both shapes give the same columns.
 */
export const URBAN_VILLAGE_PATH_SQL = `
  WITH RECURSIVE up(village_id, id, parent_id, level, name) AS (
    SELECT id, id, parent_id, level, name FROM area WHERE is_urban_village = 1
    UNION ALL
    SELECT up.village_id, a.id, a.parent_id, a.level, a.name FROM up JOIN area a ON a.id = up.parent_id
  )
  SELECT village_id AS villageId,
         max(CASE WHEN id = village_id THEN name END) AS village,
         max(CASE WHEN id <> village_id AND level = 'village' THEN name END) AS community,
         max(CASE WHEN level = 'town' THEN name END) AS town,
         max(CASE WHEN level = 'district' THEN name END) AS district,
         max(CASE WHEN level = 'district' THEN id END) AS districtId
    FROM up GROUP BY village_id`

export function loadVillageItems(db: Database): StoredVillageItem[] {
  const statement = db.prepare(
    `WITH path AS (${URBAN_VILLAGE_PATH_SQL})
       SELECT vi.id, vi.village_id AS villageId, path.village, path.community, path.town, path.district, path.districtId,
              gi.id AS itemId, gi.name AS itemName, gi.category, u.name AS unit, vi.deadline, vi.status,
              vi.percent, vi.completed_date AS completedDate
         FROM village_item vi
         JOIN path ON path.villageId = vi.village_id
         JOIN governance_item gi ON gi.id = vi.item_id AND gi.deleted_at IS NULL
         LEFT JOIN unit u ON u.id = vi.responsible_unit_id
        WHERE vi.applicable = 1
        ORDER BY path.districtId, path.town, path.village, gi.sort_order`
  )
  // Rows as arrays, made into objects here: for 17,000 rows (ten times the sample) better-sqlite3's own
  // named rows take several times longer, and 总览, `summary` and `due` each load them all.
  const names = statement.columns().map((c) => c.name)
  return (statement.raw().all() as unknown[][]).map((values) => {
    const row: Record<string, unknown> = {}
    for (let i = 0; i < names.length; i++) row[names[i]] = values[i]
    return row as unknown as StoredVillageItem
  })
}

export function countUrbanVillages(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM area WHERE is_urban_village = 1').get() as { n: number }).n
}

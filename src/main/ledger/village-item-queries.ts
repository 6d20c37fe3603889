import type { Database } from 'better-sqlite3'
import type { VillageItemDetail } from '../../shared/contract'
import { cachedByDataStamp } from '../store/data-stamp'
import type { CamelRow, Row, Tuple } from '../store/rows'
import { select, selectTuples } from '../store/typed-query'
import { loadCellRecords } from '../village/village-matrix'

/** Where an urban village lies: its own name and the 村(居), 镇(街) and 区 above it. */
type VillagePlace = Pick<VillageItemDetail, 'villageId' | 'village' | 'community' | 'town' | 'district'> & {
  districtId: number
}

/**
 * An applicable village item with the names a list or a document shows next to it (shared: read only).
 * `community` is the 村(居)/社区 above an urban village that is a 村民小组(社); null when the village is
 * the 村 itself.
 */
export type StoredVillageItem = Readonly<
  VillagePlace &
    Pick<
      VillageItemDetail,
      'id' | 'itemId' | 'itemName' | 'category' | 'deadline' | 'status' | 'percent' | 'completedDate'
    > & { unit: string | null }
>

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

/**
 * Every applicable village item of a catalog item in use, in the order of 区, 镇(街), 村 and the catalog.
 * The places (about 1,000), catalog items and units are read once and joined here, so 17,000 rows (ten
 * times the sample) share their name strings instead of each decoding its own: 总览, `summary`, `due`
 * and the documents each load them all, and the joined SQL took four times as long.
 */
export const loadVillageItems = cachedByDataStamp(readVillageItems)

function readVillageItems(db: Database): readonly StoredVillageItem[] {
  const places = select<VillagePlace>(
    db,
    `SELECT * FROM (${URBAN_VILLAGE_PATH_SQL}) ORDER BY districtId, town, village`
  ).all()
  const placeOf = new Map(places.map((place, rank) => [place.villageId, { place, rank }]))
  const catalog = new Map(
    select<CamelRow<'governance_item', 'id' | 'name' | 'category' | 'sort_order'>>(
      db,
      'SELECT id, name, category, sort_order AS sortOrder FROM governance_item WHERE deleted_at IS NULL'
    )
      .all()
      .map((item) => [item.id, item])
  )
  const catalogRank = new Map(
    [...catalog.values()]
      .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
      .map((item, rank) => [item.id, rank])
  )
  const units = new Map(
    selectTuples<Tuple<Row<'unit'>, ['id', 'name']>>(db, 'SELECT id, name FROM unit').all()
  )
  // Each row with one sort number (place rank, then catalog order), worked out once, not per comparison.
  const rows: { key: number; item: StoredVillageItem }[] = []
  for (const cell of loadCellRecords(db)) {
    const at = placeOf.get(cell.villageId)
    const item = catalog.get(cell.itemId)
    if (!cell.applicable || !at || !item) continue
    const { place, rank } = at
    const stored: StoredVillageItem = {
      id: cell.id,
      villageId: cell.villageId,
      village: place.village,
      community: place.community,
      town: place.town,
      district: place.district,
      districtId: place.districtId,
      itemId: cell.itemId,
      itemName: item.name,
      category: item.category,
      unit: cell.unitId === null ? null : (units.get(cell.unitId) ?? null),
      deadline: cell.deadline,
      status: cell.status,
      percent: cell.percent,
      completedDate: cell.completedDate
    }
    rows.push({ key: rank * catalog.size + catalogRank.get(cell.itemId)!, item: stored })
  }
  rows.sort((a, b) => a.key - b.key || a.item.id - b.item.id)
  return rows.map((row) => row.item)
}

export function countUrbanVillages(db: Database): number {
  return select<{ n: number }>(db, 'SELECT count(*) AS n FROM area WHERE is_urban_village = 1').one().n
}

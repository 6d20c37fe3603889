import type { Database } from 'better-sqlite3'
import { selectValue } from '../store/typed-query'

/**
 * The ids of an area and everything under it (区 → 镇(街) → 村(居) → 村民小组). The ledger, the village
 * matrix and the wall chart all filter on it when the clerk picks a node of the area tree.
 */
export function areaSubtreeIds(db: Database, areaId: number): number[] {
  return selectValue<number>(
    db,
    `WITH RECURSIVE sub(id) AS (SELECT id FROM area WHERE id = ? UNION ALL SELECT a.id FROM area a JOIN sub ON a.parent_id = sub.id)
       SELECT id FROM sub`
  ).all(areaId)
}

/** The area and its ancestors up to the 区, nearest first. */
export function areaAncestorIds(db: Database, areaId: number): number[] {
  return selectValue<number>(
    db,
    `WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM area WHERE id = ? UNION ALL SELECT a.id, a.parent_id FROM area a JOIN up ON a.id = up.parent_id)
       SELECT id FROM up`
  ).all(areaId)
}

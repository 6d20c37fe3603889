import type { Database } from 'better-sqlite3'
import type { CamelRow } from '../store/rows'
import { select } from '../store/typed-query'

export type AreaRecord = CamelRow<'area', 'id' | 'parent_id' | 'level' | 'name' | 'sort_order'>

export function loadAreas(db: Database): AreaRecord[] {
  return select<AreaRecord>(
    db,
    'SELECT id, parent_id AS parentId, level, name, sort_order AS sortOrder FROM area ORDER BY sort_order, id'
  ).all()
}

/** Every area's path from its 区, joined with ·: 东湖区·湖滨街道·塔头社. */
export function areaPaths(db: Database, areas: readonly AreaRecord[] = loadAreas(db)): Map<number, string> {
  const byId = new Map(areas.map((a) => [a.id, a]))
  const paths = new Map<number, string>()
  const pathOf = (id: number): string => {
    const known = paths.get(id)
    if (known !== undefined) return known
    const a = byId.get(id)
    if (!a) return ''
    const p = a.parentId === null ? a.name : `${pathOf(a.parentId)}·${a.name}`
    paths.set(id, p)
    return p
  }
  for (const a of areas) pathOf(a.id)
  return paths
}

/** The 区 and 镇(街) an area lies in (itself included), for grouping problems 区 → 镇(街) → 点位. */
export function districtAndTown(
  areas: ReadonlyMap<number, AreaRecord>,
  id: number
): { district: string; town: string } {
  let district = ''
  let town = ''
  for (let a = areas.get(id); a; a = a.parentId === null ? undefined : areas.get(a.parentId)) {
    if (a.level === 'district') district = a.name
    if (a.level === 'town') town = a.name
  }
  return { district, town }
}

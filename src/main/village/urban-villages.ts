import type { Database } from 'better-sqlite3'
import type { AreaLevel } from '../../shared/domain'
import type { Camel, Row } from '../store/rows'
import { select } from '../store/typed-query'

/** An area as stored, its urban-village flag as a boolean. */
export type AreaRecord = Camel<Omit<Row<'area'>, 'is_urban_village'>> & { isUrbanVillage: boolean }

/** An urban village with the names of the areas above it and the ids of its whole chain. */
export interface UrbanVillage {
  id: number
  name: string
  /** The 村(居)/社区 above a village that is a 社; null when the village is the 村(居) itself. */
  community: string | null
  town: string
  district: string
  districtId: number
  /** The village's id and every ancestor's, nearest first, ending with the 区. */
  path: number[]
}

export function loadAreas(db: Database): AreaRecord[] {
  return select<Camel<Row<'area'>>>(
    db,
    `SELECT id, parent_id AS parentId, level, name, is_urban_village AS isUrbanVillage, sort_order AS sortOrder
           FROM area ORDER BY sort_order, id`
  )
    .all()
    .map((a) => ({ ...a, isUrbanVillage: a.isUrbanVillage === 1 }))
}

/**
 * Every urban village in the office's order (区, then 镇(街), then 村, then 社, each by sort order), with
 * its chain of areas (siblings by sort order, then id). One query over the whole area table and a walk in memory: 5,000 areas at ten times
 * the sample take a few milliseconds, and a village at the 村(居) or at the 社 level comes out the same.
 */
export function loadUrbanVillages(db: Database, areas: AreaRecord[] = loadAreas(db)): UrbanVillage[] {
  const byId = new Map(areas.map((a) => [a.id, a]))
  const villages: (UrbanVillage & { order: number[] })[] = []
  for (const area of areas) {
    if (!area.isUrbanVillage) continue
    const chain: AreaRecord[] = []
    for (let a: AreaRecord | undefined = area; a; a = a.parentId === null ? undefined : byId.get(a.parentId))
      chain.push(a)
    const named = (level: AreaLevel): AreaRecord | undefined => chain.find((a) => a.level === level)
    const district = named('district')
    const community = chain.slice(1).find((a) => a.level === 'village')
    villages.push({
      id: area.id,
      name: area.name,
      community: community?.name ?? null,
      town: named('town')?.name ?? '',
      district: district?.name ?? '',
      districtId: district?.id ?? 0,
      path: chain.map((a) => a.id),
      order: chain.flatMap((a) => [a.id, a.sortOrder]).reverse()
    })
  }
  villages.sort((a, b) => compareOrder(a.order, b.order))
  return villages.map(({ order: _order, ...v }) => v)
}

function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i]
  return a.length - b.length
}

/** A village's display name: 塔头社 inside 黄厝社区 reads 黄厝社区塔头社, as documents write it. */
export function villageDisplayName(v: { name: string; community: string | null }): string {
  return v.community ? `${v.community}${v.name}` : v.name
}

import type { Database } from 'better-sqlite3'
import type { AreaLevel } from '../../../../shared/domain'
import type { CamelRow } from '../../../store/rows'
import { select } from '../../../store/typed-query'
import { nameKey } from '../../value-reading'

/** An area row with its flag as a boolean. */
type StoredArea = CamelRow<'area', 'id' | 'parent_id' | 'level' | 'name' | 'is_urban_village'>
type Area = Omit<StoredArea, 'isUrbanVillage'> & { isUrbanVillage: boolean }

export type AreaMatch = { ok: true; villageId: number; label: string } | { ok: false; message: string }

/**
 * Finds the urban village a long-form row names, by 区 / 镇(街) / 村(居) / 村民小组 names (full-width,
 * half-width and spaces aside). Areas are never created by an import: an unknown or ambiguous name is a
 * row error naming it. 区 and 镇(街) may be left out when the 村(居) name alone is unique in the city.
 */
export class AreaLookup {
  private readonly children = new Map<number | null, Area[]>()
  private readonly byLevel = new Map<AreaLevel, Area[]>()
  private readonly byId = new Map<number, Area>()

  constructor(db: Database) {
    const areas = select<StoredArea>(
      db,
      'SELECT id, parent_id AS parentId, level, name, is_urban_village AS isUrbanVillage FROM area ORDER BY sort_order, id'
    ).all()
    for (const raw of areas) {
      const area: Area = { ...raw, isUrbanVillage: raw.isUrbanVillage === 1 }
      this.children.set(area.parentId, [...(this.children.get(area.parentId) ?? []), area])
      this.byLevel.set(area.level, [...(this.byLevel.get(area.level) ?? []), area])
      this.byId.set(area.id, area)
    }
  }

  find(names: {
    district: string | null
    town: string | null
    village: string
    group: string | null
  }): AreaMatch {
    let scope: Area[] | null = null
    if (names.district) {
      const district = this.one('district', names.district, null)
      if (!district.ok) return district
      scope = [district.area]
    }
    if (names.town) {
      const town = this.one('town', names.town, scope)
      if (!town.ok) return town
      scope = [town.area]
    }
    const village = this.one('village', names.village, scope)
    if (!village.ok) return village
    let target = village.area
    if (names.group) {
      const group = this.one('group', names.group, [village.area])
      if (!group.ok) return group
      target = group.area
    }
    const label = this.pathOf(target)
    if (target.isUrbanVillage) return { ok: true, villageId: target.id, label }
    const urbanGroups = (this.children.get(target.id) ?? []).filter((a) => a.isUrbanVillage)
    if (urbanGroups.length > 0) {
      return {
        ok: false,
        message: `“${target.name}”本身不是城中村，它下面的城中村是村民小组(社)：${urbanGroups.map((g) => g.name).join('、')}；请填写村民小组(社)列`
      }
    }
    return { ok: false, message: `“${label}”不是城中村，不能登记治理事项` }
  }

  private one(
    level: AreaLevel,
    name: string,
    scope: Area[] | null
  ): { ok: true; area: Area } | { ok: false; message: string } {
    const key = nameKey(name)
    const pool = scope ? this.descendants(scope, level) : (this.byLevel.get(level) ?? [])
    const found = pool.filter((a) => nameKey(a.name) === key)
    const what = { district: '区', town: '镇(街)', village: '村(居)', group: '村民小组(社)' }[level]
    const within = scope ? `“${scope.map((a) => a.name).join('')}”下` : '数据文件中'
    if (found.length === 1) return { ok: true, area: found[0] }
    if (found.length === 0)
      return { ok: false, message: `${within}没有名为“${name}”的${what}（导入不会新建区、镇、村）` }
    return {
      ok: false,
      message: `${within}有${found.length}个名为“${name}”的${what}（${found.map((a) => this.pathOf(a)).join('；')}），请填写区和镇(街)以区分`
    }
  }

  private descendants(scope: Area[], level: AreaLevel): Area[] {
    const out: Area[] = []
    const walk = (area: Area) => {
      for (const child of this.children.get(area.id) ?? []) {
        if (child.level === level) out.push(child)
        else walk(child)
      }
    }
    scope.forEach(walk)
    return out
  }

  private pathOf(area: Area): string {
    const parts = [area.name]
    let parentId = area.parentId
    while (parentId !== null) {
      const parent = this.byId.get(parentId)
      if (!parent) break
      parts.unshift(parent.name)
      parentId = parent.parentId
    }
    return parts.join('·')
  }
}

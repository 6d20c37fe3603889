import type { Database } from 'better-sqlite3'
import type { AreaLevel } from '../../../../shared/domain'
import { loadAreas, type AreaRecord } from '../../../assessment/area-paths'
import { nameKey } from '../../value-reading'

// The suffixes a name may carry or drop: 东湖区/东湖, 湖滨街道/湖滨街/湖滨, 塔头社区/塔头社/塔头村.
const SUFFIX = /(街道办事处|街道办|街道|社区居委会|村委会|居委会|社区|街|镇|乡|区|县|村|社|居)$/

/** A name as matched: nameKey, then without its administrative suffix (never down to nothing). */
export function looseKey(name: string): string {
  const key = nameKey(name)
  const bare = key.replace(SUFFIX, '')
  return bare.length >= 1 ? bare : key
}

export type AreaFound =
  | { ok: true; id: number; path: string }
  | { ok: false; message: string; level: 'district' | 'town' | 'village' }

const WHAT: Record<AreaLevel, string> = {
  district: '区',
  town: '镇(街)',
  village: '村(居)',
  group: '村民小组(社)'
}

/**
 * Finds the area a row names by 区 / 镇(街) / 村(居), as the ledger matches units: exact name first, then
 * the name without its suffix (东湖 for 东湖区, 湖滨街 for 湖滨街道). Areas are never created: an unknown or
 * ambiguous name is an error naming it. The 区 may be left out where the 镇(街) alone is unique.
 */
export class AreaMatcher {
  private readonly areas: AreaRecord[]
  private readonly byId: Map<number, AreaRecord>
  private readonly cache = new Map<string, AreaFound>()
  /** level → nameKey / looseKey → its areas, in tree order: a 5,000-row workbook looks a name up in O(1). */
  private readonly exactIndex = new Map<AreaLevel, Map<string, AreaRecord[]>>()
  private readonly looseIndex = new Map<AreaLevel, Map<string, AreaRecord[]>>()

  constructor(db: Database) {
    this.areas = loadAreas(db)
    this.byId = new Map(this.areas.map((a) => [a.id, a]))
    for (const a of this.areas) {
      indexUnder(this.exactIndex, a.level, nameKey(a.name), a)
      indexUnder(this.looseIndex, a.level, looseKey(a.name), a)
    }
  }

  path(id: number): string {
    const parts: string[] = []
    for (let a = this.byId.get(id); a; a = a.parentId === null ? undefined : this.byId.get(a.parentId))
      parts.unshift(a.name)
    return parts.join('·')
  }

  find(names: { district: string | null; town: string | null; village: string | null }): AreaFound {
    const cacheKey = `${names.district ?? ''}|${names.town ?? ''}|${names.village ?? ''}`
    let found = this.cache.get(cacheKey)
    if (!found) this.cache.set(cacheKey, (found = this.lookup(names)))
    return found
  }

  private lookup(names: { district: string | null; town: string | null; village: string | null }): AreaFound {
    let scope: AreaRecord | null = null
    for (const level of ['district', 'town', 'village'] as const) {
      const name = names[level]
      if (!name) continue
      const one = this.one(level, name, scope)
      if (!one.ok) return { ...one, level }
      scope = one.area
    }
    if (!scope)
      return { ok: false, message: '没有填写区、镇(街)或村(居)，无法确定点位所在区域', level: 'district' }
    return { ok: true, id: scope.id, path: this.path(scope.id) }
  }

  private within(area: AreaRecord, scope: AreaRecord | null): boolean {
    if (!scope) return true
    for (
      let a: AreaRecord | undefined = area;
      a;
      a = a.parentId === null ? undefined : this.byId.get(a.parentId)
    )
      if (a.id === scope.id) return true
    return false
  }

  private one(
    level: 'district' | 'town' | 'village',
    name: string,
    scope: AreaRecord | null
  ): { ok: true; area: AreaRecord } | { ok: false; message: string } {
    const named = (index: Map<AreaLevel, Map<string, AreaRecord[]>>, key: string): AreaRecord[] =>
      (index.get(level)?.get(key) ?? []).filter((a) => this.within(a, scope))
    const exact = named(this.exactIndex, nameKey(name))
    const loose = exact.length > 0 ? exact : named(this.looseIndex, looseKey(name))
    const where = scope ? `“${this.path(scope.id)}”下` : '数据文件中'
    if (loose.length === 1) return { ok: true, area: loose[0] }
    if (loose.length === 0)
      return {
        ok: false,
        message: `${where}没有名为“${name}”的${WHAT[level]}（导入不会新建区域，请核对名称或先在区域树中添加）`
      }
    return {
      ok: false,
      message: `${where}有${loose.length}个与“${name}”相符的${WHAT[level]}（${loose.map((a) => this.path(a.id)).join('；')}），请填写上一级区域以区分`
    }
  }
}

function indexUnder(
  index: Map<AreaLevel, Map<string, AreaRecord[]>>,
  level: AreaLevel,
  key: string,
  area: AreaRecord
): void {
  let byKey = index.get(level)
  if (!byKey) index.set(level, (byKey = new Map()))
  const list = byKey.get(key)
  if (list) list.push(area)
  else byKey.set(key, [area])
}

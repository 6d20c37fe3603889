import type { Database } from 'better-sqlite3'
import { chineseNumber, DISTRICTS, FEATURED_VILLAGES, SHE_NAMES, TOWN_HEADS, TOWN_TAILS } from './names'
import { VILLAGE_HEADS, VILLAGE_TAILS, type DistrictSpec } from './names'
import type { Random } from './random'

export interface DistrictRecord {
  id: number
  index: number
  name: string
  spec: DistrictSpec
}

export interface TownRecord {
  id: number
  name: string
  district: DistrictRecord
  /** One of the district's hand-written towns (present at every scale), not a scale filler. */
  isBase: boolean
}

/** One 城中村: a 村(居) row, or a 社 row inside a 社区 in the districts that work at 社 level. */
export interface UrbanVillageRecord {
  id: number
  name: string
  /** The 社区 that holds the 社, when the urban village sits at the group level. */
  communityName: string | null
  town: TownRecord
  district: DistrictRecord
}

export interface SampleAreas {
  districts: DistrictRecord[]
  towns: TownRecord[]
  urbanVillages: UrbanVillageRecord[]
  groupCount: number
}

/**
 * Inserts 区 → 镇(街) → 村(居) → 村民小组(社) for the six districts. Scale N gives every district N times
 * its towns and urban villages; names stay unique in the whole city (not only within the parent, as the
 * index demands), because documents name a village without its town.
 */
export function insertAreas(db: Database, rng: Random, scale: number): SampleAreas {
  const insert = db.prepare(
    'INSERT INTO area (parent_id, level, name, is_urban_village, sort_order) VALUES (?, ?, ?, ?, ?)'
  )
  const add = (parentId: number | null, level: string, name: string, urban: boolean, sort: number): number =>
    Number(insert.run(parentId, level, name, urban ? 1 : 0, sort).lastInsertRowid)

  const villageRoots = new NamePool(VILLAGE_HEADS, VILLAGE_TAILS, rng.fork('village-roots'))
  for (const featured of FEATURED_VILLAGES.values()) villageRoots.reserve(featured.slice(0, 2))
  const townRoots = new NamePool(TOWN_HEADS, TOWN_TAILS, rng.fork('town-roots'))
  for (const spec of DISTRICTS)
    for (const town of spec.towns) townRoots.reserve(town.replace(/(街道|镇)$/, ''))

  const result: SampleAreas = { districts: [], towns: [], urbanVillages: [], groupCount: 0 }
  DISTRICTS.forEach((spec, index) => {
    const district: DistrictRecord = {
      id: add(null, 'district', spec.name, false, index + 1),
      index,
      name: spec.name,
      spec
    }
    result.districts.push(district)
    const townCount = spec.towns.length * scale
    const perTown = spreadVillages(spec.urbanVillages * scale, townCount, rng)
    let featured = FEATURED_VILLAGES.get(spec.name) ?? null

    for (let t = 0; t < townCount; t++) {
      const isBase = t < spec.towns.length
      const townName = isBase ? spec.towns[t] : `${townRoots.next()}${spec.extraTownSuffix}`
      const town: TownRecord = {
        id: add(district.id, 'town', townName, false, t + 1),
        name: townName,
        district,
        isBase
      }
      result.towns.push(town)
      // The featured name (新垵村, 后墘社 …) goes to the district's first urban village.
      const nextName = (suffix: string): string => {
        if (featured === null) return `${villageRoots.next()}${suffix}`
        const name = featured
        featured = null
        return name
      }
      const record = (id: number, name: string, communityName: string | null): void => {
        result.urbanVillages.push({ id, name, communityName, town, district })
      }
      if (spec.urbanLevel === 'group') {
        result.groupCount += insertCommunities(town, perTown[t], {
          add,
          rng,
          nextName,
          communityRoot: () => villageRoots.next(),
          record
        })
      } else {
        for (let v = 0; v < perTown[t]; v++) {
          const name = nextName(rng.chance(0.7) ? '村' : '社区')
          const id = add(town.id, 'village', name, true, v + 1)
          record(id, name, null)
          const groups = groupNames(spec, rng)
          groups.forEach((groupName, g) => add(id, 'group', groupName, false, g + 1))
          result.groupCount += groups.length
        }
      }
    }
  })
  return result
}

interface CommunityContext {
  add: (parentId: number | null, level: string, name: string, urban: boolean, sort: number) => number
  rng: Random
  nextName: (suffix: string) => string
  communityRoot: () => string
  record: (id: number, name: string, communityName: string | null) => void
}

/**
 * Xiamen-style towns: each 社区 holds 2–6 社, one or two of which are the urban villages. Returns the
 * number of 社 rows written.
 */
function insertCommunities(town: TownRecord, urbanCount: number, context: CommunityContext): number {
  const { add, rng, nextName, communityRoot, record } = context
  let left = urbanCount
  let groups = 0
  for (let c = 1; left > 0; c++) {
    const urbanHere = Math.min(left, rng.int(1, 2))
    const size = rng.int(urbanHere + 1, 6)
    const communityName = `${communityRoot()}社区`
    const communityId = add(town.id, 'village', communityName, false, c)
    const ordinary = rng.sample(SHE_NAMES, size - urbanHere)
    const slots: (string | null)[] = rng.shuffle([...ordinary, ...Array<null>(urbanHere).fill(null)])
    slots.forEach((slot, g) => {
      if (slot !== null) {
        add(communityId, 'group', slot, false, g + 1)
        return
      }
      const name = nextName('社')
      record(add(communityId, 'group', name, true, g + 1), name, communityName)
    })
    groups += size
    left -= urbanHere
  }
  return groups
}

/** 2–6 村民小组 for a village that is itself the urban village. */
function groupNames(spec: DistrictSpec, rng: Random): string[] {
  const count = rng.int(2, 6)
  if (spec.groupStyle === 'numbered') {
    return Array.from({ length: count }, (_, i) => `第${chineseNumber(i + 1)}村民小组`)
  }
  return rng.sample(SHE_NAMES, count)
}

/** Every town gets at least one urban village; the rest fall at random, so towns differ in size. */
function spreadVillages(total: number, towns: number, rng: Random): number[] {
  const counts = Array<number>(towns).fill(1)
  for (let i = towns; i < total; i++) counts[rng.int(0, towns - 1)]++
  return counts
}

/**
 * Two-character roots (head + tail) in a shuffled order. When the pool runs dry at large scales the
 * roots come round again with a number (新垵二), so names stay unique without ever repeating.
 */
class NamePool {
  private readonly roots: string[]
  private readonly used = new Set<string>()
  private cursor = 0
  private round = 1

  constructor(heads: readonly string[], tails: readonly string[], rng: Random) {
    const roots: string[] = []
    for (const head of heads) for (const tail of tails) if (head !== tail) roots.push(head + tail)
    this.roots = rng.shuffle(roots)
  }

  reserve(root: string): void {
    this.used.add(root)
  }

  next(): string {
    for (;;) {
      if (this.cursor === this.roots.length) {
        this.cursor = 0
        this.round++
      }
      const root = this.roots[this.cursor++]
      const candidate = this.round === 1 ? root : `${root}${chineseNumber(this.round)}`
      if (!this.used.has(candidate)) {
        this.used.add(candidate)
        return candidate
      }
    }
  }
}

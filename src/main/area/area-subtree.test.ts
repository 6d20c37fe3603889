import { describe, expect, it } from 'vitest'
import { generateSampleCity } from '../sample/generate-sample-city'
import { openMemoryDatabase } from '../store/open-database'
import { areaAncestorIds, areaSubtreeIds } from './area-subtree'

describe('areas under and above a node', () => {
  const db = openMemoryDatabase()
  generateSampleCity(db, { scale: 1 })
  const district = db
    .prepare("SELECT id FROM area WHERE level = 'district' ORDER BY id LIMIT 1")
    .pluck()
    .get() as number

  it('a 区 holds its towns, villages and groups, and nothing of other districts', () => {
    const ids = areaSubtreeIds(db, district)
    const levels = db
      .prepare(`SELECT level, count(*) AS n FROM area WHERE id IN (${ids.join(',')}) GROUP BY level`)
      .all() as { level: string; n: number }[]
    expect(levels.map((l) => l.level).sort()).toEqual(['district', 'group', 'town', 'village'])
    expect(levels.find((l) => l.level === 'district')!.n).toBe(1)
  })

  it('a 村民小组 has the whole chain above it, up to its 区', () => {
    const group = db
      .prepare("SELECT id FROM area WHERE level = 'group' ORDER BY id DESC LIMIT 1")
      .pluck()
      .get() as number
    const chain = areaAncestorIds(db, group)
    expect(chain).toHaveLength(4)
    expect(chain[0]).toBe(group)
    expect(db.prepare('SELECT level FROM area WHERE id = ?').pluck().get(chain[3])).toBe('district')
    expect(areaSubtreeIds(db, group)).toEqual([group])
  })
})

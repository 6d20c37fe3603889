import { describe, expect, it } from 'vitest'
import { generateSampleCity } from '../sample/generate-sample-city'
import { openMemoryDatabase } from '../store/open-database'
import { select, selectValue } from '../store/typed-query'
import { areaAncestorIds, areaSubtreeIds } from './area-subtree'

describe('areas under and above a node', () => {
  const db = openMemoryDatabase()
  generateSampleCity(db, { scale: 1 })
  const district = selectValue<number>(
    db,
    "SELECT id FROM area WHERE level = 'district' ORDER BY id LIMIT 1"
  ).one()

  it('a 区 holds its towns, villages and groups, and nothing of other districts', () => {
    const ids = areaSubtreeIds(db, district)
    const levels = select<{ level: string; n: number }>(
      db,
      `SELECT level, count(*) AS n FROM area WHERE id IN (${ids.join(',')}) GROUP BY level`
    ).all()
    expect(levels.map((l) => l.level).sort()).toEqual(['district', 'group', 'town', 'village'])
    expect(levels.find((l) => l.level === 'district')!.n).toBe(1)
  })

  it('a 村民小组 has the whole chain above it, up to its 区', () => {
    const group = selectValue<number>(
      db,
      "SELECT id FROM area WHERE level = 'group' ORDER BY id DESC LIMIT 1"
    ).one()
    const chain = areaAncestorIds(db, group)
    expect(chain).toHaveLength(4)
    expect(chain[0]).toBe(group)
    expect(db.prepare('SELECT level FROM area WHERE id = ?').pluck().get(chain[3])).toBe('district')
    expect(areaSubtreeIds(db, group)).toEqual([group])
  })
})

import { describe, expect, it } from 'vitest'
import { openMemoryDatabase } from '../../../store/open-database'
import { AreaMatcher } from './area-match'

/** 东湖区 › 湖滨街道 › 塔头社区, 东湖区 › 莲前街道 › 塔头村 (the same name twice), 西岭区 › 湖滨镇. */
function city() {
  const db = openMemoryDatabase()
  const add = (parent: number | null, level: string, name: string): number =>
    Number(
      db
        .prepare('INSERT INTO area (parent_id, level, name, sort_order) VALUES (?, ?, ?, 0)')
        .run(parent, level, name).lastInsertRowid
    )
  const donghu = add(null, 'district', '东湖区')
  const hubin = add(donghu, 'town', '湖滨街道')
  const tatou = add(hubin, 'village', '塔头社区')
  const lianqian = add(donghu, 'town', '莲前街道')
  const tatou2 = add(lianqian, 'village', '塔头村')
  const xiling = add(null, 'district', '西岭区')
  const hubinTown = add(xiling, 'town', '湖滨镇')
  return { matcher: new AreaMatcher(db), ids: { donghu, hubin, tatou, tatou2, hubinTown } }
}

describe('AreaMatcher: the evaluators’ names matched to the area tree', () => {
  it('takes the exact name, and the name without its suffix as the ledger does', () => {
    const { matcher, ids } = city()
    expect(matcher.find({ district: '东湖区', town: '湖滨街道', village: '塔头社区' })).toEqual({
      ok: true,
      id: ids.tatou,
      path: '东湖区·湖滨街道·塔头社区'
    })
    expect(matcher.find({ district: '东湖', town: '湖滨街', village: '塔头社' })).toMatchObject({
      ok: true,
      id: ids.tatou
    })
  })

  it('leaves the 区 out where the 镇(街) alone is unique, and refuses it where it is not', () => {
    const { matcher, ids } = city()
    expect(matcher.find({ district: null, town: '莲前街道', village: '塔头村' })).toMatchObject({
      ok: true,
      id: ids.tatou2
    })
    // 湖滨 is 东湖区's 湖滨街道 and 西岭区's 湖滨镇: the row must say which.
    const hubin = matcher.find({ district: null, town: '湖滨', village: null })
    expect(hubin).toMatchObject({ ok: false, level: 'town' })
    expect(hubin.ok ? '' : hubin.message).toContain('有2个与“湖滨”相符的镇(街)')
    expect(hubin.ok ? '' : hubin.message).toContain('东湖区·湖滨街道；西岭区·湖滨镇')
    expect(matcher.find({ district: '西岭', town: '湖滨', village: null })).toMatchObject({
      ok: true,
      id: ids.hubinTown
    })
  })

  it('prefers an exact name to a loose one, and searches only under the named parent', () => {
    const { matcher, ids } = city()
    // 塔头 loosely names both villages of 东湖区; under 湖滨街道 only one.
    expect(matcher.find({ district: '东湖区', town: null, village: '塔头' })).toMatchObject({
      ok: false,
      level: 'village'
    })
    expect(matcher.find({ district: '东湖区', town: null, village: '塔头村' })).toMatchObject({
      ok: true,
      id: ids.tatou2
    })
    expect(matcher.find({ district: null, town: '湖滨街道', village: '塔头' })).toMatchObject({
      ok: true,
      id: ids.tatou
    })
  })

  it('never creates an area: an unknown name is an error naming it and where it was looked for', () => {
    const { matcher } = city()
    const found = matcher.find({ district: '东湖区', town: '鼓浪屿街道', village: null })
    expect(found).toMatchObject({ ok: false, level: 'town' })
    expect(found.ok ? '' : found.message).toBe(
      '“东湖区”下没有名为“鼓浪屿街道”的镇(街)（导入不会新建区域，请核对名称或先在区域树中添加）'
    )
    expect(matcher.find({ district: null, town: null, village: null })).toMatchObject({ ok: false })
  })
})

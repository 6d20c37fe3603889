import { describe, expect, it } from 'vitest'
import { openMemoryDatabase } from './open-database'
import type { Row } from './rows'
import { select, selectValue } from './typed-query'

describe('typed queries', () => {
  const db = openMemoryDatabase()
  db.prepare("INSERT INTO unit (name, sort_order) VALUES ('市城管局', 2), ('市公安局', 1)").run()

  it('return the rows better-sqlite3 returns, positional or named parameters alike', () => {
    const units = select<Pick<Row<'unit'>, 'name' | 'sort_order'>>(
      db,
      'SELECT name, sort_order FROM unit WHERE sort_order >= ? ORDER BY sort_order'
    )
    expect(units.all(1)).toEqual([
      { name: '市公安局', sort_order: 1 },
      { name: '市城管局', sort_order: 2 }
    ])
    expect(units.get(2)).toEqual({ name: '市城管局', sort_order: 2 })
    expect(units.get(3)).toBeUndefined()
    expect([...units.iterate(2)]).toEqual([{ name: '市城管局', sort_order: 2 }])
    expect(selectValue<string>(db, 'SELECT name FROM unit WHERE sort_order = :order').get({ order: 1 })).toBe(
      '市公安局'
    )
  })

  it('pluck one column with selectValue; one() answers an aggregate and refuses a missing row', () => {
    expect(selectValue<number>(db, 'SELECT count(*) FROM unit').one()).toBe(2)
    expect(selectValue<string | null>(db, 'SELECT max(name) FROM unit WHERE id < 0').one()).toBeNull()
    expect(() => selectValue<string>(db, 'SELECT name FROM unit WHERE id < 0').one()).toThrow(
      /returned no row/
    )
  })
})

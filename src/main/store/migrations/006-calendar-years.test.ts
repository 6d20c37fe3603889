import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../migrate'
import { migrations } from './index'

describe('migration 6: which calendar years are official', () => {
  it('keeps the shipped 2023–2026 and a year a clerk imported before, not a year holding one stray day', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 5))
    const insert = db.prepare("INSERT INTO calendar_day (date, kind, name) VALUES (?, 'holiday', ?)")
    // A 2027 imported the old way: its 休 days, 20 or so.
    for (let day = 1; day <= 20; day++) insert.run(`2027-10-${String(day).padStart(2, '0')}`, '国庆节')
    // 2028 holds only a day set by hand; 2022 only the 2023 元旦's first day.
    insert.run('2028-01-01', '元旦')
    migrate(db, migrations)
    expect(db.prepare('SELECT year, source FROM calendar_year ORDER BY year').all()).toEqual([
      { year: 2023, source: 'shipped' },
      { year: 2024, source: 'shipped' },
      { year: 2025, source: 'shipped' },
      { year: 2026, source: 'shipped' },
      { year: 2027, source: 'imported' }
    ])
    db.close()
  })
})

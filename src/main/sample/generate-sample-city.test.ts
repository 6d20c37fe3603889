import type { Database } from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CalendarDay } from '../../shared/domain'
import { lightOf } from '../calendar/light'
import { WorkCalendar } from '../calendar/work-calendar'
import { openMemoryDatabase } from '../store/open-database'
import type { Row } from '../store/rows'
import { select, selectValue } from '../store/typed-query'
import { generateSampleCity, SAMPLE_AS_OF, type SampleCityStats } from './generate-sample-city'

const T = SAMPLE_AS_OF

/** The columns the tracked tables (task, village_item) share, under the same names and types. */
type TrackedRow = Pick<Row<'task'>, 'deadline' | 'status' | 'completed_date'>

function calendarOf(db: Database): WorkCalendar {
  return new WorkCalendar(select<CalendarDay>(db, 'SELECT date, kind, name FROM calendar_day').all())
}

/** Counts of 按期办结 / 逾期办结 / red / yellow / green as of T, with the app's own light rule. */
function mixOf(rows: readonly TrackedRow[], calendar: WorkCalendar): Record<string, number> {
  const mix: Record<string, number> = { 'on-time': 0, late: 0, red: 0, yellow: 0, green: 0 }
  for (const row of rows) {
    const info = lightOf(
      { deadline: row.deadline, status: row.status, completedDate: row.completed_date },
      T,
      calendar,
      3
    )
    mix[info.outcome ?? (info.light as string)]++
  }
  return mix
}

/** Every table the sample writes, every row, ordered by rowid; data_file_meta holds the file's random id, which is not the sample's. */
function dump(db: Database): string {
  const tables = selectValue<string>(
    db,
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'data_file_meta' ORDER BY name"
  ).all()
  return JSON.stringify(
    tables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw().all()])
  )
}

const count = (db: Database, sql: string, ...params: unknown[]): number =>
  selectValue<number>(db, sql).one(...params)

describe('generateSampleCity at scale 1', () => {
  let db: Database
  let stats: SampleCityStats

  beforeAll(() => {
    db = openMemoryDatabase()
    stats = generateSampleCity(db, { scale: 1 })
  })

  it('is byte-identical on a second generation', () => {
    const again = openMemoryDatabase()
    expect(generateSampleCity(again, { scale: 1 })).toEqual(stats)
    expect(dump(again)).toBe(dump(db))
  })

  it('builds the city the issue describes', () => {
    expect(count(db, "SELECT count(*) FROM area WHERE level = 'district'")).toBe(6)
    const towns = count(db, "SELECT count(*) FROM area WHERE level = 'town'")
    expect(towns).toBeGreaterThanOrEqual(35)
    expect(towns).toBeLessThanOrEqual(45)
    expect(count(db, 'SELECT count(*) FROM area WHERE is_urban_village = 1')).toBe(108)
    expect(count(db, 'SELECT count(*) FROM unit')).toBeGreaterThanOrEqual(35)
    expect(count(db, 'SELECT count(*) FROM unit')).toBeLessThanOrEqual(45)
    const tasks = count(db, 'SELECT count(*) FROM task')
    expect(tasks).toBeGreaterThanOrEqual(55)
    expect(tasks).toBeLessThanOrEqual(65)
    const categories = db
      .prepare('SELECT category, count(*) FROM governance_item GROUP BY category')
      .raw()
      .all()
    expect(Object.fromEntries(categories as [string, number][])).toEqual({
      basic: 10,
      upgrade: 5,
      'long-term': 1
    })
    expect(count(db, 'SELECT count(*) FROM governance_item WHERE is_sample = 1')).toBe(16)
    expect(count(db, 'SELECT count(*) FROM village_item')).toBe(108 * 16)
    expect(stats).toMatchObject({
      districts: 6,
      towns,
      villages: 108,
      catalogItems: 16,
      tasks,
      villageItems: 1728
    })
    expect(count(db, 'SELECT count(*) FROM progress_report')).toBe(stats.progressReports)
    expect(stats.progressReports).toBeGreaterThan(1000)
    expect(stats.progressReports).toBeLessThan(6000)
  })

  it('puts urban villages at the 村 level mostly and at the 社 level in some districts', () => {
    expect(
      count(db, "SELECT count(*) FROM area WHERE is_urban_village = 1 AND level = 'group'")
    ).toBeGreaterThan(0)
    expect(
      count(db, "SELECT count(*) FROM area WHERE is_urban_village = 1 AND level = 'village'")
    ).toBeGreaterThan(54)
    // Every 村(居) has 2–6 村民小组(社).
    const sizes = selectValue<number>(
      db,
      "SELECT (SELECT count(*) FROM area g WHERE g.parent_id = v.id) FROM area v WHERE v.level = 'village'"
    ).all()
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(6)
  })

  it('names villages with the GBK-only characters 垵 and 墘', () => {
    expect(count(db, "SELECT count(*) FROM area WHERE name = '新垵村'")).toBe(1)
    expect(count(db, "SELECT count(*) FROM area WHERE name = '后墘社' AND is_urban_village = 1")).toBe(1)
    expect(count(db, "SELECT count(*) FROM area WHERE name LIKE '%垵%'")).toBeGreaterThan(2)
    expect(count(db, "SELECT count(*) FROM area WHERE name LIKE '%墘%'")).toBeGreaterThan(2)
  })

  it('leaves no broken reference, no audit row and the sampleAsOf setting', () => {
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(count(db, 'SELECT count(*) FROM audit_log')).toBe(0)
    expect(count(db, "SELECT value FROM setting WHERE key = 'sampleAsOf'")).toBe(JSON.stringify('2025-09-30'))
  })

  it('shows the intended task mix on 2025-09-30', () => {
    const mix = mixOf(
      select<TrackedRow>(db, 'SELECT deadline, status, completed_date FROM task').all(),
      calendarOf(db)
    )
    const total = Object.values(mix).reduce((a, b) => a + b, 0)
    const doneShare = (mix['on-time'] + mix.late) / total
    expect(doneShare).toBeGreaterThanOrEqual(0.45)
    expect(doneShare).toBeLessThanOrEqual(0.6)
    expect(mix.late).toBeGreaterThanOrEqual(1)
    expect(mix.yellow).toBeGreaterThanOrEqual(4)
    expect(mix.red / total).toBeGreaterThanOrEqual(0.1)
    expect(mix.red / total).toBeLessThanOrEqual(0.2)
    expect(mix.green).toBeGreaterThan(0)
    expect(count(db, 'SELECT count(*) FROM task WHERE deadline IS NULL')).toBeGreaterThanOrEqual(3)
  })

  it('shows yellow and red village items, pilot villages nearly all done, and districts that differ', () => {
    const calendar = calendarOf(db)
    const applicable = select<TrackedRow>(
      db,
      'SELECT deadline, status, completed_date FROM village_item WHERE applicable = 1'
    ).all()
    const mix = mixOf(applicable, calendar)
    expect(mix.yellow).toBeGreaterThan(10)
    expect(mix.red).toBeGreaterThan(30)
    const pilot = mixOf(
      applicable.filter((row) => row.deadline !== null && row.deadline < '2024-01-01'),
      calendar
    )
    expect((pilot['on-time'] + pilot.late) / Object.values(pilot).reduce((a, b) => a + b, 0)).toBeGreaterThan(
      0.95
    )

    const shares = selectValue<number>(
      db,
      `WITH RECURSIVE up (village_id, area_id, level) AS (
           SELECT a.id, a.id, a.level FROM area a WHERE a.is_urban_village = 1
           UNION ALL SELECT up.village_id, p.id, p.level FROM up JOIN area c ON c.id = up.area_id JOIN area p ON p.id = c.parent_id)
         SELECT avg(vi.status = 'done' AND vi.completed_date <= ?) FROM village_item vi
         JOIN up ON up.village_id = vi.village_id AND up.level = 'district'
         WHERE vi.applicable = 1 GROUP BY up.area_id`
    ).all(T)
    expect(shares).toHaveLength(6)
    expect(Math.max(...shares) - Math.min(...shares)).toBeGreaterThan(0.08)
  })

  it('completes and reports nothing after 2025-09-30, and every done row has its completion date', () => {
    for (const table of ['task', 'village_item']) {
      expect(count(db, `SELECT count(*) FROM ${table} WHERE completed_date > ?`, T)).toBe(0)
      expect(
        count(db, `SELECT count(*) FROM ${table} WHERE status = 'done' AND completed_date IS NULL`)
      ).toBe(0)
      expect(count(db, `SELECT count(*) FROM ${table} WHERE status = 'done' AND percent <> 100`)).toBe(0)
      expect(count(db, `SELECT count(*) FROM ${table} WHERE status = 'not-started' AND percent <> 0`)).toBe(0)
      expect(count(db, `SELECT count(*) FROM ${table} WHERE substr(updated_at, 1, 10) > ?`, T)).toBe(0)
    }
    expect(count(db, 'SELECT count(*) FROM milestone WHERE completed_date > ?', T)).toBe(0)
    expect(count(db, "SELECT count(*) FROM milestone WHERE status = 'done' AND completed_date IS NULL")).toBe(
      0
    )
    expect(count(db, 'SELECT count(*) FROM progress_report WHERE report_date > ?', T)).toBe(0)
    expect(count(db, "SELECT count(*) FROM task WHERE created_at NOT LIKE '%+08:00'")).toBe(0)
  })

  it('schedules milestones before their owner’s deadline and tasks with lead units', () => {
    const late = `SELECT count(*) FROM milestone m
      LEFT JOIN task t ON t.id = m.task_id LEFT JOIN village_item vi ON vi.id = m.village_item_id
      WHERE m.deadline >= coalesce(t.deadline, vi.deadline)`
    expect(count(db, late)).toBe(0)
    expect(count(db, 'SELECT count(DISTINCT task_id) FROM milestone')).toBeGreaterThan(12)
    const withoutLead =
      "SELECT count(*) FROM task t WHERE NOT EXISTS (SELECT 1 FROM task_unit u WHERE u.task_id = t.id AND u.role = 'lead')"
    expect(count(db, withoutLead)).toBe(0)
  })

  it('refuses a database that already has data and leaves it untouched', () => {
    const before = dump(db)
    expect(() => generateSampleCity(db, { scale: 1 })).toThrow(/已有数据/)
    expect(dump(db)).toBe(before)
    const unitsOnly = openMemoryDatabase()
    unitsOnly.prepare("INSERT INTO unit (name) VALUES ('市文明办')").run()
    expect(() => generateSampleCity(unitsOnly, { scale: 1 })).toThrow(Error)
    expect(() => generateSampleCity(openMemoryDatabase(), { scale: 0 })).toThrow(RangeError)
  })
})

describe('generateSampleCity at larger scales', () => {
  it('scale 3 has 324 urban villages and about 180 tasks with unique codes', () => {
    const db = openMemoryDatabase()
    const stats = generateSampleCity(db, { scale: 3 })
    expect(stats.villages).toBe(324)
    expect(count(db, 'SELECT count(*) FROM area WHERE is_urban_village = 1')).toBe(324)
    expect(stats.tasks).toBeGreaterThanOrEqual(170)
    expect(stats.tasks).toBeLessThanOrEqual(190)
    expect(count(db, 'SELECT count(DISTINCT code) FROM task')).toBe(stats.tasks)
    // Units and the catalog stay the same at every scale.
    const small = openMemoryDatabase()
    generateSampleCity(small, { scale: 1 })
    const unitNames = (of: Database): unknown[] =>
      of.prepare('SELECT name FROM unit ORDER BY id').pluck().all()
    expect(unitNames(db)).toEqual(unitNames(small))
    expect(stats.catalogItems).toBe(16)
    expect(db.pragma('foreign_key_check')).toEqual([])
    const mix = mixOf(
      select<TrackedRow>(db, 'SELECT deadline, status, completed_date FROM task').all(),
      calendarOf(db)
    )
    expect(mix.yellow).toBeGreaterThanOrEqual(12)
  })

  it('generates scale 10 quickly (timed, not asserted)', () => {
    const db = openMemoryDatabase()
    const started = performance.now()
    const stats = generateSampleCity(db, { scale: 10 })
    const ms = Math.round(performance.now() - started)
    console.log(`sample city scale 10: ${ms} ms`, stats)
    expect(stats.villages).toBe(1080)
  })
})

import type { Database } from 'better-sqlite3'
import type { CalendarDay } from '../../shared/domain'
import { WorkCalendar } from '../calendar/work-calendar'
import { readSettings } from '../store/settings-store'
import { select } from '../store/typed-query'
import { insertAreas } from './areas'
import { insertCatalog } from './catalog'
import { insertPlan, writeTasks } from './plan-tasks'
import { Random } from './random'
import { SampleWriter } from './sample-writer'
import { SampleSchedule } from './schedule'
import { insertUnits } from './units'
import { writeVillageItems } from './villages'
import { SAMPLE_OFFICE } from './sample-office'

export interface SampleCityOptions {
  /** Integer 1..50: scale N has 108·N urban villages and about 60·N tasks. */
  scale: number
}

export interface SampleCityStats {
  districts: number
  towns: number
  /** Urban villages (城中村), whether they sit at the 村(居) or at the 社 level. */
  villages: number
  /** All 村民小组(社) rows, including the 社 that are urban villages themselves. */
  groups: number
  units: number
  catalogItems: number
  tasks: number
  /** One per urban village × catalog item, applicable or not. */
  villageItems: number
  milestones: number
  progressReports: number
}

/** The date the sample's dashboards are meant to be read on; the UI defaults to it (setting sampleAsOf). */
export const SAMPLE_AS_OF = '2025-09-30'

/** Every run starts from this seed, so the sample city is the same on every machine. */
const SEED = 'civdesk-sample-city-v1'

/**
 * Fills an empty data file with the fictional 示例市: six districts, 108·scale urban villages, about 40
 * units, the "10+(5)+1" sample catalog, the three-year plan with about 60·scale tasks, and three years of
 * progress up to SAMPLE_AS_OF, arranged so that the lights on that date show a realistic mix.
 *
 * All or nothing (one transaction); no audit rows (the caller writes one for the whole load).
 */
export function generateSampleCity(db: Database, options: SampleCityOptions): SampleCityStats {
  const { scale } = options
  if (!Number.isInteger(scale) || scale < 1 || scale > 50) {
    throw new RangeError(`示例数据规模须为1至50的整数，收到：${scale}`)
  }
  return db.transaction(() => {
    for (const table of ['task', 'area', 'unit']) {
      if (db.prepare(`SELECT EXISTS (SELECT 1 FROM ${table})`).pluck().get() === 1) {
        throw new Error(`只能在空数据文件中载入示例数据：${table} 表已有数据`)
      }
    }
    const days = select<CalendarDay>(db, 'SELECT date, kind, name FROM calendar_day').all()
    const schedule = new SampleSchedule(new WorkCalendar(days), SAMPLE_AS_OF, readSettings(db).yellowWindow)
    const rng = new Random(SEED)

    const areas = insertAreas(db, rng.fork('areas'), scale)
    const units = insertUnits(db, areas)
    const catalog = insertCatalog(db, units)
    const plan = insertPlan(db)
    const writer = new SampleWriter(db)
    const tasks = writeTasks(writer, plan, { rng: rng.fork('tasks'), schedule, units, areas, scale })
    const villageItems = writeVillageItems(writer, {
      rng: rng.fork('villages'),
      schedule,
      units,
      areas,
      catalog
    })

    const setSetting = db.prepare(
      'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'
    )
    setSetting.run('sampleAsOf', JSON.stringify(SAMPLE_AS_OF))
    // The sample city's documents are headed with its own office; a file without the sample has none.
    for (const [key, value] of Object.entries(SAMPLE_OFFICE)) setSetting.run(key, JSON.stringify(value))

    return {
      districts: areas.districts.length,
      towns: areas.towns.length,
      villages: areas.urbanVillages.length,
      groups: areas.groupCount,
      units: units.count,
      catalogItems: catalog.length,
      tasks,
      villageItems,
      milestones: writer.milestoneCount,
      progressReports: writer.reportCount
    }
  })()
}

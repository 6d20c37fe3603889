import type { Database } from 'better-sqlite3'
import { WorkCalendar } from './calendar/work-calendar'
import { readSettings } from './store/settings-store'
import type { CalendarDay } from '../shared/domain'
import type { Settings } from '../shared/settings'
import type { Clock } from './system/clock'
import type { Logger } from './system/logger'
import { FileRegistry } from './file/file-registry'
import { noPlatform, type Platform } from './file/platform'
import { select, selectValue } from './store/typed-query'

/** Everything a service needs, built once per open data file by the Electron shell, the CLI or the web mode. */
export interface AppContext {
  /** The open data file; replaced when the clerk restores a backup or opens another file. */
  readonly db: Database
  readonly clock: Clock
  readonly log: Logger
  readonly backupDir: string
  readonly shell: 'electron' | 'web' | 'cli'
  readonly appVersion: string
  /** Native dialogs and opening files: the shell's part (none in the CLI). */
  readonly platform: Platform
  /** The files the clerk chose, behind handles. */
  readonly files: FileRegistry
  /** The working-day calendar, rebuilt only after the calendar table changes. */
  calendar(): WorkCalendar
  /** Call after any write to `calendar_day`. */
  invalidateCalendar(): void
  settings(): Settings
  /** The file the context works on now (it changes with 打开数据文件 / 另存为). */
  readonly dataFile: string
  /** Closes the current data file and continues on `db` (already opened and migrated) at `dataFile`. */
  replaceDatabase(db: Database, dataFile: string): void
}

export interface AppContextOptions {
  db: Database
  clock: Clock
  log: Logger
  dataFile: string
  backupDir: string
  shell: AppContext['shell']
  appVersion: string
  platform?: Platform
}

export function createAppContext(options: AppContextOptions): AppContext {
  let calendar: WorkCalendar | null = null
  let db = options.db
  let dataFile = options.dataFile
  return {
    clock: options.clock,
    log: options.log,
    backupDir: options.backupDir,
    shell: options.shell,
    appVersion: options.appVersion,
    platform: options.platform ?? noPlatform,
    files: new FileRegistry(),
    get db() {
      return db
    },
    get dataFile() {
      return dataFile
    },
    calendar() {
      calendar ??= new WorkCalendar(loadCalendarDays(db), loadOfficialYears(db))
      return calendar
    },
    invalidateCalendar() {
      calendar = null
    },
    settings: () => readSettings(db),
    replaceDatabase(next, nextFile) {
      if (db !== next && db.open) db.close()
      db = next
      dataFile = nextFile
      calendar = null
    }
  }
}

export function loadCalendarDays(db: Database): CalendarDay[] {
  return select<CalendarDay>(db, 'SELECT date, kind, name FROM calendar_day ORDER BY date').all()
}

/** The years whose State Council notice is loaded (shipped or imported); the rest are provisional. */
export function loadOfficialYears(db: Database): number[] {
  return selectValue<number>(db, 'SELECT year FROM calendar_year ORDER BY year').all()
}

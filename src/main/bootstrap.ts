import { dirname, join, resolve } from 'node:path'
import { createAppContext, type AppContext } from './app-context'
import { openDatabase } from './store/open-database'
import { systemClock, type Clock } from './system/clock'
import type { Logger } from './system/logger'
import type { Platform } from './file/platform'
import { APP_VERSION } from './version'

export interface OpenAppOptions {
  dataFile: string
  shell: AppContext['shell']
  log: Logger
  clock?: Clock
  /** Defaults to a civdesk-backups folder next to the data file. */
  backupDir?: string
  platform?: Platform
}

/** Opens a data file (migrating it, with a backup first) and builds the context every service uses. */
export async function openApp(options: OpenAppOptions): Promise<AppContext> {
  const dataFile = resolve(options.dataFile)
  const clock = options.clock ?? systemClock
  const backupDir = options.backupDir ?? defaultBackupDir(dataFile)
  const { db, backup } = await openDatabase(dataFile, { clock, backupDir })
  if (backup) options.log.info(`backed up ${dataFile} before migrating it`, backup)
  return createAppContext({
    db,
    clock,
    log: options.log,
    dataFile,
    backupDir,
    shell: options.shell,
    appVersion: APP_VERSION,
    platform: options.platform
  })
}

export function defaultBackupDir(dataFile: string): string {
  return join(dirname(resolve(dataFile)), 'civdesk-backups')
}

import { existsSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { createAppContext, type AppContext } from './app-context'
import { explainDamage } from './backup/damaged-file'
import { assertSoundFile, openDatabase } from './store/open-database'
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
  let opened
  try {
    opened = await openDatabase(dataFile, { clock, backupDir })
  } catch (error) {
    throw explainDamage(error, backupDir)
  }
  const { db, backup } = opened
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

/**
 * Before a shell locks a data file: a damaged one is refused with the full message (and its sound
 * backups) while nothing has been written beside it yet, not even the lock.
 */
export function assertOpenable(dataFile: string, backupDir = defaultBackupDir(dataFile)): void {
  const path = resolve(dataFile)
  if (!existsSync(path) || statSync(path).size === 0) return
  try {
    assertSoundFile(path)
  } catch (error) {
    throw explainDamage(error, backupDir)
  }
}

export function defaultBackupDir(dataFile: string): string {
  return join(dirname(resolve(dataFile)), 'civdesk-backups')
}

import { z } from 'zod'
import { empty } from '../schemas'
import { settingsSchema, type Settings } from '../settings'
import { mutation, query } from './define'

export interface AppInfo {
  appVersion: string
  schemaVersion: number
  dataFile: string
  /** True when the file holds no tasks and no villages: the first-run screen offers 载入示例数据. */
  isEmpty: boolean
  /** The default 统计截止日期: the sample's as-of date when the sample is loaded, else null (today). */
  sampleAsOf: string | null
  /** 'electron' when the page runs in the desktop window, 'web' in the local web mode. */
  shell: 'electron' | 'web'
}

export interface SampleLoadResult {
  villages: number
  tasks: number
  villageItems: number
  asOf: string
}

type SettingsShape = typeof settingsSchema.shape

/**
 * Only the settings the page sends. zod 4 fills a `.default()` even inside `.partial()`, so the plain
 * partial schema turned "change the yellow window" into "also reset every other setting to its default".
 */
const settingsChanges = z
  .object(
    Object.fromEntries(
      Object.entries(settingsSchema.shape).map(([key, field]) => [key, field.unwrap().optional()])
    ) as { [K in keyof SettingsShape]: z.ZodOptional<ReturnType<SettingsShape[K]['unwrap']>> }
  )
  .strict()

export const appContract = {
  'app.info': query<AppInfo>()(empty),
  'sample.load': mutation<SampleLoadResult>()(
    z.object({ scale: z.number().int().min(1).max(50).default(1) }).strict()
  ),
  'settings.get': query<Settings>()(empty),
  'settings.update': mutation<Settings>()(settingsChanges),
  /** A failure in the page, for the log file (the clerk sees a Chinese message, never a stack). */
  'app.reportError': query<void>()(
    z
      .object({
        where: z.string().max(200),
        message: z.string().max(2000),
        stack: z.string().max(8000).optional()
      })
      .strict()
  )
}

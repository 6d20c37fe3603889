import { z } from 'zod'
import { empty } from '../schemas'
import { settingsSchema, type Settings } from '../settings'
import { mutation, query } from './define'

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

export const settingsContract = {
  'settings.get': query<Settings>()(empty),
  'settings.update': mutation<Settings>()(settingsChanges)
}

import { z } from 'zod'
import { empty } from '../schemas'
import { query } from './define'

export interface AppInfo {
  appVersion: string
  schemaVersion: number
  dataFile: string
  /** True when the file holds no tasks and no villages: the first-run screen offers 载入示例数据. */
  isEmpty: boolean
  /** The default 统计截止日期: the sample's as-of date when the sample is loaded, else null (today). */
  sampleAsOf: string | null
  /**
   * The office's names are still to be asked for: some are empty and the clerk has neither filled nor
   * put them off (setting officeAsked). The first-run screen and the shell's banner ask once.
   */
  askOffice: boolean
  /** 'electron' when the page runs in the desktop window, 'web' in the local web mode. */
  shell: 'electron' | 'web'
}

export const appContract = {
  'app.info': query<AppInfo>()(empty),
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

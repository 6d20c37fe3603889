import type { AppContext } from '../app-context'
import { appHandlers } from './app-handlers'
import { areaHandlers } from './area-handlers'
import { assessmentHandlers } from './assessment-handlers'
import { auditHandlers } from './audit-handlers'
import { backupHandlers } from './backup-handlers'
import { briefingHandlers } from './briefing-handlers'
import { calendarHandlers } from './calendar-handlers'
import { catalogHandlers } from './catalog-handlers'
import { chartHandlers } from './chart-handlers'
import { dataFileHandlers } from './data-file-handlers'
import { exchangeHandlers } from './exchange-handlers'
import { fileHandlers } from './file-handlers'
import { ledgerHandlers } from './ledger-handlers'
import { milestoneHandlers } from './milestone-handlers'
import { noticeHandlers } from './notice-handlers'
import { packHandlers } from './pack-handlers'
import { progressHandlers } from './progress-handlers'
import { roundHandlers } from './round-handlers'
import { sampleHandlers } from './sample-handlers'
import { scheduleHandlers } from './schedule-handlers'
import { settingsHandlers } from './settings-handlers'
import { taskHandlers } from './task-handlers'
import { villageHandlers } from './village-handlers'
import type { Handlers } from './handler-types'

export type { Handlers } from './handler-types'

/** Every contract part's handlers in one table (api/<prefix>-handlers.ts answers contract/<prefix>.ts). */
export function createHandlers(ctx: AppContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...areaHandlers(ctx),
    ...assessmentHandlers(ctx),
    ...auditHandlers(ctx),
    ...backupHandlers(ctx),
    ...briefingHandlers(ctx),
    ...calendarHandlers(ctx),
    ...catalogHandlers(ctx),
    ...chartHandlers(ctx),
    ...dataFileHandlers(ctx),
    ...exchangeHandlers(ctx),
    ...fileHandlers(ctx),
    ...ledgerHandlers(ctx),
    ...milestoneHandlers(ctx),
    ...noticeHandlers(ctx),
    ...packHandlers(ctx),
    ...progressHandlers(ctx),
    ...roundHandlers(ctx),
    ...sampleHandlers(ctx),
    ...scheduleHandlers(ctx),
    ...settingsHandlers(ctx),
    ...taskHandlers(ctx),
    ...villageHandlers(ctx)
  } satisfies Handlers
}

import type { AppContext } from '../app-context'
import { latestSchemaVersion } from '../store/migrations'
import { readSettings } from '../store/settings-store'
import { isDataFileEmpty } from '../sample/sample-service'
import { missingOfficeNames } from '../../shared/office-names'
import type { appContract } from '../../shared/contract/app'
import type { HandlerGroup } from './handler-types'

export function appHandlers(ctx: AppContext): HandlerGroup<typeof appContract> {
  return {
    'app.info': () => {
      const settings = readSettings(ctx.db)
      return {
        appVersion: ctx.appVersion,
        schemaVersion: latestSchemaVersion,
        dataFile: ctx.dataFile,
        isEmpty: isDataFileEmpty(ctx),
        sampleAsOf: settings.sampleAsOf,
        askOffice: !settings.officeAsked && missingOfficeNames(settings).length > 0,
        shell: ctx.shell === 'electron' ? 'electron' : 'web'
      }
    },
    'app.reportError': ({ where, message, stack }) =>
      ctx.log.error(`page error in ${where}: ${message}`, stack)
  }
}

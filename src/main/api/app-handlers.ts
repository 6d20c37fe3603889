import type { AppContext } from '../app-context'
import { latestSchemaVersion } from '../store/migrations'
import { readSettings } from '../store/settings-store'
import { isDataFileEmpty, loadSampleCity } from '../services/sample-service'
import { updateSettings } from '../services/settings-service'
import type { HandlerGroup } from './handlers'

export function appHandlers(
  ctx: AppContext
): HandlerGroup<'app.info' | 'sample.load' | 'settings.get' | 'settings.update' | 'app.reportError'> {
  return {
    'app.info': () => ({
      appVersion: ctx.appVersion,
      schemaVersion: latestSchemaVersion,
      dataFile: ctx.dataFile,
      isEmpty: isDataFileEmpty(ctx),
      sampleAsOf: readSettings(ctx.db).sampleAsOf,
      shell: ctx.shell === 'electron' ? 'electron' : 'web'
    }),
    'sample.load': ({ scale }) => loadSampleCity(ctx, scale),
    'settings.get': () => readSettings(ctx.db),
    'settings.update': (changes) => updateSettings(ctx, changes),
    'app.reportError': ({ where, message, stack }) =>
      ctx.log.error(`page error in ${where}: ${message}`, stack)
  }
}

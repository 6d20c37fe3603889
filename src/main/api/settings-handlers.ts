import type { AppContext } from '../app-context'
import { readSettings } from '../store/settings-store'
import { updateSettings } from '../settings/settings-service'
import type { settingsContract } from '../../shared/contract/settings'
import type { HandlerGroup } from './handler-types'

export function settingsHandlers(ctx: AppContext): HandlerGroup<typeof settingsContract> {
  return {
    'settings.get': () => readSettings(ctx.db),
    'settings.update': (changes) => updateSettings(ctx, changes)
  }
}

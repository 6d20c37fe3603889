import type { Settings } from '../../shared/settings'
import { SETTING_LABEL } from '../../shared/settings'
import type { AppContext } from '../app-context'
import { writeAudit } from '../store/audit'
import { readSettings, writeSettings } from '../store/settings-store'

/** Saves changed settings in one transaction with one audit row naming what changed. */
export function updateSettings(ctx: AppContext, changes: Partial<Settings>): Settings {
  return ctx.db.transaction(() => {
    const before = readSettings(ctx.db)
    const changed = (Object.keys(changes) as (keyof Settings)[]).filter(
      (key) => changes[key] !== undefined && JSON.stringify(changes[key]) !== JSON.stringify(before[key])
    )
    if (changed.length === 0) return before
    writeSettings(ctx.db, Object.fromEntries(changed.map((key) => [key, changes[key]])))
    writeAudit(ctx.db, ctx.clock, {
      entity: 'setting',
      action: 'settings',
      summary: `修改设置：${changed.map((key) => SETTING_LABEL[key]).join('、')}`,
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: Object.fromEntries(changed.map((key) => [key, changes[key]]))
    })
    return readSettings(ctx.db)
  })()
}

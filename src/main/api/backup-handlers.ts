import { join } from 'node:path'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { backupsOfCurrentFile, restoreBackup, takeBackup } from '../backup/backup-service'
import { writeAudit } from '../store/audit'
import type { backupContract } from '../../shared/contract/backup'
import type { HandlerGroup } from './handler-types'

export function backupHandlers(ctx: AppContext): HandlerGroup<typeof backupContract> {
  return {
    'backup.list': () => ({ dir: ctx.backupDir, backups: backupsOfCurrentFile(ctx) }),
    'backup.create': async () => {
      const entry = await takeBackup(ctx, 'manual')
      ctx.db.transaction(() =>
        writeAudit(ctx.db, ctx.clock, {
          entity: 'dataset',
          action: 'backup',
          summary: `手动备份数据（${entry.name}）`,
          after: entry
        })
      )()
      return entry
    },
    'backup.restore': ({ name }) => {
      // Only this file's backups (and those of unknown origin) are restored by name; another file's
      // backup needs the file picker and the clerk's confirmation.
      if (!backupsOfCurrentFile(ctx).some((b) => b.name === name))
        throw new UserError('not-found', `找不到当前数据文件的备份“${name}”。`)
      return restoreBackup(ctx, join(ctx.backupDir, name))
    },
    'backup.restoreFromFile': ({ ref, confirmForeign }) =>
      restoreBackup(ctx, ctx.files.resolve(ref, 'input', ['backup-db']), { confirmForeign })
  }
}

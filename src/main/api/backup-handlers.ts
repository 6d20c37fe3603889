import { join } from 'node:path'
import { UserError } from '../../shared/errors'
import type { backupsContract } from '../../shared/contract/backups'
import type { AppContext } from '../app-context'
import { listBackups } from '../backup/backup-catalog'
import { restoreBackup, takeBackup } from '../backup/backup-service'
import { openOtherDataFile, saveDataFileAs } from '../backup/data-file-service'
import { writeAudit } from '../store/audit'
import type { HandlerGroup } from './handlers'

export function backupHandlers(ctx: AppContext): HandlerGroup<keyof typeof backupsContract> {
  return {
    'backup.list': () => ({ dir: ctx.backupDir, backups: listBackups(ctx.backupDir) }),
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
      if (!listBackups(ctx.backupDir).some((b) => b.name === name))
        throw new UserError('not-found', `找不到备份“${name}”。`)
      return restoreBackup(ctx, join(ctx.backupDir, name))
    },
    'backup.restoreFromFile': ({ ref }) => restoreBackup(ctx, ctx.files.resolve(ref, 'input', ['backup-db'])),
    'dataFile.open': ({ ref }) => openOtherDataFile(ctx, ctx.files.resolve(ref, 'input', ['backup-db'])),
    'dataFile.saveAs': ({ ref }) => saveDataFileAs(ctx, ctx.files.resolve(ref, 'output', ['data-file']))
  }
}

import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { UserError } from '../../../shared/errors'
import { restoreBackup } from '../../backup/backup-service'
import { replaceDamagedFile } from '../../backup/damaged-file'
import { inspectDataFile } from '../../store/inspect-data-file'
import { lockDataFile, unlockDataFile } from '../../store/data-file-lock'
import { systemClock } from '../../system/clock'
import { existingDataFile, requiredString } from '../cli-args'
import type { CliCommand } from '../cli-types'
import { withApp } from '../with-app'

export const restoreCommand: CliCommand = {
  summary: '用备份文件恢复数据文件；恢复前自动保存撤销副本',
  usage: 'restore --db FILE --from BACKUP',
  options: { db: { type: 'string' }, from: { type: 'string' } },
  async run(values, env) {
    const dataFile = resolve(existingDataFile(values))
    const from = resolve(requiredString(values, 'from', 'civdesk-backups/civdesk-20250930-090000-daily.db'))
    if (!existsSync(from)) throw new UserError('invalid-input', `找不到备份文件：${from}`)
    if (from === dataFile) throw new UserError('invalid-input', '备份文件不能与数据文件相同')
    const now = (env.clock ?? systemClock).now()
    if (isDamaged(dataFile)) {
      // A damaged file cannot be opened to take an undo copy: it is copied aside instead, never overwritten.
      const aside = replaceDamagedFile(dataFile, from, now)
      env.io.stdout(`已从 ${from} 恢复。损坏的数据文件已另存为：${aside}\n`)
      return
    }
    // A restore replaces the file: refuse while a CivDesk window works on it.
    lockDataFile(dataFile, 'cli', now)
    try {
      const { undo } = await withApp(dataFile, env, (ctx) => restoreBackup(ctx, from))
      env.io.stdout(`已从 ${from} 恢复。恢复前的数据已另存为撤销副本：${undo.name}\n`)
    } finally {
      unlockDataFile(dataFile)
    }
  }
}

function isDamaged(dataFile: string): boolean {
  try {
    return !inspectDataFile(dataFile).sound
  } catch {
    // Not a SQLite file at all: the usual path refuses it with its own message.
    return false
  }
}

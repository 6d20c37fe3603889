import { resolve } from 'node:path'
import { UserError } from '../../../shared/errors'
import { takeBackup } from '../../backup/backup-service'
import { backupDatabase } from '../../store/backup'
import { existingDataFile } from '../cli-args'
import type { CliCommand } from '../cli-types'
import { withApp } from '../with-app'

export const backupCommand: CliCommand = {
  summary: '备份数据文件（在线备份，运行中的程序不受影响）；不指定 --out 时放入备份文件夹并按保留规则清理',
  usage: 'backup --db FILE [--out FILE]',
  options: { db: { type: 'string' }, out: { type: 'string' } },
  async run(values, env) {
    const dataFile = existingDataFile(values)
    const out = typeof values.out === 'string' ? values.out : null
    if (out !== null && resolve(out) === resolve(dataFile))
      throw new UserError('invalid-input', '备份文件不能与数据文件相同')
    const written = await withApp(dataFile, env, async (ctx) =>
      out === null
        ? `${ctx.backupDir}/${(await takeBackup(ctx, 'manual')).name}`
        : backupDatabase(ctx.db, resolve(out))
    )
    env.io.stdout(`已备份到：${written}\n`)
  }
}

import { resolve } from 'node:path'
import { UserError } from '../../../shared/errors'
import { backupDatabase } from '../../store/backup'
import { existingDataFile, requiredString } from '../cli-args'
import type { CliCommand } from '../cli-types'
import { withApp } from '../with-app'

export const backupCommand: CliCommand = {
  summary: '把数据文件备份到指定位置（在线备份，运行中的程序不受影响）',
  usage: 'backup --db FILE --out FILE',
  options: { db: { type: 'string' }, out: { type: 'string' } },
  async run(values, env) {
    const dataFile = existingDataFile(values)
    const out = requiredString(values, 'out', 'backup.db')
    if (resolve(out) === resolve(dataFile)) throw new UserError('invalid-input', '备份文件不能与数据文件相同')
    const written = await withApp(dataFile, env, (ctx) => backupDatabase(ctx.db, resolve(out)))
    env.io.stdout(`已备份到：${written}\n`)
  }
}

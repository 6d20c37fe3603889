import { resolve } from 'node:path'
import { BACKUP_REASON_LABEL, UNKNOWN_SOURCE_LABEL } from '../../../shared/backups'
import { UserError } from '../../../shared/errors'
import { listBackups } from '../../backup/backup-catalog'
import { takeBackup } from '../../backup/backup-service'
import { defaultBackupDir } from '../../bootstrap'
import { backupDatabase } from '../../store/backup'
import { inspectDataFile } from '../../store/inspect-data-file'
import { existingDataFile } from '../cli-args'
import type { CliCommand } from '../cli-types'
import { printJson, withApp } from '../with-app'

export const backupCommand: CliCommand = {
  summary:
    '备份数据文件（在线备份，运行中的程序不受影响）；不指定 --out 时放入备份文件夹并按保留规则清理；--list 列出这个文件的备份',
  usage: 'backup --db FILE [--out FILE] | backup --db FILE --list [--json]',
  options: {
    db: { type: 'string' },
    out: { type: 'string' },
    list: { type: 'boolean' },
    json: { type: 'boolean' }
  },
  async run(values, env) {
    const dataFile = existingDataFile(values)
    if (values.list) return listCommand(dataFile, values.json === true, env)
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

/**
 * This file's backups, read without opening it for writing (its id from a copy in memory), so listing
 * works on a file another CivDesk holds and writes nothing beside it.
 */
function listCommand(dataFile: string, json: boolean, env: Parameters<CliCommand['run']>[1]): void {
  const { fileId } = inspectDataFile(dataFile)
  const dir = defaultBackupDir(dataFile)
  const backups = listBackups(dir, fileId).map((b) => ({
    name: b.name,
    takenAt: b.takenAt,
    reason: b.reason,
    bytes: b.bytes,
    source: b.fileId === null ? 'unknown' : 'this'
  }))
  if (json) return printJson(env, { dir, backups })
  if (backups.length === 0) return env.io.stdout(`备份文件夹“${dir}”中没有这个数据文件的备份。\n`)
  const lines = [`备份文件夹：${dir}（共 ${backups.length} 份，最新的在前）`]
  for (const b of backups)
    lines.push(
      `${b.takenAt.replace('T', ' ')}  ${BACKUP_REASON_LABEL[b.reason]}${b.source === 'unknown' ? `（${UNKNOWN_SOURCE_LABEL}）` : ''}  ${b.bytes} 字节  ${b.name}`
    )
  env.io.stdout(lines.join('\n') + '\n')
}

import { existsSync, rmSync, statSync } from 'node:fs'
import { UserError } from '../../../shared/errors'
import { isDataFileEmpty } from '../../sample/sample-service'
import { requiredString } from '../cli-args'
import type { CliCommand } from '../cli-types'
import { withApp } from '../with-app'

/**
 * Starts a real office's data: a new, empty data file (no sample, no office names; `office` sets them).
 * An existing file is never overwritten; --force replaces only a CivDesk file that holds no work.
 */
export const initCommand: CliCommand = {
  summary: '新建一个空的数据文件（不含示例数据）；之后用 office 填写本单位名称，用 import 导入台账',
  usage: 'init --db FILE [--force]',
  options: { db: { type: 'string' }, force: { type: 'boolean' } },
  async run(values, env) {
    const dataFile = requiredString(values, 'db', '文明办数据.db')
    if (existsSync(dataFile)) {
      if (!statSync(dataFile).isFile()) throw new UserError('invalid-input', `“${dataFile}”不是文件。`)
      if (statSync(dataFile).size > 0) {
        if (!values.force)
          throw new UserError(
            'invalid-input',
            `数据文件已存在：${dataFile}，未作任何改动。如确要重新开始且该文件中没有任何数据，请加 --force`
          )
        // Opening it checks it is a sound CivDesk file; only one without work may be replaced.
        const empty = await withApp(dataFile, env, (ctx) => isDataFileEmpty(ctx))
        if (!empty)
          throw new UserError(
            'invalid-input',
            `数据文件“${dataFile}”中已有任务或村庄数据，--force 也不会覆盖它。请换一个文件名。`
          )
      }
      for (const suffix of ['', '-wal', '-shm']) rmSync(dataFile + suffix, { force: true })
    }
    await withApp(dataFile, env, () => undefined)
    env.io.stdout(
      `已新建空数据文件：${dataFile}\n下一步：office --db ${dataFile} --name 发文机关全称 --short 简称 --code 代字 …，再用 import 导入台账。\n`
    )
  }
}

import { existsSync, rmSync, statSync } from 'node:fs'
import { UserError } from '../../../shared/errors'
import { loadSampleCity } from '../../sample/sample-service'
import { integerOption, requiredString } from '../cli-args'
import type { CliCommand } from '../cli-types'
import { printJson, withApp } from '../with-app'

export const demoCommand: CliCommand = {
  summary: '新建一个载有示例市数据的数据文件',
  usage: 'demo --db FILE [--scale N] [--force] [--json]',
  options: {
    db: { type: 'string' },
    scale: { type: 'string' },
    force: { type: 'boolean' },
    json: { type: 'boolean' }
  },
  async run(values, env) {
    const dataFile = requiredString(values, 'db', 'demo.db')
    const scale = integerOption(values, 'scale', 1, 50) ?? 1
    if (existsSync(dataFile) && statSync(dataFile).size > 0) {
      if (!values.force)
        throw new UserError('invalid-input', `数据文件已存在：${dataFile}。如要覆盖，请加 --force`)
      for (const suffix of ['', '-wal', '-shm']) rmSync(dataFile + suffix, { force: true })
    }
    const result = await withApp(dataFile, env, (ctx) => loadSampleCity(ctx, scale))
    if (values.json) printJson(env, result)
    else {
      env.io.stdout(
        `已创建示例数据：${dataFile}\n城中村 ${result.villages} 个，任务 ${result.tasks} 项，村治理事项 ${result.villageItems} 项；统计截止日期 ${result.asOf}\n`
      )
    }
  }
}

import { latestSchemaVersion } from '../../store/migrations'
import { UserError } from '../../../shared/errors'
import { existingDataFile } from '../cli-args'
import type { CliCommand } from '../cli-types'
import { printJson } from '../with-app'
import { checkDataFile } from '../../store/check-data-file'
import { openReadOnly } from '../../store/open-database'

export const checkCommand: CliCommand = {
  summary: '检查数据文件是否完好（完整性、外键、数据版本）；完好时退出码为0',
  usage: 'check --db FILE [--json]',
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, env) {
    const dataFile = existingDataFile(values)
    const db = openReadOnly(dataFile)
    let report
    try {
      report = checkDataFile(db, latestSchemaVersion)
    } catch (error) {
      throw new UserError(
        'file-refused',
        `“${dataFile}”不是完好的文明办工作台数据文件：${error instanceof Error ? error.message : String(error)}`
      )
    } finally {
      db.close()
    }
    if (values.json) printJson(env, report)
    else
      env.io.stdout(
        report.ok
          ? `数据文件完好（数据版本 ${report.schemaVersion}）\n`
          : `数据文件有问题：\n${report.problems.join('\n')}\n`
      )
    if (!report.ok) throw new UserError('file-refused', `数据文件检查未通过：${report.problems.join('；')}`)
  }
}

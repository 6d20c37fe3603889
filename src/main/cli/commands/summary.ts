import { formatChineseDate } from '../../../shared/civil-date'
import { computeSummary } from '../../ledger/summary'
import { asOfDate, existingDataFile } from '../cli-args'
import type { CliCommand } from '../cli-types'
import { printJson, withApp } from '../with-app'
import { provisionalNoteAsOf } from '../provisional-note'

export const summaryCommand: CliCommand = {
  summary: '统计截止日期的任务与村治理事项完成情况及亮灯数',
  usage: 'summary --db FILE [--as-of YYYY-MM-DD] [--json]',
  options: { db: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' } },
  async run(values, env) {
    const dataFile = existingDataFile(values)
    const asOf = asOfDate(values)
    const [summary, note] = await withApp(
      dataFile,
      env,
      (ctx) => [computeSummary(ctx, asOf), provisionalNoteAsOf(env, ctx, asOf)] as const
    )
    if (values.json) return printJson(env, { ...summary, ...note })
    const t = summary.tasks
    const v = summary.villageItems
    env.io.stdout(
      [
        `截至${formatChineseDate(asOf)}：`,
        `任务 ${t.total} 项：已办结 ${t.done}，红灯 ${t.red}，黄灯 ${t.yellow}，绿灯 ${t.green}`,
        `城中村 ${summary.villages} 个；治理事项 ${v.total} 项：已办结 ${v.done}，红灯 ${v.red}，黄灯 ${v.yellow}，绿灯 ${v.green}`
      ].join('\n') + '\n'
    )
  }
}

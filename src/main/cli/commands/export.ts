import { resolve } from 'node:path'
import { formatChineseDate } from '../../../shared/civil-date'
import { UserError } from '../../../shared/errors'
import { exportToPath } from '../../exchange/export-service'
import { asOfDate, existingDataFile, requiredString } from '../cli-args'
import type { CliCommand } from '../cli-types'
import { printJson, withApp } from '../with-app'
import { provisionalNoteAsOf } from '../provisional-note'

/** `export --db DB --out FILE.xlsx`: the task ledger or the village matrix as a styled workbook. */
export const exportCommand: CliCommand = {
  summary: '导出任务台账或村治理事项矩阵为 Excel 工作簿（.xlsx，带标题、筛选、亮灯底色、状态下拉）',
  usage: 'export --db FILE --out FILE.xlsx [--what tasks|villages] [--as-of YYYY-MM-DD] [--json]',
  options: {
    db: { type: 'string' },
    out: { type: 'string' },
    what: { type: 'string' },
    'as-of': { type: 'string' },
    json: { type: 'boolean' }
  },
  async run(values, env) {
    const dataFile = existingDataFile(values)
    const out = resolve(requiredString(values, 'out', '台账.xlsx'))
    if (!/\.xlsx$/i.test(out)) throw new UserError('invalid-input', `--out 应为 .xlsx 文件，收到：${out}`)
    if (out === resolve(dataFile)) throw new UserError('invalid-input', '导出文件不能与数据文件相同')
    const what = values.what ?? 'tasks'
    if (what !== 'tasks' && what !== 'villages') {
      throw new UserError(
        'invalid-input',
        `--what 应为 tasks（任务台账）或 villages（村治理事项），收到：${String(what)}`
      )
    }
    const asOf = asOfDate(values)
    const [result, note] = await withApp(
      dataFile,
      env,
      async (ctx) =>
        [
          await exportToPath(ctx, { what, asOf, rowIds: null }, out),
          provisionalNoteAsOf(env, ctx, asOf)
        ] as const
    )
    if (values.json) return printJson(env, { ...result, path: out, asOf, ...note })
    const noun = what === 'tasks' ? '项任务' : '个城中村'
    env.io.stdout(`已导出${result.rows}${noun}（统计截止日期${formatChineseDate(asOf)}）：${out}\n`)
  }
}

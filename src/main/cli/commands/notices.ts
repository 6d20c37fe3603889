import { existsSync, mkdirSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { formatChineseDate, yearOf } from '../../../shared/civil-date'
import type { NoticeRequest } from '../../../shared/contract'
import { UserError } from '../../../shared/errors'
import { issueNotices, previewNotices, writeRegisterInto } from '../../notice/notice-service'
import { requireOfficeNames } from '../../settings/office-names'
import { asOfDate, existingDataFile, requiredString } from '../cli-args'
import type { CliCommand } from '../cli-types'
import { withApp } from '../with-app'
import { provisionalNoteAsOf } from '../provisional-note'

export const noticesCommand: CliCommand = {
  summary: '按责任单位批量生成督办通知（全部逾期事项）或催办通知（反馈逾期的督办通知），并导出发文登记表',
  usage: 'notices --db FILE --out DIR [--as-of YYYY-MM-DD] [--kind supervision|reminder]',
  options: {
    db: { type: 'string' },
    out: { type: 'string' },
    'as-of': { type: 'string' },
    kind: { type: 'string' }
  },
  async run(values, env) {
    const dataFile = existingDataFile(values)
    const dir = resolve(requiredString(values, 'out', '督办通知'))
    if (existsSync(dir) && !statSync(dir).isDirectory())
      throw new UserError('invalid-input', `--out 应为文件夹，${dir} 是一个文件`)
    const asOf = asOfDate(values)
    const kind = values.kind ?? 'supervision'
    if (kind !== 'supervision' && kind !== 'reminder')
      throw new UserError(
        'invalid-input',
        `--kind 应为 supervision（督办通知）或 reminder（催办通知），收到：${String(kind)}`
      )
    const request: NoticeRequest =
      kind === 'supervision' ? { kind, selection: { mode: 'overdue' } } : { kind: 'reminder' }
    const written = await withApp(dataFile, env, async (ctx) => {
      provisionalNoteAsOf(env, ctx, asOf)
      const plan = previewNotices(ctx, asOf, asOf, request)
      for (const warning of plan.warnings) env.io.stderr(`提示：${warning}\n`)
      if (plan.groups.length === 0) return null
      // Refused before the folder is made: nothing is written while a name the notices print is empty.
      requireOfficeNames(ctx.settings(), kind)
      mkdirSync(dir, { recursive: true })
      const { paths } = await issueNotices(ctx, { asOf, issuedOn: asOf, request }, dir)
      const register = await writeRegisterInto(ctx, asOf, yearOf(asOf), dir)
      return [...paths, register]
    })
    if (written === null) {
      env.io.stdout(
        kind === 'supervision'
          ? `截至${formatChineseDate(asOf)}没有逾期事项，未生成督办通知。\n`
          : `截至${formatChineseDate(asOf)}没有反馈逾期且尚未催办的督办通知，未生成催办通知。\n`
      )
      return
    }
    env.io.stdout(`${written.join('\n')}\n`)
  }
}

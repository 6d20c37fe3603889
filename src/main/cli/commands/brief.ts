import { existsSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { isIsoDate } from '../../../shared/civil-date'
import { UserError } from '../../../shared/errors'
import type { RoundHighlight } from '../../../shared/contract'
import { draftBriefing } from '../../briefing/briefing-draft'
import { roundHighlights } from '../../round/round-board'
import { exportBriefing } from '../../briefing/briefing-service'
import { asOfDate, existingDataFile, integerOption, requiredString } from '../cli-args'
import type { CliCommand, OptionValues } from '../cli-types'
import { withApp } from '../with-app'
import { provisionalNoteAsOf } from '../provisional-note'

/** --out of a command that writes one file: the right extension, in a folder that exists. */
export function outputFile(values: OptionValues, extension: string, example: string): string {
  const path = resolve(requiredString(values, 'out', example))
  if (!path.toLowerCase().endsWith(`.${extension}`))
    throw new UserError('invalid-input', `--out 应为 .${extension} 文件，收到：${path}`)
  if (!existsSync(dirname(path)) || !statSync(dirname(path)).isDirectory())
    throw new UserError('invalid-input', `保存位置不存在：${dirname(path)}`)
  return path
}

/** --highlights all: every accepted 亮点做法 of the date's round (the 文档 page lets a clerk pick). */
function highlightIds(value: OptionValues[string], available: RoundHighlight[]): number[] {
  if (value === undefined) return []
  if (value !== 'all') throw new UserError('invalid-input', `--highlights 只能为 all，收到：${String(value)}`)
  return available.map((h) => h.id)
}

export const briefCommand: CliCommand = {
  summary: '生成工作简报（Word），并登记本期数据供下期对比',
  usage:
    'brief --db FILE --out FILE.docx [--as-of YYYY-MM-DD] [--issue-no N] [--issued-on YYYY-MM-DD] [--no-reporting] [--highlights all]',
  options: {
    db: { type: 'string' },
    out: { type: 'string' },
    'as-of': { type: 'string' },
    'issue-no': { type: 'string' },
    'issued-on': { type: 'string' },
    'no-reporting': { type: 'boolean' },
    highlights: { type: 'string' }
  },
  async run(values, env) {
    const dataFile = existingDataFile(values)
    const out = outputFile(values, 'docx', '简报.docx')
    const asOf = asOfDate(values)
    const issueNo = integerOption(values, 'issue-no', 1, 999)
    const issuedOnValue = values['issued-on']
    if (issuedOnValue !== undefined && (typeof issuedOnValue !== 'string' || !isIsoDate(issuedOnValue)))
      throw new UserError(
        'invalid-input',
        `--issued-on 应为“YYYY-MM-DD”格式的有效日期，收到：${String(issuedOnValue)}`
      )
    const issuedOn = (issuedOnValue as string | undefined) ?? asOf
    const issue = await withApp(dataFile, env, async (ctx) => {
      // 存在问题 and 下步工作 as prefilled from the progress reports; the 文档 page lets a clerk edit them.
      provisionalNoteAsOf(env, ctx, asOf)
      const choices = {
        reporting: values['no-reporting'] !== true,
        highlights: highlightIds(values.highlights, roundHighlights(ctx, asOf))
      }
      const draft = draftBriefing(ctx, { asOf, issueNo, issuedOn, ...choices })
      const result = await exportBriefing(
        ctx,
        {
          asOf,
          issueNo: draft.issueNo,
          issuedOn,
          problems: draft.problems,
          nextSteps: draft.nextSteps,
          ...choices
        },
        out
      )
      return result.issue
    })
    env.io.stdout(`已生成${issue.year}年第${issue.issueNo}期简报（数据截至${issue.asOf}）：\n${out}\n`)
  }
}

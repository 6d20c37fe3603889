import { existsSync, mkdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { isIsoDate } from '../../../shared/civil-date'
import type { PackOptions } from '../../../shared/contract'
import { DEFAULT_RECTIFY_DAYS } from '../../../shared/contract/pack'
import { UserError } from '../../../shared/errors'
import { DEFAULT_MEETING_TITLE } from '../../pack/pack-defaults'
import { checkPackOfficeNames } from '../../pack/pack-office'
import { packFolderName } from '../../pack/pack-writer'
import { asOfDate, existingDataFile, integerOption, requiredString } from '../cli-args'
import type { CliCommand, OptionValues } from '../cli-types'
import { contractCaller } from '../contract-caller'
import { provisionalNoteAsOf } from '../provisional-note'
import { printJson, withApp } from '../with-app'

function dateOption(values: OptionValues, name: string): string | undefined {
  const value = values[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !isIsoDate(value))
    throw new UserError('invalid-input', `--${name} 应为“YYYY-MM-DD”格式的有效日期，收到：${String(value)}`)
  return value
}

/**
 * `pack`: the whole 会议材料包 (简报, 督办 and 催办通知 with the 发文登记表, 逾期及临期事项清单, the latest
 * round's 报送情况, the latest 测评通报, 材料目录) into
 * `<out>/<会议日期> <会议名称>/` and a .zip beside it, through the same contract method as the 文档 page.
 */
export const packCommand: CliCommand = {
  summary:
    '生成会议材料包（材料目录、工作简报、督办通知及发文登记表、逾期及临期事项清单、报送情况、测评通报）和同名压缩包',
  usage:
    'pack --db FILE --out DIR --as-of YYYY-MM-DD [--title 会议名称] [--meeting-date YYYY-MM-DD] [--issue-no N] [--rectify-days N] [--json]',
  options: {
    db: { type: 'string' },
    out: { type: 'string' },
    'as-of': { type: 'string' },
    title: { type: 'string' },
    'meeting-date': { type: 'string' },
    'issue-no': { type: 'string' },
    'rectify-days': { type: 'string' },
    json: { type: 'boolean' }
  },
  async run(values, env) {
    const dataFile = existingDataFile(values)
    const out = resolve(requiredString(values, 'out', '会议材料'))
    if (existsSync(out) && !statSync(out).isDirectory())
      throw new UserError('invalid-input', `--out 应为文件夹，${out} 是一个文件`)
    const asOf = asOfDate(values)
    const meetingDate = dateOption(values, 'meeting-date') ?? asOf
    const title = typeof values.title === 'string' ? values.title : DEFAULT_MEETING_TITLE
    const options: PackOptions = {
      title,
      meetingDate,
      asOf,
      issuedOn: asOf,
      briefing: { include: true, issueNo: integerOption(values, 'issue-no', 1, 999) },
      notices: { include: true, units: 'overdue', reminders: true },
      dueList: { include: true },
      reporting: { include: true },
      bulletin: {
        include: true,
        rectifyDays: integerOption(values, 'rectify-days', 1, 365) ?? DEFAULT_RECTIFY_DAYS
      }
    }
    const folder = join(out, packFolderName({ meetingDate, title }))
    const result = await withApp(dataFile, env, async (ctx) => {
      provisionalNoteAsOf(env, ctx, asOf)
      // Refused before the folder is made: nothing is written while a name or the target is wrong.
      checkPackOfficeNames(ctx, options)
      for (const target of [folder, `${folder}.zip`])
        if (existsSync(target))
          throw new UserError(
            'conflict',
            `“${target}”已存在，未写入任何文件。请换一个 --title 或 --meeting-date。`
          )
      mkdirSync(out, { recursive: true })
      const call = contractCaller(ctx)
      return call('pack.write', { options, folder: ctx.files.register(out, 'pack-folder', 'folder').ref })
    })
    const report = {
      folder,
      zip: `${folder}.zip`,
      parts: result.parts.map((p) => ({ name: p.name, files: p.files }))
    }
    if (values.json) return printJson(env, report)
    env.io.stdout(
      `已生成会议材料（数据快照 ${result.snapshotAt}）：\n${folder}\n${report.parts.map((p) => `  ${p.name}（${p.files}个文件）`).join('\n')}\n${report.zip}\n`
    )
  }
}

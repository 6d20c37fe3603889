import { basename, resolve } from 'node:path'
import type { CalendarImportPreview } from '../../../shared/contract'
import { dateRuns } from '../../../shared/date-runs'
import { UserError } from '../../../shared/errors'
import { importCalendar, previewCalendarImport } from '../../calendar/calendar-import'
import { calendarYear } from '../../calendar/calendar-service'
import { assertReadable } from '../../file/file-service'
import { existingDataFile, integerOption } from '../cli-args'
import type { CliCommand, CliEnv, OptionValues } from '../cli-types'
import { provisionalNote } from '../provisional-note'
import { printJson, withApp } from '../with-app'

const USAGE =
  'calendar import FILE.txt|FILE.docx --db FILE [--dry-run] [--replace] [--json]\n' +
  '           calendar show --db FILE --year YYYY [--json]'

/**
 * `calendar import`: the State Council's notice (or CivDesk's lines) into the working-day calendar, with
 * the same preview as 设置 → 工作日历; any error → exit 2, nothing written; a year already official is
 * replaced only with --replace. `calendar show`: one year as the calendar counts it.
 */
export const calendarCommand: CliCommand = {
  summary: '工作日历：导入国务院办公厅放假安排通知（import），查看某一年（show）',
  usage: USAGE,
  positionals: 2,
  options: {
    db: { type: 'string' },
    year: { type: 'string' },
    'dry-run': { type: 'boolean' },
    replace: { type: 'boolean' },
    json: { type: 'boolean' }
  },
  async run(values, env, positionals) {
    const [sub, file] = positionals
    if (sub === 'show') {
      if (file !== undefined) throw new UserError('invalid-input', `多余的参数：${file}\n用法：${USAGE}`)
      return showYear(values, env)
    }
    if (sub === 'import') return importFile(values, env, file)
    throw new UserError(
      'invalid-input',
      `calendar 后应为 import 或 show，收到：${sub ?? '（无）'}\n用法：${USAGE}`
    )
  }
}

async function showYear(values: OptionValues, env: CliEnv): Promise<void> {
  const dataFile = existingDataFile(values)
  const year = integerOption(values, 'year', 1990, 2100)
  if (year === undefined) throw new UserError('invalid-input', '缺少参数 --year，例如：--year 2027')
  const shown = await withApp(dataFile, env, (ctx) => calendarYear(ctx, year))
  const note = provisionalNote(env, shown.status === 'provisional' ? [year] : [])
  const days = shown.days.map((d) => ({
    date: d.date,
    kind: d.kind === 'holiday' ? ('off' as const) : ('work' as const),
    name: d.name
  }))
  if (values.json)
    return printJson(env, { year, status: shown.status, workingDays: shown.workdays, days, ...note })
  const status =
    shown.status === 'official' ? '正式安排' : '预估（尚无国务院办公厅放假安排，按法定节假日计算）'
  const lines = [`${year}年：${status}，全年工作日${shown.workdays}天`]
  for (const d of shown.days) lines.push(`${d.date} ${d.kind === 'holiday' ? '休' : '班'} ${d.name}`)
  env.io.stdout(lines.join('\n') + '\n')
}

async function importFile(values: OptionValues, env: CliEnv, file: string | undefined): Promise<void> {
  if (!file)
    throw new UserError(
      'invalid-input',
      `缺少要导入的文件，例如：calendar import 2027年放假安排.txt --db demo.db`
    )
  const dataFile = existingDataFile(values)
  const path = resolve(file)
  // Checked before the data file is opened: a refused file leaves it untouched.
  assertReadable(path, 'calendar-text')
  await withApp(dataFile, env, async (ctx) => {
    const source = { ref: ctx.files.register(path, 'calendar-text', 'input').ref }
    const preview = await previewCalendarImport(ctx, source)
    const years = preview.years.map((y) => y.year)
    let result: { years: number[]; days: number } | null = null
    try {
      if (!values['dry-run']) result = await importCalendar(ctx, source, years, values.replace === true)
    } catch (error) {
      // The preview shows what would have changed, then the refusal (exit 2, nothing written).
      if (values.json)
        printJson(env, { preview, result: null, ...provisionalNote(env, stillProvisional(preview, null)) })
      else printPreview(env, preview)
      throw error
    }
    const note = provisionalNote(env, stillProvisional(preview, result))
    if (values.json) return printJson(env, { preview, result, ...note })
    printPreview(env, preview)
    env.io.stdout(
      result
        ? `已导入${result.years.map((y) => `${y}年`).join('、')}的节假日安排（${result.days}天）\n`
        : '（试运行：未写入任何内容）\n'
    )
  })
}

/** The file's years that still count from the law after the command (all of them on a dry run). */
function stillProvisional(preview: CalendarImportPreview, result: { years: number[] } | null): number[] {
  if (result) return []
  return preview.years.filter((y) => y.statusBefore === 'provisional').map((y) => y.year)
}

function printPreview(env: CliEnv, preview: CalendarImportPreview): void {
  const lines = [
    `文件：${basename(preview.fileName)}（${preview.source === 'notice' ? '国务院办公厅通知原文' : '逐行格式'}）`
  ]
  for (const y of preview.years) {
    const status = y.statusBefore === 'official' ? '已有正式安排，导入将替换' : '现为预估'
    const delta = y.workdaysAfter - y.workdaysBefore
    lines.push(
      `${y.year}年（${status}）：全年工作日 ${y.workdaysBefore} → ${y.workdaysAfter} 天（${delta === 0 ? '不变' : delta > 0 ? `+${delta}` : delta}）；` +
        `与现有相比新增${y.added.length}天、修改${y.changed.length}天、删除${y.removed.length}天`
    )
    for (const h of y.holidays) {
      const work = h.work.length > 0 ? `；上班 ${dateRuns(h.work)}` : ''
      lines.push(`  ${h.name}：放假 ${dateRuns(h.off)}（${h.off.length}天）${work}`)
    }
  }
  env.io.stdout(lines.join('\n') + '\n')
}

import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import {
  fieldLabel,
  type ImportKindInfo,
  type ImportPreview,
  type ImportResult
} from '../../../shared/contract/exchange'
import { UserError } from '../../../shared/errors'
import { describeIssue, previewRefusal } from '../../exchange/import-service'
import { importKinds } from '../../exchange/kinds/registry'
import { openLedger } from '../../exchange/ledger-file'
import { assertReadable } from '../../file/file-service'
import { asOfDate, existingDataFile } from '../cli-args'
import { contractCaller } from '../contract-caller'
import type { CliCommand, CliEnv } from '../cli-types'
import { provisionalNoteAsOf } from '../provisional-note'
import { printJson, withApp } from '../with-app'

/**
 * `import FILE --db DB`: reads an Excel 台账 (tasks, or village items in long form), prints what it would
 * do, and unless --dry-run writes it in one transaction after a backup. A file CivDesk cannot read is
 * refused before the data file is opened; any row error stops the whole import (exit 2, nothing written).
 * Preview and commit go through the contract's dispatch, as the wizard's calls do: same validation, same
 * pipeline, same refusals.
 */
export const importCommand: CliCommand = {
  summary: '导入 Excel 台账（任务台账，或村治理事项明细）；先列出将新增、修改的内容，任何一行有误则不导入',
  usage: `import FILE.xlsx --db FILE [--kind ${importKinds()
    .map((k) => k.info.kind)
    .join('|')}] [--dry-run] [--as-of YYYY-MM-DD] [--json]`,
  positionals: 1,
  options: {
    db: { type: 'string' },
    kind: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'as-of': { type: 'string' },
    json: { type: 'boolean' }
  },
  async run(values, env, positionals) {
    const path = positionals[0]
    if (!path) throw new UserError('invalid-input', `缺少要导入的文件，例如：import 台账.xlsx --db demo.db`)
    const kind = String(values.kind ?? 'auto')
    const kinds = importKinds().map((k) => k.info)
    if (kind !== 'auto' && !kinds.some((k) => k.kind === kind)) {
      const names = kinds.map((k) => `${k.kind}（${k.title}）`)
      throw new UserError(
        'invalid-input',
        `--kind 应为 ${names.slice(0, -1).join('、')}或 ${names[names.length - 1]}，收到：${String(kind)}`
      )
    }
    const dataFile = existingDataFile(values)
    const asOf = asOfDate(values)
    assertReadable(resolve(path), 'ledger-xlsx')
    // Read and check the workbook before the data file is opened: a refused file leaves it untouched.
    // 'auto' is settled here too: the contract takes a kind's name.
    const checked = await openLedger(readFileSync(path), basename(path), kind)
    await withApp(dataFile, env, async (ctx) => {
      const note = provisionalNoteAsOf(env, ctx, asOf)
      const call = contractCaller(ctx)
      const request = {
        file: ctx.files.register(resolve(path), 'ledger-xlsx', 'input').ref,
        kind: checked.kind.info.kind,
        asOf
      }
      const preview = await call('exchange.preview', request)
      let result: ImportResult | null = null
      try {
        const refusal = previewRefusal(preview)
        if (refusal) throw refusal
        if (!values['dry-run'])
          result = await call('exchange.commit', { ...request, fingerprint: preview.fingerprint })
      } catch (error) {
        if (!(error instanceof UserError)) throw error
        if (values.json) printJson(env, { preview, result: null, ...note })
        else printPreview(env, preview, kinds, true)
        const allErrors = preview.rows.flatMap((r) => r.errors)
        throw allErrors.length > 0 && error.code === 'invalid-input'
          ? new UserError(
              'invalid-input',
              `有${preview.counts.error}行有误，未导入任何内容：\n${allErrors.map(describeIssue).join('\n')}`
            )
          : error
      }
      if (values.json) return printJson(env, { preview, result, ...note })
      printPreview(env, preview, kinds, values['dry-run'] === true)
      if (result) {
        env.io.stdout(
          `已导入：新增${result.created}项，修改${result.updated}项，未变${result.unchanged}项` +
            (result.reportsAdded ? `，新增进展${result.reportsAdded}条` : '') +
            (result.unitsCreated.length ? `，新建单位${result.unitsCreated.length}个` : '') +
            `。导入前的备份：${result.backupFile}\n`
        )
      } else env.io.stdout('（试运行：未写入任何内容）\n')
    })
  }
}

function printPreview(
  env: CliEnv,
  preview: ImportPreview,
  kinds: readonly ImportKindInfo[],
  quiet: boolean
): void {
  const info = (kind: string) => kinds.find((k) => k.kind === kind)!
  const lines: string[] = [`文件：${preview.fileName}（${info(preview.kind).title}）`]
  for (const sheet of preview.sheets) {
    const mapped = sheet.columns
      .filter((c) => c.field)
      .map((c) => `${c.letter}“${c.header}”→${fieldLabel(info(sheet.kind), c.field!)}`)
      .join('，')
    lines.push(`工作表“${sheet.sheet}”：表头在第${sheet.headerRow}行；${mapped}`)
    if (sheet.sheetDate)
      lines.push(`  填报日期${sheet.sheetDate.date}（${sheet.sheetDate.from}），没有写日期的进展记为这一天`)
    if (sheet.contextYear)
      lines.push(`  未写年份的日期按${sheet.contextYear.year}年（${sheet.contextYear.from}）`)
    for (const note of sheet.notes) lines.push(`  ${note}`)
    if (sheet.problem) lines.push(`  无法导入：${sheet.problem}`)
  }
  for (const skipped of preview.skippedSheets) lines.push(`工作表“${skipped.sheet}”：${skipped.reason}`)
  const c = preview.counts
  lines.push(
    `新增${c.new}项，修改${c.changed}项，未变${c.unchanged}项，有误${c.error}行；略过空行、标题、备注等${preview.skippedRows}行`
  )
  if (preview.createsPlan) lines.push(`将新建行动方案：${preview.createsPlan}`)
  if (preview.newUnits.length > 0) lines.push(`将新建单位：${preview.newUnits.join('、')}`)
  if (!quiet) {
    for (const row of preview.rows.filter((r) => r.status === 'changed')) {
      lines.push(
        `  修改 第${row.row}行 ${row.label}：${row.changes.map((ch) => `${ch.label} ${ch.before || '（空）'} → ${ch.after || '（空）'}`).join('；')}`
      )
    }
  }
  env.io.stdout(lines.join('\n') + '\n')
}

import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { addDays, yearOf } from '../../../shared/civil-date'
import type { ImportResult } from '../../../shared/contract/exchange'
import { DEFAULT_RECTIFY_DAYS } from '../../../shared/contract/pack'
import { UserError } from '../../../shared/errors'
import { writeBulletin } from '../../assessment/documents/report-service'
import { listProblems } from '../../assessment/problem-service'
import { roundByName } from '../../assessment/round-store'
import { schemeInForce } from '../../assessment/scheme-store'
import { scoreRound } from '../../assessment/score-service'
import { describeIssue, previewRefusal } from '../../exchange/import-service'
import { openLedger } from '../../exchange/ledger-file'
import { assertReadable } from '../../file/file-service'
import { asOfDate, existingDataFile, requiredString } from '../cli-args'
import type { CliCommand, CliEnv, OptionValues } from '../cli-types'
import { printJson, withApp } from '../with-app'
import { contractCaller } from '../contract-caller'

const SUBCOMMANDS = ['scheme', 'import', 'score', 'report', 'problems'] as const

/**
 * `assess scheme|import|score|report|problems` (issue 16): the 测评 over the same services as the page.
 * `assess score --json` prints exactly what assessment.score answers, the figures the 通报 prints.
 */
export const assessCommand: CliCommand = {
  summary: '常态长效测评：查看测评体系、导入测评结果、计分排名、生成测评通报、列出问题清单',
  usage: [
    'assess scheme   --db FILE [--year Y] --json',
    'assess import   RESULTS.xlsx --db FILE --round "2025年第三季度" [--overwrite] [--dry-run] [--json]',
    'assess score    --db FILE --round R [--as-of D] --json',
    'assess report   --db FILE --round R --out 通报.docx [--as-of D] [--deadline D，默认印发后30天]',
    'assess problems --db FILE [--round R] [--as-of D] --json'
  ].join('\n       '),
  positionals: 2,
  options: {
    db: { type: 'string' },
    year: { type: 'string' },
    round: { type: 'string' },
    'as-of': { type: 'string' },
    out: { type: 'string' },
    deadline: { type: 'string' },
    overwrite: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' }
  },
  async run(values, env, positionals) {
    const sub = positionals[0]
    if (!SUBCOMMANDS.some((s) => s === sub))
      throw new UserError(
        'invalid-input',
        `assess 后应为 ${SUBCOMMANDS.join('、')} 之一，收到：${sub ?? '（空）'}`
      )
    const dataFile = existingDataFile(values)
    if (sub === 'import') return assessImport(values, env, dataFile, positionals[1])
    await withApp(dataFile, env, async (ctx) => {
      const asOf = asOfDate(values)
      if (sub === 'scheme') {
        const year = values.year === undefined ? undefined : Number(values.year)
        if (year !== undefined && !Number.isInteger(year))
          throw new UserError('invalid-input', `--year 应为年份，如 2025，收到：${String(values.year)}`)
        const scheme = schemeInForce(ctx.db, year)
        if (!scheme) throw new UserError('not-found', `${year ?? ''}${year ? '年' : ''}还没有测评体系。`)
        return printJson(env, scheme)
      }
      if (sub === 'problems') {
        const round = typeof values.round === 'string' ? roundByName(ctx.db, values.round) : null
        return printJson(env, listProblems(ctx, asOf, round ? { roundId: round.id } : {}))
      }
      const round = roundByName(ctx.db, requiredString(values, 'round', '2025年第三季度'))
      if (sub === 'score') return printJson(env, scoreRound(ctx, round.id, asOf))
      const out = resolve(requiredString(values, 'out', '测评通报.docx'))
      // The default 整改时限 is the 测评 page's and the meeting pack's: 30 days after the 印发日期.
      const deadline =
        typeof values.deadline === 'string' ? values.deadline : addDays(asOf, DEFAULT_RECTIFY_DAYS)
      const { number } = await writeBulletin(ctx, { roundId: round.id, asOf, issuedOn: asOf, deadline }, out)
      env.io.stdout(`${out}\n${number}（${yearOf(asOf)}年）\n`)
    })
  }
}

async function assessImport(values: OptionValues, env: CliEnv, dataFile: string, path: string | undefined) {
  if (!path)
    throw new UserError(
      'invalid-input',
      '缺少测评结果文件，例如：assess import 结果.xlsx --db demo.db --round "2025年第三季度"'
    )
  const roundName = requiredString(values, 'round', '2025年第三季度')
  assertReadable(resolve(path), 'ledger-xlsx')
  await openLedger(readFileSync(path), basename(path), 'assessments')
  await withApp(dataFile, env, async (ctx) => {
    const call = contractCaller(ctx)
    const request = {
      file: ctx.files.register(resolve(path), 'ledger-xlsx', 'input').ref,
      kind: 'assessments',
      asOf: asOfDate(values),
      options: { round: roundName, ...(values.overwrite ? { overwrite: '1' } : {}) }
    }
    const preview = await call('exchange.preview', request)
    const refusal = previewRefusal(preview)
    if (refusal) {
      if (values.json) printJson(env, { preview, result: null })
      const errors = preview.rows.flatMap((r) => r.errors)
      throw errors.length > 0
        ? new UserError(
            'invalid-input',
            `有${preview.counts.error}行有误，未导入任何内容：\n${errors.map(describeIssue).join('\n')}`
          )
        : refusal
    }
    let result: ImportResult | null = null
    if (!values['dry-run'])
      result = await call('exchange.commit', { ...request, fingerprint: preview.fingerprint })
    if (values.json) return printJson(env, { preview, result })
    const c = preview.counts
    const warnings = preview.rows.flatMap((r) => r.warnings.map((w) => w.message))
    env.io.stdout(
      `新增${c.new}条，修改${c.changed}条，未变${c.unchanged}条，有误${c.error}行\n` +
        warnings.map((w) => `提示：${w}\n`).join('') +
        (result ? `已导入。导入前的备份：${result.backupFile}\n` : '（试运行：未写入任何内容）\n')
    )
  })
}

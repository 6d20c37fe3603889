import { existsSync, mkdirSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { isIsoDate, type IsoDate } from '../../../shared/civil-date'
import {
  ROUND_ITEM_KINDS,
  ROUND_UNIT_STATE_LABEL,
  type RoundItemKind,
  type ReturnProblem
} from '../../../shared/contract/round'
import { UserError } from '../../../shared/errors'
import type { AppContext } from '../../app-context'
import { roundBoard } from '../../round/round-board'
import { writeRoundFiles } from '../../round/round-files'
import { openRound } from '../../round/round-open'
import { remindMissing, returnToUnit } from '../../round/round-return'
import { acceptSoundReturns, collectReturns } from '../../round/round-service'
import { select } from '../../store/typed-query'
import { asOfDate, existingDataFile, integerOption, requiredString } from '../cli-args'
import type { CliCommand, CliEnv, OptionValues } from '../cli-types'
import { printJson, withApp } from '../with-app'

const USAGE = [
  'round open    --db F --title T --as-of D (--due D | --due-workdays N) [--units all|open|NAME,...] [--items tasks,milestones,village-items,problems] [--json]',
  'round files   --db F --round ID --out DIR [--json]',
  'round collect --db F --round ID FILE|DIR|ZIP... [--dry-run] [--json]',
  'round return  --db F --round ID --unit NAME --reason TEXT --out DIR',
  'round status  --db F --round ID [--as-of D] [--json]',
  'round remind  --db F --round ID --out DIR [--as-of D]'
].join('\n       ')

function roundId(values: OptionValues): number {
  const id = integerOption(values, 'round', 1, Number.MAX_SAFE_INTEGER)
  if (id === undefined)
    throw new UserError('invalid-input', '缺少 --round（填报轮次编号，见 round open 的输出）')
  return id
}

function outDir(values: OptionValues, what: string): string {
  const dir = resolve(requiredString(values, 'out', what))
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new UserError('invalid-input', `--out 应为文件夹，${dir} 是一个文件`)
  mkdirSync(dir, { recursive: true })
  return dir
}

function dateOption(values: OptionValues, name: string): IsoDate {
  const v = values[name]
  if (typeof v !== 'string' || !isIsoDate(v))
    throw new UserError('invalid-input', `--${name} 应为“YYYY-MM-DD”格式的有效日期，收到：${String(v)}`)
  return v
}

function unitIdByName(ctx: AppContext, names: string[]): number[] {
  const rows = select<{ id: number; name: string }>(
    ctx.db,
    'SELECT id, name FROM unit WHERE deleted_at IS NULL'
  ).all()
  const alias = select<{ alias: string; unitId: number }>(
    ctx.db,
    'SELECT alias, unit_id AS unitId FROM unit_alias'
  ).all()
  const byName = new Map([
    ...rows.map((r) => [r.name, r.id] as const),
    ...alias.map((a) => [a.alias, a.unitId] as const)
  ])
  const unknown = names.filter((n) => !byName.has(n))
  if (unknown.length > 0) throw new UserError('invalid-input', `找不到单位：${unknown.join('、')}`)
  return names.map((n) => byName.get(n)!)
}

export function problemLine(file: string, p: ReturnProblem): string {
  const where = [
    p.sheet ? `工作表“${p.sheet}”` : '',
    p.row !== null ? `第${p.row}行` : '',
    p.column ? `${p.column}列` : ''
  ]
    .filter(Boolean)
    .join(' ')
  return `  ${file}${where ? `：${where}` : ''}：${p.message}`
}

async function open(values: OptionValues, env: CliEnv) {
  const title = requiredString(values, 'title', '2025年10月进展填报')
  const asOf = dateOption(values, 'as-of')
  const workdays = integerOption(values, 'due-workdays', 1, 60)
  if ((values.due === undefined) === (workdays === undefined))
    throw new UserError('invalid-input', '请给出 --due 日期或 --due-workdays 工作日数（二选一）')
  const itemsText = typeof values.items === 'string' ? values.items : 'tasks'
  const kinds = itemsText.split(',').map((s) => s.trim())
  const bad = kinds.filter((k) => !(ROUND_ITEM_KINDS as readonly string[]).includes(k))
  if (bad.length > 0)
    throw new UserError(
      'invalid-input',
      `--items 只能是 ${ROUND_ITEM_KINDS.join('、')}，收到：${bad.join('、')}`
    )
  const unitsText = typeof values.units === 'string' ? values.units : 'open'
  const result = await withApp(existingDataFile(values), env, (ctx) =>
    openRound(ctx, {
      title,
      asOf,
      openedOn: asOf,
      due:
        workdays === undefined
          ? { mode: 'date', date: dateOption(values, 'due') }
          : { mode: 'workdays', workdays },
      units:
        unitsText === 'all' || unitsText === 'open'
          ? { mode: unitsText }
          : {
              mode: 'named',
              unitIds: unitIdByName(
                ctx,
                unitsText
                  .split(/[,，、]/)
                  .map((s) => s.trim())
                  .filter(Boolean)
              )
            },
      itemKinds: kinds as RoundItemKind[],
      role: values.support ? 'also-support' : 'lead',
      contact: ''
    })
  )
  if (values.json) printJson(env, result)
  else
    env.io.stdout(
      `已发起填报（编号 ${result.id}）：${result.units.length}个单位，${result.items}项，${result.due}前报送\n`
    )
}

async function files(values: OptionValues, env: CliEnv) {
  const id = roundId(values)
  const dir = outDir(values, '填报表')
  const w = await withApp(existingDataFile(values), env, (ctx) =>
    writeRoundFiles(ctx, id, dir, asOfDate(values))
  )
  const result = {
    folder: w.folder,
    zip: w.zip,
    notice: w.notice,
    files: w.files.map((f) => ({ unit: f.unit, file: f.path, items: f.items }))
  }
  if (values.json) printJson(env, result)
  else env.io.stdout(`${[w.notice, ...w.files.map((f) => f.path), w.zip].join('\n')}\n`)
}

/** Accepts every valid file whole and refuses every file with a problem (exit 2 if any was refused). */
async function collect(values: OptionValues, env: CliEnv, paths: string[]) {
  const id = roundId(values)
  if (paths.length === 0) throw new UserError('invalid-input', '缺少要收取的文件、文件夹或压缩包')
  const inputs = paths.map((p) => {
    const path = resolve(p)
    if (!existsSync(path)) throw new UserError('invalid-input', `找不到“${p}”`)
    return { path, ref: '', folder: statSync(path).isDirectory() }
  })
  const asOf = asOfDate(values)
  const out = await withApp(existingDataFile(values), env, async (ctx) => {
    const { checked } = await collectReturns(ctx, id, inputs, asOf)
    return acceptSoundReturns(ctx, id, checked, asOf, values['dry-run'] === true)
  })
  if (values.json) printJson(env, { files: out })
  else {
    for (const f of out) {
      env.io.stdout(
        `${f.outcome === 'accepted' ? (values['dry-run'] ? '可采纳' : '已采纳') : '未收取'}  ${f.file}${f.unit ? `（${f.unit}，${f.changes.length}项）` : ''}\n`
      )
    }
  }
  const refused = out.filter((f) => f.outcome === 'refused')
  for (const f of refused) for (const p of f.problems) env.io.stderr(`${problemLine(f.file, p)}\n`)
  if (refused.length > 0) throw new UserError('file-refused', `${refused.length}个文件未收取（问题见上）`)
}

async function sendBack(values: OptionValues, env: CliEnv) {
  const id = roundId(values)
  const name = requiredString(values, 'unit', '市住建局')
  const reason = requiredString(values, 'reason', '本期进展填写过于简单')
  const dir = outDir(values, '退回说明')
  const r = await withApp(existingDataFile(values), env, (ctx) =>
    returnToUnit(
      ctx,
      id,
      { unitId: unitIdByName(ctx, [name])[0], reason, itemReasons: [], file: null, asOf: asOfDate(values) },
      dir
    )
  )
  env.io.stdout(`${r.path}\n`)
}

async function status(values: OptionValues, env: CliEnv) {
  const id = roundId(values)
  const board = await withApp(existingDataFile(values), env, (ctx) => roundBoard(ctx, id, asOfDate(values)))
  if (values.json) {
    printJson(env, {
      units: board.units.map((u) => ({
        unit: u.unit,
        state: u.state,
        returnedAt: u.returnedAt,
        onTime: u.onTime
      })),
      counts: board.counts,
      onTimeRate: board.onTimeRate
    })
    return
  }
  for (const u of board.units)
    env.io.stdout(`${u.unit}\t${ROUND_UNIT_STATE_LABEL[u.state]}${u.returnedAt ? `\t${u.returnedAt}` : ''}\n`)
  env.io.stdout(
    `按时报送率：${board.onTimeRate === null ? '—' : `${Math.round(board.onTimeRate * 1000) / 10}%`}\n`
  )
}

async function remind(values: OptionValues, env: CliEnv) {
  const id = roundId(values)
  const dir = outDir(values, '催报通知')
  const asOf = asOfDate(values)
  const r = await withApp(existingDataFile(values), env, (ctx) => remindMissing(ctx, id, asOf, asOf, dir))
  for (const s of r.skipped) env.io.stdout(`${s}\n`)
  env.io.stdout(r.reminders.map((x) => `${x.number}\t${x.unit}\t${x.path}\n`).join(''))
}

export const roundCommand: CliCommand = {
  summary: '填报轮次：发起填报、生成各单位填报表、收取报送、退回、查看报送情况、催报',
  usage: USAGE,
  positionals: 1_000,
  options: {
    db: { type: 'string' },
    title: { type: 'string' },
    'as-of': { type: 'string' },
    due: { type: 'string' },
    'due-workdays': { type: 'string' },
    units: { type: 'string' },
    items: { type: 'string' },
    support: { type: 'boolean' },
    round: { type: 'string' },
    out: { type: 'string' },
    unit: { type: 'string' },
    reason: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' }
  },
  async run(values, env, positionals) {
    const [sub, ...rest] = positionals
    if (sub !== 'collect' && rest.length > 0)
      throw new UserError('invalid-input', `多余的参数：${rest.join(' ')}\n用法：${USAGE}`)
    switch (sub) {
      case 'open':
        return open(values, env)
      case 'files':
        return files(values, env)
      case 'collect':
        return collect(values, env, rest)
      case 'return':
        return sendBack(values, env)
      case 'status':
        return status(values, env)
      case 'remind':
        return remind(values, env)
      default:
        throw new UserError(
          'invalid-input',
          `round 后应为 open、files、collect、return、status 或 remind\n用法：${USAGE}`
        )
    }
  }
}

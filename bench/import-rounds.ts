/**
 * One import kind against its floor, round by round in the same process (issue 12): each round runs the
 * floor, the dry run (exchange.preview) and the import (exchange.commit) back to back, so all three see
 * the same load on a shared machine, and the ratios are taken within the round before their median.
 * The dry run and the import go through the same door as the UI (dispatch, with the contract's zod
 * parsing), so the bench follows the pipeline wherever its modules move.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import v8 from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { ImportKind, ImportPreview, ImportResult } from '../src/shared/contract'
import type { AppContext } from '../src/main/app-context'
import { dispatch } from '../src/main/api/dispatch'
import { createHandlers } from '../src/main/api/handlers'
import { silentLogger } from '../src/main/system/logger'
import { runFloor, type ImportFloor } from './import-floor'

export interface ImportBench<Row> {
  kind: ImportKind
  floor: ImportFloor<Row>
  bytes: Buffer
  fileName: string
  asOf: string
  rounds: number
  /** Aims as multiples of the floor (issue 12: the import 1.3×, the dry run 1.2×). */
  aims: { dryRun: number; commit: number }
  /** A fresh data file in `dir`, as the import would find it. */
  fresh(dir: string, name: string): Promise<AppContext>
  /** The tables both write, counted before and after to show they wrote the same rows. */
  tables: readonly string[]
  /** Throws unless the dry run saw what it should (e.g. every row new, no error). */
  checkPreview(preview: ImportPreview): void
}

interface Measured {
  ms: number
  cpu: number
}

type Figures = Record<'floor' | 'dryRun' | 'commit' | 'floorRead' | 'floorWrite', number[]>

export async function runImportBench<Row>(bench: ImportBench<Row>, dir: string): Promise<void> {
  const path = join(dir, bench.fileName)
  writeFileSync(path, bench.bytes)
  const wall: Figures = { floor: [], dryRun: [], commit: [], floorRead: [], floorWrite: [] }
  const cpu: Figures = { floor: [], dryRun: [], commit: [], floorRead: [], floorWrite: [] }
  let counts = { floor: {} as Record<string, number>, commit: {} as Record<string, number> }
  // Round 0 warms exceljs, SQLite's statements and the import's own code, and is not counted.
  for (let round = 0; round <= bench.rounds; round++) {
    const floorCtx = await bench.fresh(dir, `floor-${round}`)
    const ctx = await bench.fresh(dir, `import-${round}`)
    const call = callerFor(ctx)
    const request = {
      file: ctx.files.register(path, 'ledger-xlsx', 'input').ref,
      kind: bench.kind,
      asOf: bench.asOf
    }
    const measureFloor = () => time(() => runFloor(bench.floor, floorCtx.db, floorCtx.clock, bench.bytes))
    // The floor goes first in odd rounds and last in even ones, so neither side always runs on a machine
    // just woken up (or just tired) by the one before it.
    const floorFirst = round % 2 === 1
    const early = floorFirst ? await measureFloor() : undefined
    const dryRun = await time(() => call<ImportPreview>('exchange.preview', request))
    bench.checkPreview(dryRun.value)
    const before = tableRows(ctx, bench.tables)
    const commit = await time(() =>
      call<ImportResult>('exchange.commit', { ...request, fingerprint: dryRun.value.fingerprint })
    )
    const floor = early ?? (await measureFloor())
    counts = { floor: floor.value.written, commit: difference(tableRows(ctx, bench.tables), before) }
    floorCtx.db.close()
    ctx.db.close()

    if (round > 0) {
      for (const [key, m] of [
        ['floor', floor],
        ['dryRun', dryRun],
        ['commit', commit]
      ] as const) {
        wall[key].push(m.ms)
        cpu[key].push(m.cpu)
      }
      wall.floorRead.push(floor.value.read)
      wall.floorWrite.push(floor.value.write)
    }
    process.stdout.write(
      `${round === 0 ? '预热（不计）' : `第${round}轮`}${floorFirst ? '（下限在前）' : '（下限在后）'}：下限 ${f0(floor.ms)} ms，试运行 ${f0(dryRun.ms)} ms（${(dryRun.ms / floor.ms).toFixed(2)}×），` +
        `导入 ${f0(commit.ms)} ms（${(commit.ms / floor.ms).toFixed(2)}×）\n`
    )
  }
  for (const table of bench.tables) {
    // The floor must write what the import writes, or the ratio compares different work.
    if (table !== 'audit_log' && counts.floor[table] !== counts.commit[table]) {
      throw new Error(`${table}: floor wrote ${counts.floor[table]}, import ${counts.commit[table]}`)
    }
  }
  process.stdout.write(summary(bench, wall, cpu, counts) + '\n')
}

function summary<Row>(
  bench: ImportBench<Row>,
  wall: Figures,
  cpu: Figures,
  counts: { floor: Record<string, number>; commit: Record<string, number> }
): string {
  const ratio = (key: 'dryRun' | 'commit', of: Figures) => median(of[key].map((v, i) => v / of.floor[i]))
  const verdict = (key: 'dryRun' | 'commit') => {
    const r = ratio(key, wall)
    return `${r.toFixed(2)} × 下限（CPU ${ratio(key, cpu).toFixed(2)} ×），目标 ≤ ${bench.aims[key]}×：${r <= bench.aims[key] ? '达到' : '未达到'}`
  }
  const perRound = (key: 'dryRun' | 'commit') =>
    wall[key].map((v, i) => (v / wall.floor[i]).toFixed(2)).join(' ')
  const rows = (of: Record<string, number>) => bench.tables.map((t) => `${t} ${of[t] ?? 0}`).join('，')
  const floorMs = median(wall.floor)
  const dryMs = median(wall.dryRun)
  const commitMs = median(wall.commit)
  return [
    `中位数（${bench.rounds}轮；比值为每轮与同轮下限之比的中位数）：`,
    `  下限（exceljs 读取 + 预编译语句写入${bench.floor.label}，一个事务）：${f0(floorMs)} ms（CPU ${f0(median(cpu.floor))} ms）`,
    `  试运行 exchange.preview（检查、读取、识别表头、匹配、预览）：${f0(dryMs)} ms，${verdict('dryRun')}`,
    `  导入 exchange.commit（再读一遍、匹配、备份、写入、审计）：${f0(commitMs)} ms，${verdict('commit')}`,
    `  每轮比值：试运行 ${perRound('dryRun')}；导入 ${perRound('commit')}`,
    // The dry run writes nothing, so the floor's reading alone is its tighter yardstick.
    `  试运行 ÷ 下限的读取部分：${median(wall.dryRun.map((v, i) => v / wall.floorRead[i])).toFixed(2)} ×`,
    '',
    '时间花在哪里（中位数）：',
    `  下限  读取 ${f0(median(wall.floorRead))} ms，写入 ${f0(median(wall.floorWrite))} ms（${rows(counts.floor)}）`,
    `  导入  读取与匹配（即试运行）${f0(dryMs)} ms，备份与写入（导入减试运行，估计）${f0(commitMs - dryMs)} ms（${rows(counts.commit)}）`
  ].join('\n')
}

/** The contract's door, as the UI's client reaches it: a UserError comes back as a failed Reply. */
function callerFor(ctx: AppContext) {
  const handlers = createHandlers(ctx)
  return async <T>(method: string, payload: unknown): Promise<T> => {
    const reply = await dispatch(handlers, method, payload, silentLogger)
    if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`)
    return reply.value as T
  }
}

function tableRows(ctx: AppContext, tables: readonly string[]): Record<string, number> {
  return Object.fromEntries(
    tables.map((t) => [t, ctx.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number])
  )
}

function difference(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(after).map(([t, n]) => [t, n - before[t]]))
}

/**
 * Wall time and this process's CPU time, from a clean heap (so no measurement pays for collecting what
 * the one before it left behind). The CPU figure is the steadier one when other work shares the machine.
 */
async function time<T>(work: () => Promise<T>): Promise<Measured & { value: T }> {
  collectGarbage()
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  const value = await work()
  const used = process.cpuUsage(cpuStart)
  return { ms: performance.now() - start, cpu: (used.user + used.system) / 1000, value }
}

const collectGarbage: () => void = (() => {
  v8.setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
})()

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const f0 = (ms: number): string => ms.toFixed(0)

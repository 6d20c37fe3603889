/**
 * Importing a 20,000-row task ledger, next to the floor measured in the same run (issue 4): the floor is
 * the same file read with exceljs plus the same rows inserted with one prepared statement in one
 * transaction — what any import must at least do. The import adds the byte checks (zip directory and
 * inflate caps), header detection, cell reading (dates, units, statuses), matching, the diff, a backup,
 * the audit rows and the remembered mapping. Aim: at most 1.5× the floor.
 *
 * Under the totals it prints where the time goes: reading, matching, and writing, for the floor and for the
 * import, with how many rows the import wrote to each table (the floor writes the task rows only).
 */
import ExcelJS from 'exceljs'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import v8 from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { AppContext } from '../src/main/app-context'
import { openApp } from '../src/main/bootstrap'
import { planImport } from '../src/main/exchange/import-plan'
import { previewOf } from '../src/main/exchange/import-preview'
import { commitLedger } from '../src/main/exchange/import-service'
import { openLedger } from '../src/main/exchange/ledger-file'
import { generateSampleCity } from '../src/main/sample/generate-sample-city'
import { fixedClock } from '../src/main/system/clock'
import { silentLogger } from '../src/main/system/logger'
import { generatedLedger } from '../test/exchange-corpus'

const ROWS = 20_000
const ROUNDS = 5
const AS_OF = '2025-09-30'
const clock = fixedClock('2025-09-30T10:00:00+08:00')

async function freshSampleCity(dir: string, name: string): Promise<AppContext> {
  const ctx = await openApp({ dataFile: join(dir, `${name}.db`), shell: 'cli', log: silentLogger, clock })
  generateSampleCity(ctx.db, { scale: 1 })
  return ctx
}

/**
 * Wall time, and this process's CPU time: the machines are shared, so the CPU figure is the steadier one
 * when other work runs alongside (everything here runs on the main thread).
 */
async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; cpu: number; value: T }> {
  collectGarbage()
  const start = process.hrtime.bigint()
  const cpuStart = process.cpuUsage()
  const value = await work()
  const cpu = process.cpuUsage(cpuStart)
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpu: (cpu.user + cpu.system) / 1000, value }
}

/**
 * Each measurement starts from a clean heap, so none pays for collecting what the one before it left
 * behind (the floor, the dry run and the import run one after another in the same process).
 */
const collectGarbage: () => void = (() => {
  v8.setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
})()

/**
 * The parts of a measurement, in ms, each from the clock on the wall: what the floor and the import spend
 * reading and what they spend writing, printed under the totals so the ratio can be read.
 */
type Parts = Record<string, number>

/** The floor: exceljs reads the file, one prepared INSERT per row in one transaction. */
async function floor(ctx: AppContext, bytes: Buffer, parts: Parts): Promise<number> {
  let start = performance.now()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  parts.read = performance.now() - start
  start = performance.now()
  const sheet = workbook.worksheets[0]
  const planId = ctx.db.prepare('SELECT id FROM plan').pluck().get() as number
  const insert = ctx.db.prepare(
    `INSERT INTO task (plan_id, code, title, measures, deadline, status, percent, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'in-progress', ?, ?, ?)`
  )
  let inserted = 0
  ctx.db.transaction(() => {
    sheet.eachRow((row, number) => {
      if (number < 3) return
      const code = row.getCell(1).value
      if (typeof code !== 'string' || !code.startsWith('G')) return
      const deadline = row.getCell(6).value
      insert.run(
        planId,
        code,
        String(row.getCell(2).value),
        String(row.getCell(3).value),
        deadline instanceof Date ? deadline.toISOString().slice(0, 10) : null,
        Number(row.getCell(8).value),
        clock.now(),
        clock.now()
      )
      inserted++
    })
  })()
  parts.write = performance.now() - start
  return inserted
}

/** Rows in the tables an import writes, to say how many each import added. */
function tableRows(ctx: AppContext): Record<'task' | 'task_unit' | 'audit_log', number> {
  const count = (table: string) => ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  return { task: count('task'), task_unit: count('task_unit'), audit_log: count('audit_log') }
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'civdesk-bench-import-'))
  try {
    const unitsCtx = await freshSampleCity(dir, 'units')
    const units = unitsCtx.db.prepare('SELECT name FROM unit ORDER BY id LIMIT 30').pluck().all() as string[]
    unitsCtx.db.close()
    const bytes = await generatedLedger(ROWS, units)
    process.stdout.write(`生成台账：${ROWS} 行任务，${(bytes.length / 1024 / 1024).toFixed(1)} MB\n`)

    const results = { floor: [] as number[], dryRun: [] as number[], commit: [] as number[] }
    const cpu = { floor: [] as number[], dryRun: [] as number[], commit: [] as number[] }
    const parts: Record<string, number[]> = {}
    const keep = (name: string, ms: number) => (parts[name] ??= []).push(ms)
    let written = { task: 0, task_unit: 0, audit_log: 0 }
    // Round 0 warms the code paths (exceljs, SQLite statements, the import's own) and is not counted.
    for (let round = 0; round <= ROUNDS; round++) {
      const floorCtx = await freshSampleCity(dir, `floor-${round}`)
      const floorParts: Parts = {}
      const f = await time(() => floor(floorCtx, bytes, floorParts))
      floorCtx.db.close()
      if (f.value !== ROWS) throw new Error(`floor inserted ${f.value} rows`)

      const ctx = await freshSampleCity(dir, `import-${round}`)
      const dryParts: Parts = {}
      const dry = await time(async () => {
        let start = performance.now()
        const file = await openLedger(bytes, '生成台账.xlsx', 'tasks')
        dryParts.open = performance.now() - start
        start = performance.now()
        const preview = previewOf(planImport(ctx.db, file, [], AS_OF))
        dryParts.plan = performance.now() - start
        return preview
      })
      if (dry.value.counts.new !== ROWS || dry.value.counts.error !== 0) {
        throw new Error(`dry run: ${JSON.stringify(dry.value.counts)}`)
      }
      const before = tableRows(ctx)
      const commitParts: Parts = {}
      const commit = await time(async () => {
        let start = performance.now()
        const file = await openLedger(bytes, '生成台账.xlsx', 'tasks')
        commitParts.open = performance.now() - start
        start = performance.now()
        const result = await commitLedger(ctx, file, { mappings: [], excludedRows: [], asOf: AS_OF })
        commitParts.commit = performance.now() - start
        return result
      })
      if (commit.value.created !== ROWS) throw new Error(`commit created ${commit.value.created}`)
      const after = tableRows(ctx)
      written = {
        task: after.task - before.task,
        task_unit: after.task_unit - before.task_unit,
        audit_log: after.audit_log - before.audit_log
      }
      ctx.db.close()
      if (round > 0) {
        for (const [key, measured] of [
          ['floor', f],
          ['dryRun', dry],
          ['commit', commit]
        ] as const) {
          results[key].push(measured.ms)
          cpu[key].push(measured.cpu)
        }
        keep('floorRead', floorParts.read)
        keep('floorWrite', floorParts.write)
        keep('open', commitParts.open)
        keep('plan', dryParts.plan)
        // The commit plans again (as it must: the file is read afresh), then backs up and writes.
        keep('write', commitParts.commit - dryParts.plan)
      }
      process.stdout.write(
        `${round === 0 ? '预热（不计）' : `第${round}轮`}：下限 ${f.ms.toFixed(0)} ms（CPU ${f.cpu.toFixed(0)}），试运行 ${dry.ms.toFixed(0)} ms（CPU ${dry.cpu.toFixed(0)}），` +
          `导入 ${commit.ms.toFixed(0)} ms（CPU ${commit.cpu.toFixed(0)}）\n`
      )
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
    // The ratio is taken round by round (each round's floor, dry run and import run back to back, under
    // the same load on a shared machine), then the median of those ratios.
    const ratio = (key: 'dryRun' | 'commit', of: typeof results) =>
      median(of[key].map((value, i) => value / of.floor[i]))
    const line = (label: string, key: keyof typeof results) => {
      const [wall, c] = [median(results[key]), median(cpu[key])]
      const ratios =
        key === 'floor'
          ? ''
          : `，${ratio(key, results).toFixed(2)} × 下限（CPU ${ratio(key, cpu).toFixed(2)} ×）`
      return `  ${label}：${wall.toFixed(0)} ms（CPU ${c.toFixed(0)} ms）${ratios}`
    }
    process.stdout.write(
      [
        `中位数（${ROUNDS}轮；比值为每轮与同轮下限之比的中位数）：`,
        line('下限（exceljs 读取 + 一条预编译 INSERT、一个事务）', 'floor'),
        line('试运行（检查、读取、匹配、预览）', 'dryRun'),
        line('导入（检查、读取、匹配、备份、写入、审计；目标 ≤ 1.5×）', 'commit'),
        '',
        '时间花在哪里（中位数；导入的“备份与写入”为提交耗时减去试运行的匹配耗时，是估计）：',
        `  下限  读取 ${median(parts.floorRead).toFixed(0)} ms，写入 ${median(parts.floorWrite).toFixed(0)} ms（${ROWS} 行任务）`,
        `  导入  读取（含字节检查、表头识别）${median(parts.open).toFixed(0)} ms，匹配与校验 ${median(parts.plan).toFixed(0)} ms，` +
          `备份与写入 ${median(parts.write).toFixed(0)} ms（任务 ${written.task} 行、牵头/配合单位 ${written.task_unit} 行、操作日志 ${written.audit_log} 行）`
      ].join('\n') + '\n'
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

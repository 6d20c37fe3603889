/**
 * Importing a 20,000-row task ledger, next to the floor measured in the same run (issue 4): the floor is
 * the same file read with exceljs plus the same rows inserted with one prepared statement in one
 * transaction — what any import must at least do. The import adds the byte checks (zip directory and
 * inflate caps), header detection, cell reading (dates, units, statuses), matching, the diff, a backup,
 * the audit rows and the remembered mapping. Aim: at most 1.5× the floor.
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

/** The floor: exceljs reads the file, one prepared INSERT per row in one transaction. */
async function floor(ctx: AppContext, bytes: Buffer): Promise<number> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
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
  return inserted
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
    // Round 0 warms the code paths (exceljs, SQLite statements, the import's own) and is not counted.
    for (let round = 0; round <= ROUNDS; round++) {
      const floorCtx = await freshSampleCity(dir, `floor-${round}`)
      const f = await time(() => floor(floorCtx, bytes))
      floorCtx.db.close()
      if (f.value !== ROWS) throw new Error(`floor inserted ${f.value} rows`)

      const ctx = await freshSampleCity(dir, `import-${round}`)
      const dry = await time(async () => {
        const file = await openLedger(bytes, '生成台账.xlsx', 'tasks')
        return previewOf(planImport(ctx.db, file, [], AS_OF))
      })
      if (dry.value.counts.new !== ROWS || dry.value.counts.error !== 0) {
        throw new Error(`dry run: ${JSON.stringify(dry.value.counts)}`)
      }
      const commit = await time(async () => {
        const file = await openLedger(bytes, '生成台账.xlsx', 'tasks')
        return commitLedger(ctx, file, { mappings: [], excludedRows: [], asOf: AS_OF })
      })
      if (commit.value.created !== ROWS) throw new Error(`commit created ${commit.value.created}`)
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
        line('导入（检查、读取、匹配、备份、写入、审计；目标 ≤ 1.5×）', 'commit')
      ].join('\n') + '\n'
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

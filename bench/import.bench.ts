/**
 * Importing a 20,000-row task ledger next to its floor, round by round in the same run (issues 4 and 12).
 * The floor (bench/floors/task-ledger-floor.ts) reads the same file with exceljs and writes the same rows
 * — 20,000 tasks, their 60,000 lead/support unit links and 20,000 audit rows — with prepared statements in
 * one transaction: what any import of that sheet must do. Aims: the import at most 1.3× the floor, the dry
 * run at most 1.2×. A later import kind adds its own floor and one runImportBench call like this one.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp } from '../src/main/bootstrap'
import { generateSampleCity } from '../src/main/sample/generate-sample-city'
import { fixedClock } from '../src/main/system/clock'
import { silentLogger } from '../src/main/system/logger'
import { generatedLedger } from '../test/exchange-corpus'
import { taskLedgerFloor } from './floors/task-ledger-floor'
import { runImportBench } from './import-rounds'

const ROWS = 20_000
const clock = fixedClock('2025-09-30T10:00:00+08:00')

const freshSampleCity = async (dir: string, name: string) => {
  const ctx = await openApp({ dataFile: join(dir, `${name}.db`), shell: 'cli', log: silentLogger, clock })
  generateSampleCity(ctx.db, { scale: 1 })
  return ctx
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'civdesk-bench-import-'))
  try {
    const unitsCtx = await freshSampleCity(dir, 'units')
    const units = unitsCtx.db.prepare('SELECT name FROM unit ORDER BY id LIMIT 30').pluck().all() as string[]
    unitsCtx.db.close()
    const bytes = await generatedLedger(ROWS, units)
    process.stdout.write(`生成台账：${ROWS} 行任务，${(bytes.length / 1024 / 1024).toFixed(1)} MB\n`)
    await runImportBench(
      {
        kind: 'tasks',
        floor: taskLedgerFloor,
        bytes,
        fileName: '生成台账.xlsx',
        asOf: '2025-09-30',
        rounds: 5,
        aims: { dryRun: 1.2, commit: 1.3 },
        fresh: freshSampleCity,
        tables: ['task', 'task_unit', 'audit_log'],
        checkPreview: (preview) => {
          if (preview.counts.new !== ROWS || preview.counts.error !== 0) {
            throw new Error(`dry run: ${JSON.stringify(preview.counts)}`)
          }
        }
      },
      dir
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

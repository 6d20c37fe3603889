import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import JSZip from 'jszip'
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkDataFile } from '../src/main/store/check-data-file'
import { latestSchemaVersion } from '../src/main/store/migrations'
import { openDatabase } from '../src/main/store/open-database'
import { loadSampleCity } from '../src/main/sample/sample-service'
import { openApp } from '../src/main/bootstrap'
import { selectValue } from '../src/main/store/typed-query'
import { fixedClock } from '../src/main/system/clock'
import { silentLogger } from '../src/main/system/logger'
import { Random } from '../src/main/sample/random'
import { recoverPacks } from '../src/main/pack/pack-recovery'
import { generatedLedger } from './exchange-corpus'
import { listing } from './meeting-pack-helpers'
import { fillWith, openAndWrite, rowKeys } from './rounds/round-helpers'
import { useSuiteTempDir } from './temp-dir'

/**
 * Issue 6, crash safety: an import and a bulk change run in a child process that is killed with SIGKILL
 * at random moments. Every time, the data file must pass `check` and hold either exactly the state
 * before the operation or exactly the state after it — never a mixture.
 */
const suiteDir = useSuiteTempDir()
/** Kills that must land while the child is still running, per operation (issue 6 asks for 50 in all). */
const KILLS_PER_OPERATION = 30
/** A kill timed past the end finds the child done; those trials do not count, up to this many in all. */
const MAX_TRIALS_PER_OPERATION = 150
const clock = fixedClock('2025-09-30T09:00:00+08:00')
let base: string
let ledger: string

type Operation = 'import' | 'bulk' | 'pack' | 'collect'

beforeAll(async () => {
  const dir = suiteDir()
  base = join(dir, 'base.db')
  const ctx = await openApp({
    dataFile: base,
    shell: 'cli',
    log: silentLogger,
    clock,
    backupDir: join(dir, 'backups')
  })
  loadSampleCity(ctx, 1)
  const units = selectValue<string>(ctx.db, 'SELECT name FROM unit ORDER BY id LIMIT 12').all()
  ctx.db.pragma('wal_checkpoint(TRUNCATE)')
  ctx.db.close()
  ledger = join(dir, '台账.xlsx')
  writeFileSync(ledger, await generatedLedger(3000, units))
}, 120_000)

/** Every table's rows, in order: two files with the same fingerprint hold the same data. */
async function fingerprint(dataFile: string): Promise<{ hash: string; sound: boolean; problems: string[] }> {
  const { db } = await openDatabase(dataFile, { clock, backupDir: join(dataFile, '..', 'backups') })
  try {
    const report = checkDataFile(db, latestSchemaVersion)
    const hash = createHash('sha256')
    const tables = selectValue<string>(
      db,
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).all()
    for (const table of tables) {
      hash.update(table)
      for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().iterate())
        hash.update(JSON.stringify(row))
    }
    return { hash: hash.digest('hex'), sound: report.ok, problems: report.problems }
  } finally {
    db.close()
  }
}

/** Runs the operation in a child; kills it `killAfterMs` after it said "go" (or lets it finish when null). */
function runChild(
  operation: Operation,
  dataFile: string,
  killAfterMs: number | null,
  argument = ledger,
  ...more: string[]
): Promise<{ killed: boolean; ms: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/crash/crash-child.ts', operation, dataFile, argument, ...more],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let started = 0
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      if (started === 0 && chunk.toString().includes('go')) {
        started = Date.now()
        if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      }
    })
    child.once('exit', (code, signal) => {
      if (signal === 'SIGKILL') return resolve({ killed: true, ms: Date.now() - started })
      if (code !== 0) return reject(new Error(`child failed (${code}): ${stderr}`))
      resolve({ killed: false, ms: Date.now() - started })
    })
  })
}

describe('SIGKILL during an import or a bulk change', () => {
  it.each(['import', 'bulk'] as Operation[])(
    '%s: after every kill the file is sound and wholly before or wholly after',
    async (operation) => {
      const dir = suiteDir()
      const before = (await fingerprint(copy(base, join(dir, 'before.db')))).hash
      // The shortest of three uninterrupted runs: a slow first run (cold caches) would time most kills
      // past the end. Every run must write exactly the same data.
      const runs: { ms: number; hash: string }[] = []
      for (let run = 0; run < 3; run++) {
        const reference = copy(base, join(dir, `reference-${run}.db`))
        const { ms } = await runChild(operation, reference, null)
        runs.push({ ms, hash: (await fingerprint(reference)).hash })
      }
      const after = runs[0].hash
      expect(runs.map((r) => r.hash)).toEqual([after, after, after])
      expect(after).not.toBe(before)
      const duration = Math.min(...runs.map((r) => r.ms))

      const rng = new Random(`crash-${operation}`)
      const outcomes = { before: 0, after: 0 }
      let kills = 0
      let finishedFirst = 0
      for (let trial = 0; kills < KILLS_PER_OPERATION && trial < MAX_TRIALS_PER_OPERATION; trial++) {
        const file = copy(base, join(dir, `trial-${trial}.db`))
        // Half the kills anywhere from the first instruction to the normal end; the other half late in
        // the run, where the transaction writes and commits.
        const window = trial % 2 === 0 ? [0, 1] : [0.6, 1.05]
        const killAfter = Math.floor(duration * (window[0] + rng.next() * (window[1] - window[0])))
        const { killed } = await runChild(operation, file, killAfter)
        const state = await fingerprint(file)
        expect(state.sound, `trial ${trial}: ${state.problems.join('; ')}`).toBe(true)
        expect([before, after], `trial ${trial} killed after ${killAfter} ms`).toContain(state.hash)
        if (!killed) {
          finishedFirst++
          continue
        }
        kills++
        outcomes[state.hash === before ? 'before' : 'after']++
      }
      console.log(
        `crash safety, ${operation}: ${kills} SIGKILLs mid-run over ${duration} ms runs → ${outcomes.before} wholly before, ${outcomes.after} wholly after, 0 mixed, 0 unsound (${finishedFirst} more trials finished before their kill)`
      )
      expect(kills).toBe(KILLS_PER_OPERATION)
    },
    600_000
  )
})

function copy(from: string, to: string): string {
  copyFileSync(from, to)
  return to
}

/** Kills that must land while a pack is being written (its runs take seconds, so fewer than above). */
const PACK_KILLS = 12
const PACK_FOLDER = '2025-09-30 领导小组会议'

/** What the app does before its next pack: finish a committed pack's move, drop an uncommitted one. */
async function recoverAfterCrash(dataFile: string, out: string): Promise<void> {
  const { db } = await openDatabase(dataFile, { clock, backupDir: join(dataFile, '..', 'backups') })
  try {
    recoverPacks(db, out)
  } finally {
    db.close()
  }
}

/** The pack's files: none at all, or the folder with its four entries and a .zip that opens. */
async function packFiles(out: string): Promise<'none' | 'whole' | string> {
  const entries = listing(out)
  if (entries.length === 0) return 'none'
  if (entries.join('|') !== `${PACK_FOLDER}|${PACK_FOLDER}.zip`) return `unexpected: ${entries.join(', ')}`
  if (listing(join(out, PACK_FOLDER)).length !== 4)
    return `folder holds ${listing(join(out, PACK_FOLDER)).join(', ')}`
  const zip = await JSZip.loadAsync(readFileSync(join(out, `${PACK_FOLDER}.zip`)))
  return zip.file(`${PACK_FOLDER}/00 材料目录.docx`) ? 'whole' : 'zip without its 目录'
}

describe('SIGKILL while a meeting pack is written (issue 17)', () => {
  it('after every kill and the recovery, the pack is wholly absent or wholly there, register and files alike', async () => {
    const dir = suiteDir()
    const before = (await fingerprint(copy(base, join(dir, 'before.db')))).hash
    const reference = copy(base, join(dir, 'reference.db'))
    // One folder for every run: the pack's row names it, and the data files must come out identical.
    const out = join(dir, 'pack-out')
    const emptied = (): string => {
      rmSync(out, { recursive: true, force: true })
      mkdirSync(out)
      return out
    }
    const referenceOut = emptied()
    const { ms: duration } = await runChild('pack', reference, null, referenceOut)
    const after = (await fingerprint(reference)).hash
    expect(after).not.toBe(before)
    expect(await packFiles(referenceOut)).toBe('whole')

    const rng = new Random('crash-pack')
    const outcomes = { before: 0, after: 0 }
    let kills = 0
    for (let trial = 0; kills < PACK_KILLS && trial < 40; trial++) {
      const file = copy(base, join(dir, `pack-trial-${trial}.db`))
      emptied()
      // Half anywhere in the run, half late, where the staging folder is complete and the commit and
      // the renames happen.
      const window = trial % 2 === 0 ? [0, 1] : [0.8, 1.05]
      const killAfter = Math.floor(duration * (window[0] + rng.next() * (window[1] - window[0])))
      const { killed } = await runChild('pack', file, killAfter, out)
      await recoverAfterCrash(file, out)
      const state = await fingerprint(file)
      expect(state.sound, `trial ${trial}: ${state.problems.join('; ')}`).toBe(true)
      expect([before, after], `trial ${trial} killed after ${killAfter} ms`).toContain(state.hash)
      expect(await packFiles(out), `trial ${trial} killed after ${killAfter} ms`).toBe(
        state.hash === before ? 'none' : 'whole'
      )
      if (!killed) continue
      kills++
      outcomes[state.hash === before ? 'before' : 'after']++
    }
    console.log(
      `crash safety, pack: ${kills} SIGKILLs mid-run over ${duration} ms runs → ${outcomes.before} wholly absent, ${outcomes.after} wholly there, 0 mixed`
    )
    expect(kills).toBe(PACK_KILLS)
  }, 900_000)
})

/** Units whose returns one collect takes in: several, so "between two units' returns" is a real state. */
const COLLECT_UNITS = 6

/**
 * The base with a round opened over the units with open tasks, its workbooks written, and the first
 * COLLECT_UNITS filled in as units would (openpyxl, every row) into a folder of returns.
 */
async function roundWithReturns(dir: string): Promise<{ dataFile: string; returns: string }> {
  const dataFile = copy(base, join(dir, 'round.db'))
  const ctx = await openApp({
    dataFile,
    shell: 'cli',
    log: silentLogger,
    clock,
    backupDir: join(dir, 'backups')
  })
  try {
    const files = join(dir, 'round-files')
    mkdirSync(files)
    const { opened, written } = await openAndWrite(ctx, files)
    const returns = join(dir, 'returns')
    mkdirSync(returns)
    for (const unit of opened.units.slice(0, COLLECT_UNITS)) {
      const sent = written.files.find((f) => f.unit === unit.unit)!.path
      const rows = rowKeys(ctx, opened.id, unit.unitId).map((key, i) => [
        key,
        {
          本期进展: `${unit.unit}第${i + 1}项：完成阶段任务，进入验收准备`,
          存在问题: '资金拨付滞后',
          下步计划: '月底前完成验收',
          状态: '推进中',
          完成百分比: 60 + i,
          填报人: '张三',
          联系电话: '0591-12345678',
          亮点做法: i === 0 ? '问题清单逐项销号' : null
        }
      ])
      fillWith(sent, join(returns, sent.split('/').pop()!), { rows: Object.fromEntries(rows) })
    }
    ctx.db.pragma('wal_checkpoint(TRUNCATE)')
    return { dataFile, returns }
  } finally {
    ctx.db.close()
  }
}

describe('SIGKILL during a round collect (issue 15)', () => {
  it('after every kill the file is sound and holds the returns of whole units only: none, the first k, or all', async () => {
    const dir = suiteDir()
    const { dataFile, returns } = await roundWithReturns(dir)
    const before = (await fingerprint(copy(dataFile, join(dir, 'collect-before.db')))).hash
    // Each unit's return is one transaction, applied in the folder's order: the states a kill may leave
    // are states[k], the first k returns applied whole (the child applies only k of them), k = 0 … n.
    const runs: { ms: number; hash: string }[] = []
    for (let run = 0; run < 3; run++) {
      const reference = copy(dataFile, join(dir, `collect-reference-${run}.db`))
      const { ms } = await runChild('collect', reference, null, returns)
      runs.push({ ms, hash: (await fingerprint(reference)).hash })
    }
    const after = runs[0].hash
    expect(runs.map((r) => r.hash)).toEqual([after, after, after])
    const states = [before]
    for (let k = 1; k < COLLECT_UNITS; k++) {
      const partial = copy(dataFile, join(dir, `collect-first-${k}.db`))
      await runChild('collect', partial, null, returns, String(k))
      states.push((await fingerprint(partial)).hash)
    }
    states.push(after)
    // Every return changes the data: no two whole-unit states look alike.
    expect(new Set(states).size).toBe(COLLECT_UNITS + 1)
    const duration = Math.min(...runs.map((r) => r.ms))

    const rng = new Random('crash-collect')
    const outcomes = states.map(() => 0)
    let kills = 0
    let finishedFirst = 0
    for (let trial = 0; kills < KILLS_PER_OPERATION && trial < MAX_TRIALS_PER_OPERATION; trial++) {
      const file = copy(dataFile, join(dir, `collect-trial-${trial}.db`))
      // Half anywhere in the run, half late, as above.
      const window = trial % 2 === 0 ? [0, 1] : [0.6, 1.05]
      const killAfter = Math.floor(duration * (window[0] + rng.next() * (window[1] - window[0])))
      const { killed } = await runChild('collect', file, killAfter, returns)
      const state = await fingerprint(file)
      expect(state.sound, `trial ${trial}: ${state.problems.join('; ')}`).toBe(true)
      expect(states, `trial ${trial} killed after ${killAfter} ms`).toContain(state.hash)
      if (!killed) {
        expect(state.hash, `trial ${trial} ran to its end`).toBe(after)
        finishedFirst++
        continue
      }
      kills++
      outcomes[states.indexOf(state.hash)]++
    }
    const between = outcomes
      .slice(1, COLLECT_UNITS)
      .map((count, k) => `${count} after ${k + 1}`)
      .join(', ')
    console.log(
      `crash safety, collect: ${kills} SIGKILLs mid-run over ${duration} ms runs of ${COLLECT_UNITS} units' returns → ${outcomes[0]} wholly before, ${between} whole returns, ${outcomes[COLLECT_UNITS]} wholly after, 0 part of a return, 0 unsound (${finishedFirst} more trials finished before their kill)`
    )
    expect(kills).toBe(KILLS_PER_OPERATION)
  }, 600_000)
})

/**
 * The same import, old code against new, on one file (issue 12: "the import bench is no slower than
 * before"). Generates one 20,000-row task ledger, then runs bench/import-once.ts for each checkout in
 * turn — old then new in odd rounds, new then old in even ones, each a fresh process — and prints each
 * round's times, the medians, and the new ÷ old ratios taken round by round.
 *
 *   git worktree add --detach /tmp/civdesk-old <commit>
 *   ln -s "$PWD/node_modules" /tmp/civdesk-old/node_modules
 *   npx tsx bench/compare-import.ts --old /tmp/civdesk-old --new . [--rounds 5] [--rows 20000]
 *   git worktree remove --force /tmp/civdesk-old
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { generateSampleCity } from '../src/main/sample/generate-sample-city'
import { openMemoryDatabase } from '../src/main/store/open-database'
import { generatedLedger } from '../test/exchange-corpus'

interface Times {
  preview: number
  commit: number
  previewCpu: number
  commitCpu: number
  created: number
}

function importWith(root: string, file: string): Times {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'import-once.ts'), '--root', root, '--file', file],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }
  )
  return JSON.parse(out.trim().split('\n').pop()!) as Times
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      old: { type: 'string' },
      new: { type: 'string', default: '.' },
      rounds: { type: 'string', default: '5' },
      rows: { type: 'string', default: '20000' }
    }
  })
  if (!values.old)
    throw new Error('usage: compare-import.ts --old CHECKOUT [--new CHECKOUT] [--rounds N] [--rows N]')
  const sides = { old: resolve(values.old), new: resolve(values.new) }
  const rounds = Number(values.rounds)
  const rows = Number(values.rows)
  const dir = mkdtempSync(join(tmpdir(), 'civdesk-compare-import-'))
  try {
    const db = openMemoryDatabase()
    generateSampleCity(db, { scale: 1 })
    const units = db.prepare('SELECT name FROM unit ORDER BY id LIMIT 30').pluck().all() as string[]
    db.close()
    const file = join(dir, '生成台账.xlsx')
    writeFileSync(file, await generatedLedger(rows, units))
    process.stdout.write(`同一文件 ${rows} 行；旧 ${sides.old}，新 ${sides.new}\n`)

    const times: Record<'old' | 'new', Times[]> = { old: [], new: [] }
    for (let round = 1; round <= rounds; round++) {
      const order = round % 2 === 1 ? (['old', 'new'] as const) : (['new', 'old'] as const)
      for (const side of order) {
        const t = importWith(sides[side], file)
        if (t.created !== rows) throw new Error(`${side}: created ${t.created} of ${rows}`)
        times[side].push(t)
      }
      const [o, n] = [times.old[round - 1], times.new[round - 1]]
      process.stdout.write(
        `第${round}轮（${order.join('→')}）：试运行 旧 ${o.preview} / 新 ${n.preview} ms，导入 旧 ${o.commit} / 新 ${n.commit} ms\n`
      )
    }
    for (const [key, label] of [
      ['preview', '试运行'],
      ['commit', '导入'],
      ['previewCpu', '试运行 CPU'],
      ['commitCpu', '导入 CPU']
    ] as const) {
      const ratios = times.new.map((n, i) => n[key] / times.old[i][key])
      process.stdout.write(
        `${label}：旧 ${median(times.old.map((t) => t[key]))} ms，新 ${median(times.new.map((t) => t[key]))} ms，` +
          `新÷旧 每轮 ${ratios.map((r) => r.toFixed(2)).join(' ')}，中位数 ${median(ratios).toFixed(2)}\n`
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})

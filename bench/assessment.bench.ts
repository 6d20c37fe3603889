/**
 * 常态长效测评 (issue 16) on `demo --scale 10`: an evaluators' workbook of 5,000 findings over 1,000 points
 * imported through the real pipeline, next to a floor (the same workbook read with exceljs and inserted with
 * prepared statements in one transaction); scoring every level; the 测评通报. Prints; never fails a build.
 * Aims (issue 16 "Speed"): import ≤ 1.5 × the floor, scoring ≤ 200 ms.
 */
import ExcelJS from 'exceljs'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createAppContext } from '../src/main/app-context'
import { writeBulletin } from '../src/main/assessment/documents/report-service'
import { openRound } from '../src/main/assessment/round-store'
import { installSampleScheme, scoredCriteria } from '../src/main/assessment/scheme-store'
import { scoreRound } from '../src/main/assessment/score-service'
import { commitLedger } from '../src/main/exchange/import-service'
import { openLedger } from '../src/main/exchange/ledger-file'
import { loadAreas } from '../src/main/assessment/area-paths'
import { generateSampleCity } from '../src/main/sample/generate-sample-city'
import { openMemoryDatabase } from '../src/main/store/open-database'
import { fixedClock } from '../src/main/system/clock'
import { silentLogger } from '../src/main/system/logger'

const ms = (start: number): number => Math.round(performance.now() - start)
const HEADER = ['区', '镇(街)', '村(居)', '点位', '点位类型', '测评内容', '扣分', '问题描述']

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'civdesk-bench-assessment-'))
  try {
    const db = openMemoryDatabase()
    generateSampleCity(db, { scale: 10 })
    const ctx = createAppContext({
      db,
      clock: fixedClock('2025-09-30T16:00:00+08:00'),
      log: silentLogger,
      dataFile: ':memory:',
      backupDir: dir,
      shell: 'cli',
      appVersion: 'bench'
    })
    const scheme = installSampleScheme(ctx, 2025)
    const round = openRound(ctx, { year: 2025, quarter: 3, openedOn: '2025-09-01' })
    const criteria = scoredCriteria(db, scheme.id).filter(
      (c) => c.rule.type === 'per-problem' && c.objectType === null
    )
    const areas = loadAreas(db)
    const byId = new Map(areas.map((a) => [a.id, a]))
    const villages = areas.filter((a) => a.level === 'village').slice(0, 1000)
    const rows: (string | number)[][] = []
    for (let i = 0; i < 5000; i++) {
      const v = villages[i % villages.length]
      const town = byId.get(v.parentId ?? 0)
      const district = byId.get(town?.parentId ?? 0)
      const c = criteria[i % criteria.length]
      rows.push([
        district?.name ?? '',
        town?.name ?? '',
        v.name,
        `${v.name}点位`,
        '城中村',
        c.code,
        1,
        `问题${i + 1}`
      ])
    }
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('测评结果')
    ws.addRow(HEADER)
    for (const r of rows) ws.addRow(r)
    const bytes = Buffer.from(await wb.xlsx.writeBuffer())
    process.stdout.write(
      `workbook: ${rows.length} findings over ${villages.length} points, ${Math.round(bytes.length / 1024)} KB\n`
    )

    // Floor: read with exceljs, insert with prepared statements in one transaction (no matching, no checks).
    const floorDb = openMemoryDatabase()
    floorDb.exec(
      'CREATE TABLE f (district TEXT, town TEXT, village TEXT, point TEXT, type TEXT, criterion TEXT, deduction REAL, description TEXT)'
    )
    let t = performance.now()
    const read = new ExcelJS.Workbook()
    await read.xlsx.load(bytes as unknown as ExcelJS.Buffer)
    const insert = floorDb.prepare('INSERT INTO f VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    floorDb.transaction(() => {
      read.worksheets[0].eachRow((row, n) => {
        if (n === 1) return
        const v = (row.values as ExcelJS.CellValue[])
          .slice(1, 9)
          .map((x) => (x == null ? null : typeof x === 'number' ? x : String(x)))
        insert.run(...v)
      })
    })()
    const floor = ms(t)

    t = performance.now()
    const file = await openLedger(bytes, '测评结果.xlsx', 'assessments')
    const result = await commitLedger(ctx, file, {
      mappings: [],
      excludedRows: [],
      asOf: '2025-09-30',
      fixes: [],
      options: { round: round.name }
    })
    const imported = ms(t)
    process.stdout.write(
      `import: ${imported} ms for ${result.created} findings (floor ${floor} ms, ${(imported / Math.max(1, floor)).toFixed(2)} × the floor; aim ≤ 1.5 ×)\n`
    )

    scoreRound(ctx, round.id, '2025-09-30')
    t = performance.now()
    const score = scoreRound(ctx, round.id, '2025-09-30')
    process.stdout.write(`scoring every level: ${ms(t)} ms for ${score.areas.length} areas (aim ≤ 200 ms)\n`)

    t = performance.now()
    await writeBulletin(
      ctx,
      { roundId: round.id, asOf: '2025-09-30', issuedOn: '2025-09-30', deadline: '2025-10-31' },
      join(dir, '通报.docx')
    )
    process.stdout.write(
      `测评通报 .docx (chart, ${score.problems.total} problems in the 附件): ${ms(t)} ms\n`
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

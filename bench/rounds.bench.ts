/**
 * Reporting rounds (issue 15, Speed): a round over every unit of the sample city at --scale N (10 by
 * default), its workbooks written, every one filled in, and all returns collected and accepted at once,
 * each next to its floor in the same run: writing the same rows with plain exceljs, and reading the same
 * files with exceljs and inserting their rows with one prepared statement in one transaction.
 * Prints the figures; the aims are writing ≤ 2× and collecting ≤ 1.5× the floor. Part of `npm run bench`;
 * alone: `npm run bench rounds [-- --scale N]`.
 */
import ExcelJS from 'exceljs'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createAppContext } from '../src/main/app-context'
import { generateSampleCity } from '../src/main/sample/generate-sample-city'
import { acceptReturn } from '../src/main/round/round-accept'
import { writeRoundFiles } from '../src/main/round/round-files'
import { openRound } from '../src/main/round/round-open'
import { roundItemsOf, roundUnits } from '../src/main/round/round-queries'
import { collectReturns } from '../src/main/round/round-service'
import { sentCells } from '../src/main/round/return-identity'
import { FIRST_DATA_ROW, RETURN_COLUMNS, RETURN_SHEET } from '../src/main/round/return-layout'
import { openMemoryDatabase } from '../src/main/store/open-database'
import { writeSettings } from '../src/main/store/settings-store'
import { fixedClock } from '../src/main/system/clock'
import { silentLogger } from '../src/main/system/logger'

const scaleArg = process.argv.indexOf('--scale')
const scale = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 10

export default async function main(): Promise<void> {
  const db = openMemoryDatabase()
  generateSampleCity(db, { scale })
  writeSettings(db, { contactPerson: '王晓明', contactPhone: '0000-12345678' })
  const ctx = createAppContext({
    db,
    clock: fixedClock('2025-10-09T09:00:00+08:00'),
    log: silentLogger,
    dataFile: ':memory:',
    backupDir: '/nonexistent',
    shell: 'cli',
    appVersion: 'bench'
  })
  const dir = mkdtempSync(join(tmpdir(), 'civdesk-round-bench-'))
  try {
    const opened = openRound(ctx, {
      title: '进展填报',
      asOf: '2025-09-30',
      openedOn: '2025-09-30',
      due: { mode: 'workdays', workdays: 5 },
      units: { mode: 'open' },
      itemKinds: ['tasks', 'village-items'],
      role: 'lead',
      contact: ''
    })
    const units = roundUnits(db, opened.id)

    let t = performance.now()
    const written = await writeRoundFiles(ctx, opened.id, dir, '2025-09-30')
    const writeMs = performance.now() - t

    // Floor: the same rows, plain exceljs, one file per unit.
    t = performance.now()
    for (const u of units) {
      const wb = new ExcelJS.Workbook()
      const ws = wb.addWorksheet(RETURN_SHEET)
      ws.addRow(RETURN_COLUMNS.map((c) => c.header))
      for (const item of roundItemsOf(db, opened.id, u.unitId)) ws.addRow(sentCells(item))
      writeFileSync(join(dir, `floor-${u.unitId}.xlsx`), Buffer.from(await wb.xlsx.writeBuffer()))
    }
    const floorWriteMs = performance.now() - t

    // Every unit fills in every row (not timed).
    const progressCol = RETURN_COLUMNS.findIndex((c) => c.fill === 'progress') + 1
    const statusCol = RETURN_COLUMNS.findIndex((c) => c.fill === 'status') + 1
    for (const f of written.files) {
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(readFileSync(f.path) as unknown as ExcelJS.Buffer)
      const ws = wb.getWorksheet(RETURN_SHEET)!
      for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + f.items; r++) {
        ws.getCell(r, progressCol).value = '按计划推进，已完成阶段目标'
        ws.getCell(r, statusCol).value = '推进中'
      }
      writeFileSync(f.path, Buffer.from(await wb.xlsx.writeBuffer()))
    }

    // Floor: read the same files with exceljs and insert their rows in one transaction (rolled back after).
    t = performance.now()
    const rows: [number, string][] = []
    for (const f of written.files) {
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(readFileSync(f.path) as unknown as ExcelJS.Buffer)
      const ws = wb.getWorksheet(RETURN_SHEET)!
      for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + f.items; r++)
        rows.push([Number(ws.getCell(r, 1).value), String(ws.getCell(r, progressCol).value)])
    }
    const insert = db.prepare(
      "INSERT INTO progress_report (task_id, village_item_id, report_date, text, created_at) SELECT task_id, village_item_id, '2025-09-30', ?, 'x' FROM round_item WHERE id = ? AND kind <> 'milestone'"
    )
    const rollback = new Error('rollback')
    try {
      db.transaction(() => {
        for (const [id, text] of rows) insert.run(text, id)
        throw rollback
      })()
    } catch (error) {
      if (error !== rollback) throw error
    }
    const floorCollectMs = performance.now() - t

    t = performance.now()
    const { checked } = await collectReturns(
      ctx,
      opened.id,
      [{ path: join(dir, '进展填报'), ref: '', folder: true }],
      '2025-10-09'
    )
    let accepted = 0
    for (const c of checked)
      if (c.check.verdict === 'ok') accepted += acceptReturn(ctx, opened.id, c, undefined, '2025-10-09').items
    const collectMs = performance.now() - t
    const refused = checked.filter((c) => c.check.verdict !== 'ok').length

    const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`
    console.log(
      `规模 ${scale}：${units.length} 个单位，${opened.items} 项，${readdirSync(join(dir, '进展填报')).length} 个文件`
    )
    console.log(
      `写出填报表  ${fmt(writeMs)}   底线（纯 exceljs）${fmt(floorWriteMs)}   ${(writeMs / floorWriteMs).toFixed(2)}×（目标 ≤ 2×）`
    )
    console.log(
      `收取并采纳  ${fmt(collectMs)}   底线（exceljs 读 + 一次事务插入）${fmt(floorCollectMs)}   ${(collectMs / floorCollectMs).toFixed(2)}×（目标 ≤ 1.5×）`
    )
    console.log(`采纳 ${accepted} 项，未收取 ${refused} 个文件`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

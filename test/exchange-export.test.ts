import type { Database } from 'better-sqlite3'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../src/main/app-context'
import { exportToPath } from '../src/main/exchange/export-service'
import { commitLedger } from '../src/main/exchange/import-service'
import { openLedger } from '../src/main/exchange/ledger-file'
import { listTasks } from '../src/main/task/task-list'
import { openMemoryDatabase } from '../src/main/store/open-database'
import { AS_OF, memoryContext, previewBytes, sampleDb } from './exchange-helpers'
import { convertWithSoffice, sofficeAvailable } from './exchange-office-files'
import { useSuiteTempDir } from './temp-dir'

/**
 * The exported workbooks: what a clerk sees when opening them (title with the as-of date, frozen header,
 * widths, wrapped text, light fills, the 状态 drop-down, a filter LibreOffice shows too), exactly the rows
 * the grid showed, and the round trip: an export imports back as the same data.
 */
const suiteDir = useSuiteTempDir()
let db: Database
let ctx: AppContext
let dir: string

beforeAll(() => {
  db = sampleDb()
  dir = suiteDir()
  ctx = memoryContext(db, join(dir, 'backups'))
})

async function exported(
  what: 'tasks' | 'villages',
  rowIds: number[] | null = null
): Promise<{ path: string; workbook: ExcelJS.Workbook }> {
  const path = join(dir, `${what}-${rowIds ? rowIds.length : 'all'}.xlsx`)
  await exportToPath(ctx, { what, asOf: AS_OF, rowIds }, path)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer)
  return { path, workbook }
}

const argb = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb

describe('the task ledger export', () => {
  it('is styled: title with the as-of date, frozen header, widths, wrapping, light fills, status drop-down', async () => {
    const { workbook, path } = await exported('tasks')
    const sheet = workbook.getWorksheet('任务台账')!
    expect(sheet.getCell('A1').value).toBe('城中村现代化治理任务台账')
    expect(sheet.getCell('A1').isMerged).toBe(true)
    expect(String(sheet.getCell('A2').value)).toContain('统计截止日期：2025年9月30日　共60项任务')
    expect(sheet.getRow(3).getCell(4).value).toBe('工作任务')
    expect(sheet.getRow(3).getCell(4).font?.bold).toBe(true)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect(sheet.getColumn(4).width).toBe(34)
    expect(sheet.getCell('D4').alignment?.wrapText).toBe(true)
    expect(sheet.rowCount).toBe(63)

    const tasks = listTasks(ctx, AS_OF)
    const fills = new Set<string>()
    tasks.forEach((task, i) => {
      const light = sheet.getCell(4 + i, 14)
      expect(light.value).toBe(task.light.label)
      fills.add(`${task.light.light ?? task.light.outcome}:${argb(light)}`)
    })
    expect([...fills].sort()).toEqual([
      'green:FFDCEFDC',
      'late:FFEFE2DA',
      'on-time:FFE6EAED',
      'red:FFF8D0D0',
      'yellow:FFFFF0C2'
    ])

    const xml = await JSZip.loadAsync(readFileSync(path))
    const sheetXml = await xml.file('xl/worksheets/sheet1.xml')!.async('string')
    const validation = /<dataValidation type="list"[^>]*sqref="K4:K204"><formula1>([^<]*)<\/formula1>/.exec(
      sheetXml
    )
    expect(validation?.[1].replace(/&quot;/g, '"')).toBe('"未启动,推进中,已办结"')
    expect(sheetXml).toContain('<autoFilter ref="A3:Q63"/>')
    const workbookXml = await xml.file('xl/workbook.xml')!.async('string')
    expect(workbookXml).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'任务台账'!$A$3:$Q$63</definedName>`
    )
  })

  it('exports exactly the rows the grid shows, in ledger order', async () => {
    const ids = listTasks(ctx, AS_OF)
      .filter((t) => t.light.light === 'red')
      .map((t) => t.id)
    const { workbook } = await exported('tasks', [...ids].reverse())
    const sheet = workbook.getWorksheet('任务台账')!
    expect(sheet.rowCount).toBe(3 + ids.length)
    expect(String(sheet.getCell('A2').value)).toContain('按台账当前筛选导出')
    for (let r = 4; r <= sheet.rowCount; r++)
      expect(String(sheet.getCell(r, 14).value)).toMatch(/^逾期|已逾期/)
  })

  it.skipIf(!sofficeAvailable())(
    'LibreOffice keeps the filter (thanks to the sheet-local _FilterDatabase name)',
    async () => {
      const { path } = await exported('tasks')
      const { ledger } = convertWithSoffice(join(dir, 'lo'), { ledger: readFileSync(path) }, 'xlsx')
      const sheetXml = await (await JSZip.loadAsync(ledger)).file('xl/worksheets/sheet1.xml')!.async('string')
      expect(sheetXml).toContain('<autoFilter ref="A3:Q63"')
    }
  )

  it('round trip: importing the export into the same data file changes nothing', async () => {
    const { path } = await exported('tasks')
    const { preview } = await previewBytes(db, readFileSync(path))
    expect(preview.counts).toEqual({ new: 0, changed: 0, unchanged: 60, error: 0 })
  })

  it('round trip: importing the export into an empty data file gives the same ledger', async () => {
    const { path } = await exported('tasks')
    const emptyCtx = memoryContext(openMemoryDatabase(), join(dir, 'empty-backups'))
    const file = await openLedger(readFileSync(path), 'tasks.xlsx', 'tasks')
    const result = await commitLedger(emptyCtx, file, { mappings: [], excludedRows: [], asOf: AS_OF })
    expect(result).toMatchObject({ created: 60, updated: 0 })
    const shape = (c: AppContext) =>
      listTasks(c, AS_OF).map((t) => ({
        code: t.code,
        group: t.group,
        phase: t.phase,
        title: t.title,
        measures: t.measures,
        leadUnits: t.leadUnits,
        supportUnits: t.supportUnits,
        leader: t.leader,
        startDate: t.startDate,
        deadline: t.deadline,
        status: t.status,
        percent: t.percent,
        completedDate: t.completedDate,
        note: t.note,
        latest: t.latestReport && { date: t.latestReport.date, text: t.latestReport.text },
        light: t.light.label
      }))
    expect(shape(emptyCtx)).toEqual(shape(ctx))
  })
})

describe('the village matrix export', () => {
  it("a matrix sheet (village × catalog item, on the lights' fills) and a long-form sheet the importer reads", async () => {
    const { workbook, path } = await exported('villages')
    const matrix = workbook.getWorksheet('村治理事项矩阵')!
    expect(String(matrix.getCell('A2').value)).toContain('共108个城中村')
    expect(matrix.rowCount).toBe(3 + 108)
    expect(matrix.getRow(3).getCell(5).value).toBe('消防安全')
    expect(matrix.views[0]).toMatchObject({ state: 'frozen', xSplit: 4, ySplit: 3 })
    const cell = matrix.getCell(4, 5)
    expect(String(cell.value)).toMatch(/按期办结|逾期办结|剩\d+个工作日|逾期\d+个工作日|今日到期|—/)
    const long = workbook.getWorksheet('村治理事项明细')!
    expect(long.rowCount).toBe(3 + 108 * 16)

    const { preview } = await previewBytes(db, readFileSync(path), { kind: 'villages' })
    expect(preview.counts).toEqual({ new: 0, changed: 0, unchanged: 1728, error: 0 })
    expect(preview.skippedSheets).toEqual([
      { sheet: '村治理事项矩阵', reason: expect.stringContaining('治理事项') }
    ])
  })

  it('exports only the villages the matrix shows', async () => {
    const ids = db
      .prepare('SELECT id FROM area WHERE is_urban_village = 1 ORDER BY id LIMIT 5')
      .pluck()
      .all() as number[]
    const { workbook } = await exported('villages', ids)
    expect(workbook.getWorksheet('村治理事项矩阵')!.rowCount).toBe(3 + 5)
    expect(workbook.getWorksheet('村治理事项明细')!.rowCount).toBe(3 + 5 * 16)
  })
})

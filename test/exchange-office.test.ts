import type { Database } from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  dateFormsLedger,
  sectionedLedger,
  statusLedger,
  titledLedger,
  twoRowHeaderLedger
} from './exchange-corpus'
import { previewBytes, sampleDb, taskValues } from './exchange-helpers'
import { convertWithSoffice, sofficeAvailable, wpsStyleLedger } from './exchange-office-files'
import { useSuiteTempDir } from './temp-dir'

/**
 * Ledgers saved by the office programs clerks use besides Excel. LibreOffice re-saves each workbook its
 * own way (its own shared strings, styles and merge records, dates as numbers with its own formats); the
 * import must read the same tasks from the re-saved file as from the original.
 */
const suiteDir = useSuiteTempDir()
let db: Database
beforeAll(() => {
  db = sampleDb()
})

describe('a WPS-style workbook', () => {
  it('inline strings, a shared-string unit with rich runs, a date under the built-in Chinese format 31', async () => {
    const { plan, preview } = await previewBytes(db, await wpsStyleLedger())
    expect(preview.sheets[0]).toMatchObject({ headerRow: 2, contextYear: { year: 2025 } })
    expect(preview.counts).toMatchObject({ new: 2, error: 0 })
    const tasks = taskValues(plan)
    expect(tasks.get('1')).toMatchObject({
      title: 'WPS 表格里的任务一',
      lead: ['市城市管理局'],
      deadline: '2025-06-30'
    })
    expect(tasks.get('2')).toMatchObject({ lead: ['市住房和城乡建设局'], deadline: '2025-12-31' })
  })
})

describe.skipIf(!sofficeAvailable())('workbooks saved by LibreOffice', () => {
  const originals = {
    titled: titledLedger,
    twoRowHeader: twoRowHeaderLedger,
    sectioned: sectionedLedger,
    dateForms: dateFormsLedger,
    status: statusLedger
  }
  let converted: Record<string, Buffer>
  const source: Record<string, Buffer> = {}
  beforeAll(async () => {
    for (const [name, build] of Object.entries(originals)) source[name] = await build()
    converted = convertWithSoffice(suiteDir(), source, 'xlsx')
  })

  for (const name of Object.keys(originals)) {
    it(`${name}: the same tasks, rows and errors as the original`, async () => {
      expect(converted[name].equals(source[name])).toBe(false)
      const original = await previewBytes(db, source[name])
      const resaved = await previewBytes(db, converted[name])
      expect(resaved.preview.counts).toEqual(original.preview.counts)
      expect(resaved.preview.sheets.map((s) => [s.headerRow, s.columns.map((c) => c.field)])).toEqual(
        original.preview.sheets.map((s) => [s.headerRow, s.columns.map((c) => c.field)])
      )
      expect([...taskValues(resaved.plan)]).toEqual([...taskValues(original.plan)])
      expect(resaved.preview.rows.map((r) => r.errors.map((e) => [e.row, e.column]))).toEqual(
        original.preview.rows.map((r) => r.errors.map((e) => [e.row, e.column]))
      )
    })
  }
})

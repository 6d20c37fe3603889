import ExcelJS from 'exceljs'
import { formatChineseDate, type IsoDate } from '../../shared/civil-date'
import type { DueItem } from '../../shared/contract'
import {
  addFilterDatabaseNames,
  excelDate,
  fill,
  LIGHT_FILL,
  writeTable,
  type ExportColumn
} from '../exchange/xlsx-style'

export const DUE_SHEET_NAME = '逾期及临期事项'

const KIND_LABEL: Record<DueItem['kind'], string> = {
  task: '重点任务',
  milestone: '时间节点',
  'village-item': '治理事项'
}
const LIGHT_LABEL = { red: '红灯（逾期）', yellow: '黄灯（临期）' } as const

type Line = DueItem & { light: 'red' | 'yellow' }

const COLUMNS: ExportColumn<Line & { seq: number }>[] = [
  { header: '序号', width: 6, value: (d) => d.seq, center: true },
  { header: '亮灯', width: 13, value: (d) => LIGHT_LABEL[d.light], center: true },
  { header: '类别', width: 10, value: (d) => KIND_LABEL[d.kind], center: true },
  { header: '事项', width: 36, value: (d) => d.title, wrap: true },
  { header: '所属任务或事项', width: 28, value: (d) => d.parent ?? '', wrap: true },
  { header: '区', width: 10, value: (d) => d.district ?? '', wrap: true },
  { header: '镇(街)', width: 12, value: (d) => d.town ?? '', wrap: true },
  { header: '村(居)', width: 14, value: (d) => d.village ?? '', wrap: true },
  { header: '责任单位', width: 22, value: (d) => d.units.join('、'), wrap: true },
  { header: '完成时限', width: 12, value: (d) => excelDate(d.deadline), numFmt: 'yyyy-mm-dd', center: true },
  { header: '逾期或剩余', width: 16, value: (d) => d.label, center: true }
]
const LIGHT_COLUMN = 2

/** Red before yellow, each most urgent first (the due list's own order within a light). */
export function byLight(due: readonly DueItem[]): Line[] {
  const lit = due.filter((d): d is Line => d.light === 'red' || d.light === 'yellow')
  return [...lit.filter((d) => d.light === 'red'), ...lit.filter((d) => d.light === 'yellow')]
}

/**
 * 逾期及临期事项清单 for the leaders' desks: exactly the due list of the date (tasks, milestones and village
 * items that are red or yellow, one row each), in the ledger export's look, sorted by light, printed on A4
 * landscape across one page's width with the header row repeated.
 */
export async function dueListWorkbook(
  due: readonly DueItem[],
  asOf: IsoDate,
  officeName: string
): Promise<{ bytes: Buffer; rows: number; red: number; yellow: number }> {
  const lines = byLight(due).map((d, i) => ({ ...d, seq: i + 1 }))
  const red = lines.filter((d) => d.light === 'red').length
  const book = new ExcelJS.Workbook()
  book.creator = officeName
  const sheet = book.addWorksheet(DUE_SHEET_NAME)
  const subtitle = `统计截止日期：${formatChineseDate(asOf)}\u3000共${lines.length}项，其中逾期（红灯）${red}项、临期（黄灯）${lines.length - red}项`
  const lastRow = writeTable(sheet, '逾期及临期事项清单', subtitle, COLUMNS, lines, (line, row) => {
    row.getCell(LIGHT_COLUMN).fill = fill(LIGHT_FILL[line.light])
  })
  const lastColumn = sheet.getColumn(COLUMNS.length).letter
  // writeTable sets the 台账's A3; the leaders' copy is A4 landscape, one page wide, as many pages long as needed.
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: `A1:${lastColumn}${lastRow}`,
    printTitlesRow: '3:3',
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 }
  }
  sheet.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' }
  const bytes = Buffer.from(await book.xlsx.writeBuffer())
  return {
    bytes: await addFilterDatabaseNames(bytes, [
      { sheetIndex: 0, sheetName: DUE_SHEET_NAME, ref: `A3:${lastColumn}${lastRow}` }
    ]),
    rows: lines.length,
    red,
    yellow: lines.length - red
  }
}

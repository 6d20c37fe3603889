import ExcelJS from 'exceljs'
import { formatChineseDate, type IsoDate } from '../../shared/civil-date'
import type { NoticeRegisterRow } from '../../shared/contract'
import { NOTICE_KIND_LABEL } from '../../shared/contract/notice'

const COLUMNS: {
  header: string
  width: number
  value: (r: NoticeRegisterRow, i: number) => string | number
}[] = [
  { header: '序号', width: 6, value: (_, i) => i + 1 },
  { header: '类别', width: 10, value: (r) => NOTICE_KIND_LABEL[r.series] },
  { header: '发文字号', width: 24, value: (r) => r.number },
  { header: '印发日期', width: 16, value: (r) => formatChineseDate(r.issuedOn) },
  { header: '主送单位', width: 26, value: (r) => r.unit },
  { header: '标题', width: 44, value: (r) => r.title },
  { header: '事项数', width: 8, value: (r) => r.items },
  { header: '反馈期限', width: 16, value: (r) => formatChineseDate(r.replyDue) },
  { header: '反馈日期', width: 16, value: (r) => (r.repliedOn ? formatChineseDate(r.repliedOn) : '') },
  { header: '反馈情况', width: 18, value: (r) => r.replyLabel },
  { header: '引用文号', width: 24, value: (r) => r.cites ?? '' },
  { header: '催办文号', width: 24, value: (r) => r.remindedBy ?? '' }
]

/**
 * 发文登记表 as an Excel workbook: one row per notice, oldest first, dates written as 2025年9月30日 (text,
 * so Excel and WPS show them as the office writes them), the reply state as of `asOf`.
 */
export async function registerWorkbook(
  rows: readonly NoticeRegisterRow[],
  asOf: IsoDate,
  officeName: string
): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = officeName
  const sheet = book.addWorksheet('发文登记', { views: [{ state: 'frozen', ySplit: 2 }] })
  sheet.mergeCells(1, 1, 1, COLUMNS.length)
  const head = sheet.getCell(1, 1)
  head.value = `督办催办发文登记表（反馈情况截至${formatChineseDate(asOf)}）`
  head.font = { name: '黑体', size: 14, bold: true }
  head.alignment = { horizontal: 'center', vertical: 'middle' }
  sheet.getRow(1).height = 26
  const header = sheet.getRow(2)
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1)
    cell.value = c.header
    cell.font = { name: '黑体', size: 11 }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }
    sheet.getColumn(i + 1).width = c.width
  })
  const ordered = [...rows].sort(
    (a, b) => a.issuedOn.localeCompare(b.issuedOn) || a.series.localeCompare(b.series) || a.seq - b.seq
  )
  ordered.forEach((r, i) => {
    const row = sheet.addRow(COLUMNS.map((c) => c.value(r, i)))
    row.font = { name: '仿宋', size: 11 }
    row.alignment = { vertical: 'middle', wrapText: true }
    if (r.replyState === 'overdue')
      row.getCell(10).font = { name: '仿宋', size: 11, color: { argb: 'FFC00000' }, bold: true }
  })
  for (let r = 2; r <= sheet.rowCount; r++)
    for (let c = 1; c <= COLUMNS.length; c++)
      sheet.getCell(r, c).border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' }
      }
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:2'
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

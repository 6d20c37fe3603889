import type { IsoDate } from '../../shared/civil-date'
import type ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type { LightInfo } from '../../shared/domain'

/**
 * The look of CivDesk's exported workbooks: a merged title row and a subtitle with the 统计截止日期, a bold
 * shaded header that stays in view (frozen) and carries a filter, thin borders, wrapped text, and the
 * lights as light fills (pale red, yellow, green; grey when done) next to the words.
 */
export interface ExportColumn<T> {
  header: string
  width: number
  value(row: T): ExcelJS.CellValue
  /** Long text columns wrap and align to the top. */
  wrap?: boolean
  numFmt?: string
  center?: boolean
}

export const LIGHT_FILL: Record<'red' | 'yellow' | 'green' | 'done' | 'late', string> = {
  red: 'FFF8D0D0',
  yellow: 'FFFFF0C2',
  green: 'FFDCEFDC',
  done: 'FFE6EAED',
  late: 'FFEFE2DA'
}

export function lightFillKey(info: LightInfo): keyof typeof LIGHT_FILL {
  if (info.light) return info.light
  return info.outcome === 'late' ? 'late' : 'done'
}

export function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } }
}

const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFB0B7BF' } }
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN }
const FONT = '宋体'

/** Writes rows 1–3 (title, subtitle, header) and the data below; returns the last data row. */
export function writeTable<T>(
  sheet: ExcelJS.Worksheet,
  title: string,
  subtitle: string,
  columns: readonly ExportColumn<T>[],
  rows: readonly T[],
  decorate?: (row: T, excelRow: ExcelJS.Row) => void
): number {
  const last = columns.length
  sheet.columns = columns.map((c) => ({ width: c.width }))
  sheet.mergeCells(1, 1, 1, last)
  const titleCell = sheet.getCell(1, 1)
  titleCell.value = title
  titleCell.font = { name: '黑体', size: 16, bold: true }
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' }
  sheet.getRow(1).height = 30
  sheet.mergeCells(2, 1, 2, last)
  const subtitleCell = sheet.getCell(2, 1)
  subtitleCell.value = subtitle
  subtitleCell.font = { name: FONT, size: 10, color: { argb: 'FF555555' } }
  subtitleCell.alignment = { horizontal: 'left', vertical: 'middle' }

  const header = sheet.getRow(3)
  header.values = columns.map((c) => c.header)
  header.height = 24
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 11, bold: true }
    cell.fill = fill('FFDCE3EC')
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.border = BORDER
  })
  rows.forEach((row, i) => {
    const excelRow = sheet.getRow(4 + i)
    excelRow.values = columns.map((c) => c.value(row))
    columns.forEach((c, j) => {
      const cell = excelRow.getCell(j + 1)
      cell.font = { name: FONT, size: 10 }
      cell.border = BORDER
      cell.alignment = {
        vertical: 'top',
        wrapText: c.wrap ?? false,
        horizontal: c.center ? 'center' : 'left'
      }
      if (c.numFmt) cell.numFmt = c.numFmt
    })
    excelRow.height = rowHeight(columns, excelRow)
    decorate?.(row, excelRow)
  })
  const lastRow = Math.max(3, 3 + rows.length)
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 3, activeCell: 'A4' }]
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: lastRow, column: last } }
  // A3 landscape, as offices print their 台账: the whole width on one sheet of paper, rows flowing on.
  sheet.pageSetup = {
    orientation: 'landscape',
    // exceljs's PaperSize lists no A3, which is code 8 in the OOXML paper table.
    paperSize: 8 as unknown as ExcelJS.PaperSize,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '3:3'
  }
  return lastRow
}

/**
 * Excel, WPS and LibreOffice show a row without a stored height at one line, cutting wrapped text off;
 * so each row gets the height its longest wrapped cell needs. A Chinese character is about two units of
 * column width at this font size, a Latin character or digit one; a line is 13.5 points.
 */
function rowHeight<T>(columns: readonly ExportColumn<T>[], row: ExcelJS.Row): number {
  let lines = 1
  columns.forEach((column, i) => {
    if (!column.wrap) return
    const value = row.getCell(i + 1).value
    if (typeof value !== 'string' || value === '') return
    const perLine = Math.max(1, column.width - 1.5)
    const needed = value
      .split('\n')
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(textUnits(part) / perLine)), 0)
    lines = Math.max(lines, needed)
  })
  return Math.min(409, Math.max(18, lines * 13.5 + 4))
}

function textUnits(text: string): number {
  let units = 0
  for (const ch of text) units += ch.charCodeAt(0) > 0x2e80 ? 2 : 1.1
  return units
}

/** A list drop-down on a column's data cells (e.g. 状态: 未启动/推进中/已办结). */
export function addListValidation(
  sheet: ExcelJS.Worksheet,
  column: number,
  fromRow: number,
  toRow: number,
  choices: readonly string[]
): void {
  if (toRow < fromRow) return
  const letter = sheet.getColumn(column).letter
  // exceljs 4.4 has dataValidations on every worksheet but leaves it out of its type declarations.
  const validations = (
    sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
  ).dataValidations
  validations.add(`${letter}${fromRow}:${letter}${toRow}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${choices.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '状态',
    error: `请从下拉列表中选择：${choices.join('、')}`
  })
}

/**
 * exceljs writes a sheet's autoFilter but not the sheet-local `_xlnm._FilterDatabase` name that Excel
 * writes with it; LibreOffice shows no filter buttons without that name. Adds it to workbook.xml for
 * each filtered sheet (localSheetId = the sheet's position).
 */
export async function addFilterDatabaseNames(
  xlsx: Buffer,
  filters: readonly { sheetIndex: number; sheetName: string; ref: string }[]
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx)
  const part = zip.file('xl/workbook.xml')
  if (!part || filters.length === 0) return xlsx
  let xml = await part.async('string')
  const names = filters
    .map((f) => {
      const [from, to] = f.ref.split(':').map((a) => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
      const sheet = `'${f.sheetName.replace(/'/g, "''")}'`
      return `<definedName name="_xlnm._FilterDatabase" localSheetId="${f.sheetIndex}" hidden="1">${escapeXml(`${sheet}!${from}:${to}`)}</definedName>`
    })
    .join('')
  if (xml.includes('<definedNames>')) xml = xml.replace('<definedNames>', `<definedNames>${names}`)
  else if (xml.includes('<definedNames/>'))
    xml = xml.replace('<definedNames/>', `<definedNames>${names}</definedNames>`)
  else xml = xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`)
  zip.file('xl/workbook.xml', xml)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } })
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A calendar date as an Excel date cell (exceljs writes a Date at UTC midnight as that day). */
export function excelDate(date: IsoDate | null): Date | null {
  return date ? new Date(`${date}T00:00:00Z`) : null
}

import ExcelJS from 'exceljs'
import type { IsoDate } from '../../shared/civil-date'
import { formatChineseDate } from '../../shared/civil-date'
import { IDENTITY_ROW } from '../exchange/round-return-mark'
import { BORDER, fill } from '../exchange/xlsx-style'
import type { StoredRoundItem } from './round-queries'
import { sentCells, sentChecksum } from './return-identity'
import {
  FIRST_DATA_ROW,
  FORMAT_VERSION,
  GUIDE_SHEET,
  HEADER_ROW,
  IDENTITY_MARK,
  IDENTITY_SHEET,
  RETURN_COLUMNS,
  RETURN_SHEET,
  STATUS_CHOICES,
  columnLetter
} from './return-layout'

export interface WorkbookRound {
  id: number
  title: string
  asOf: IsoDate
  due: IsoDate
  contact: string
  office: string
}

const READONLY_FILL = 'FFF2F2F2'
const INPUT_FILL = 'FFFFFFFF'

type Validations = { add(range: string, rule: ExcelJS.DataValidation): void }

/**
 * One unit's 填报表: 填报说明, the rows sheet (read-only columns protected without a password, fill-in
 * columns unlocked with validation and an input message), and the identity in a veryHidden sheet that
 * LibreOffice, WPS and Excel keep on a re-save (a custom document property is dropped by LibreOffice).
 */
export async function unitWorkbook(
  round: WorkbookRound,
  unit: { id: number; name: string },
  items: readonly StoredRoundItem[]
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = round.office || 'CivDesk'
  wb.title = `${round.title}-${unit.name}`
  guideSheet(wb, round, unit, items)
  rowsSheet(wb, round, unit, items)
  identitySheet(wb, round, unit, items)
  const out = await wb.xlsx.writeBuffer()
  return Buffer.from(out as ArrayBuffer)
}

function guideSheet(
  wb: ExcelJS.Workbook,
  round: WorkbookRound,
  unit: { name: string },
  items: readonly StoredRoundItem[]
): void {
  const count = items.length
  const ws = wb.addWorksheet(GUIDE_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
  })
  ws.getColumn(1).width = 100
  const lines = [
    `${round.title}（${unit.name}）`,
    '',
    `统计截止日期：${formatChineseDate(round.asOf)}`,
    `报送截止日期：${formatChineseDate(round.due)}前`,
    `本表共${count}项，请在“${RETURN_SHEET}”工作表逐行填写白色单元格（本期进展、存在问题、下步计划、状态、完成百分比、办结日期、佐证材料说明、填报人、联系电话，亮点做法选填）。`,
    '灰色单元格为本办下发的内容，请勿修改；确需更正的，请在“存在问题”中说明。',
    '请勿增删行、调整列的顺序或合并单元格；可以排序和筛选。',
    '状态请从下拉列表选择；完成百分比填0到100之间的整数；办结日期填实际办结的日期，如2025-10-20。',
    ...(items.some((i) => i.kind === 'problem')
      ? [
          '类别为“测评问题”的行：“本期进展”填写整改措施和效果；已整改到位的，状态选“已办结”并填写整改完成日期，本办采纳后转为“申请销号”，经复核通过后销号；尚未整改到位的，状态选“推进中”，在“下步计划”中写明完成时间。完成百分比可不填。'
        ]
      : []),
    '填好后请保存为 .xlsx 文件（文件名可以修改），按填报通知的要求报送。',
    round.contact ? `联系人：${round.contact}` : ''
  ]
  lines.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1)
    cell.value = text
    cell.alignment = { wrapText: true, vertical: 'top' }
    cell.font = i === 0 ? { name: '黑体', size: 16, bold: true } : { name: '宋体', size: 12 }
  })
}

function rowsSheet(
  wb: ExcelJS.Workbook,
  round: WorkbookRound,
  unit: { name: string },
  items: readonly StoredRoundItem[]
): void {
  const ws = wb.addWorksheet(RETURN_SHEET, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `1:${HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 }
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' }
  })
  const last = RETURN_COLUMNS.length
  RETURN_COLUMNS.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width
  })
  ws.getColumn(1).hidden = true
  ws.mergeCells(1, 1, 1, last)
  const title = ws.getCell(1, 1)
  title.value = `${round.title}（${unit.name}）`
  title.font = { name: '黑体', size: 16, bold: true }
  title.alignment = { horizontal: 'center', vertical: 'middle' }
  ws.getRow(1).height = 28
  ws.mergeCells(2, 1, 2, last)
  ws.getCell(2, 1).value =
    `统计截止日期：${formatChineseDate(round.asOf)}，报送截止日期：${formatChineseDate(round.due)}前，灰色为下发内容，请填写白色单元格`
  ws.getCell(2, 1).font = { name: '宋体', size: 11 }
  const header = ws.getRow(HEADER_ROW)
  RETURN_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1)
    cell.value = c.header
    cell.font = { name: '黑体', size: 11, bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.border = BORDER
    cell.fill = fill(c.fill === null ? 'FFD9D9D9' : 'FFDDEBF7')
  })
  // One style object per column, shared by all its data cells: exceljs keys its style table by the
  // object, so a shared one is looked up once, where a fresh object per cell was rendered to XML and
  // compared for each of the thousands of cells (most of the time it took to write the workbooks).
  const columnStyles = RETURN_COLUMNS.map((c) => dataCellStyle(c.fill))
  items.forEach((item, index) => {
    const row = ws.getRow(FIRST_DATA_ROW + index)
    const sent = sentCells(item)
    RETURN_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1)
      if (c.fill === null) cell.value = i === 0 || i === 1 ? Number(sent[i]) : sent[i]
      cell.style = columnStyles[i]
    })
  })
  const lastRow = FIRST_DATA_ROW + Math.max(items.length, 1) - 1
  const validations = (ws as unknown as { dataValidations: Validations }).dataValidations
  RETURN_COLUMNS.forEach((c, i) => {
    if (c.fill === null) return
    const range = `${columnLetter(i + 1)}${FIRST_DATA_ROW}:${columnLetter(i + 1)}${lastRow}`
    const common = {
      allowBlank: true,
      showInputMessage: true,
      promptTitle: c.header,
      prompt: c.prompt ?? '',
      showErrorMessage: true,
      errorStyle: 'stop' as const,
      errorTitle: c.header
    }
    if (c.fill === 'status') {
      validations.add(range, {
        ...common,
        type: 'list',
        formulae: [`"${STATUS_CHOICES.join(',')}"`],
        error: `请从下拉列表中选择：${STATUS_CHOICES.join('、')}`
      })
    } else if (c.fill === 'percent') {
      validations.add(range, {
        ...common,
        type: 'whole',
        operator: 'between',
        formulae: [0, 100],
        error: '请填0到100之间的整数'
      })
    } else if (c.fill === 'completedDate') {
      validations.add(range, {
        ...common,
        type: 'date',
        operator: 'between',
        formulae: [new Date('2000-01-01T00:00:00Z'), new Date('2099-12-31T00:00:00Z')],
        error: '请填写日期，如 2025-10-20'
      })
    } else {
      validations.add(range, {
        ...common,
        type: 'textLength',
        operator: 'lessThanOrEqual',
        formulae: [c.max ?? 500],
        error: `不能超过${c.max ?? 500}个字`
      })
    }
  })
  // Protected without a password: a unit can still lift it to fix a genuine mistake, which the check reports.
  void ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    sort: true,
    autoFilter: true
  })
  ws.autoFilter = { from: { row: HEADER_ROW, column: 2 }, to: { row: lastRow, column: last } }
}

function identitySheet(
  wb: ExcelJS.Workbook,
  round: WorkbookRound,
  unit: { id: number; name: string },
  items: readonly StoredRoundItem[]
): void {
  const ws = wb.addWorksheet(IDENTITY_SHEET, { state: 'veryHidden' })
  // Placed where IDENTITY_ROW says: the return check and the ledger import read them there.
  const rows: (string | number)[][] = [[IDENTITY_MARK, FORMAT_VERSION]]
  rows[IDENTITY_ROW.roundId - 1] = ['round', round.id]
  rows[IDENTITY_ROW.unitId - 1] = ['unit', unit.id]
  rows[IDENTITY_ROW.unitName - 1] = ['unitName', unit.name]
  rows[IDENTITY_ROW.title - 1] = ['title', round.title]
  rows[IDENTITY_ROW.checksum - 1] = ['checksum', sentChecksum(round.id, unit.id, items)]
  rows.push(['items', items.length], ['ids', items.map((i) => i.id).join(',')])
  rows.forEach((values, i) => {
    values.forEach((v, j) => {
      ws.getCell(i + 1, j + 1).value = v
    })
  })
  void ws.protect('', {})
}

/** A data cell's look: grey and locked when sent, white and unlocked to fill in (dates and % formatted). */
function dataCellStyle(kind: (typeof RETURN_COLUMNS)[number]['fill']): Partial<ExcelJS.Style> {
  const look: Partial<ExcelJS.Style> = {
    border: BORDER,
    alignment: { vertical: 'top', wrapText: true },
    font: { name: '宋体', size: 10.5 }
  }
  if (kind === null) return { ...look, fill: fill(READONLY_FILL) }
  return {
    ...look,
    protection: { locked: false },
    fill: fill(INPUT_FILL),
    ...(kind === 'completedDate' ? { numFmt: 'yyyy-mm-dd' } : kind === 'percent' ? { numFmt: '0' } : {})
  }
}

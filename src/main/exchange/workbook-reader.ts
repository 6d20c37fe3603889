import ExcelJS from 'exceljs'
import { formatParts, type IsoDate } from '../../shared/civil-date'
import { UserError } from '../../shared/errors'
import { IMPORT_LIMITS } from './limits'
import { IDENTITY_MARK, IDENTITY_ROW, IDENTITY_SHEET, type RoundReturnMark } from './round-return-mark'

/**
 * One cell as the import reads it, whatever Excel, WPS or LibreOffice stored: rich text joined, a
 * formula replaced by its cached result, a merged cell read through its master, a date cell as a calendar
 * date (exceljs gives dates at UTC midnight, so UTC getters), a number with whether it is shown as a
 * percentage.
 */
export type CellData =
  | { kind: 'empty'; text: '' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; text: string; number: number; percentFormat: boolean }
  | { kind: 'date'; text: string; date: IsoDate }
  | { kind: 'error'; text: string; reason: string }

export interface SheetData {
  name: string
  /** Last row number with anything in it. */
  rowCount: number
  columnCount: number
  cell(row: number, col: number): CellData
  /** The address of the merge master a cell is covered by, or null when it is not merged. */
  mergeMaster(row: number, col: number): string | null
}

export interface WorkbookData {
  sheets: SheetData[]
  /** Hidden sheets are passed over (they usually hold lists for drop-downs). */
  hiddenSheets: string[]
  /** Set when the workbook is a CivDesk 填报表 (its hidden identity sheet says so). */
  roundReturn: RoundReturnMark | null
}

const EMPTY: CellData = { kind: 'empty', text: '' }

/** Reads every visible worksheet with exceljs. The bytes were checked by file-guard.ts first. */
export async function readWorkbook(bytes: Buffer, fileName: string): Promise<WorkbookData> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  } catch (error) {
    throw new UserError(
      'file-refused',
      `“${fileName}”的内容无法按 Excel 工作簿读取（${error instanceof Error ? error.message.slice(0, 120) : '格式错误'}）。` +
        '请在 Excel 或 WPS 中打开并重新保存为 .xlsx 后再导入。'
    )
  }
  const sheets: SheetData[] = []
  const hiddenSheets: string[] = []
  for (const worksheet of workbook.worksheets.slice(0, IMPORT_LIMITS.maxSheets)) {
    if (worksheet.state === 'hidden' || worksheet.state === 'veryHidden') hiddenSheets.push(worksheet.name)
    else sheets.push(sheetData(worksheet))
  }
  return { sheets, hiddenSheets, roundReturn: roundReturnMark(workbook) }
}

/** The round and unit a CivDesk 填报表 names in its identity sheet; null for any other workbook. */
function roundReturnMark(workbook: ExcelJS.Workbook): RoundReturnMark | null {
  const identity = workbook.getWorksheet(IDENTITY_SHEET)
  if (!identity) return null
  const text = (row: number, col: number): string => cellData(identity.getCell(row, col)).text
  if (text(1, 1) !== IDENTITY_MARK) return null
  return { title: text(IDENTITY_ROW.title, 2), unit: text(IDENTITY_ROW.unitName, 2) }
}

function sheetData(worksheet: ExcelJS.Worksheet): SheetData {
  // Rows are read left to right, often twice (to classify the row, then to read its fields): the cells
  // of the current row are converted once and kept until another row is asked for.
  let cachedRow = 0
  let cached: (CellData | undefined)[] = []
  return {
    name: worksheet.name,
    rowCount: worksheet.rowCount,
    columnCount: Math.min(worksheet.columnCount, IMPORT_LIMITS.maxColumns),
    cell(row, col) {
      if (row !== cachedRow) {
        cachedRow = row
        cached = []
      }
      let data = cached[col]
      if (data === undefined) {
        const cell = worksheet.findRow(row)?.findCell(col)
        data = cell ? cellData(cell) : EMPTY
        cached[col] = data
      }
      return data
    },
    mergeMaster(row, col) {
      const cell = worksheet.findRow(row)?.findCell(col)
      return cell?.isMerged ? cell.master.address : null
    }
  }
}

export function cellData(cell: ExcelJS.Cell): CellData {
  return valueData(cell.value, cell.numFmt)
}

type RichText = { richText: { text: string }[] }

function valueData(value: ExcelJS.CellValue | undefined, numFmt: string | undefined): CellData {
  if (value === null || value === undefined) return EMPTY
  if (typeof value === 'string') return textData(value)
  if (typeof value === 'number') return numberData(value, numFmt)
  if (typeof value === 'boolean') return { kind: 'text', text: value ? '是' : '否' }
  if (value instanceof Date) return dateData(value)
  if (typeof value === 'object') {
    if ('richText' in value) return textData(joinRichText(value as RichText))
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result
      if (result === undefined || result === null || result === '') {
        return {
          kind: 'error',
          text: '',
          reason: '公式没有保存计算结果（请在 Excel 或 WPS 中打开并保存后再导入）'
        }
      }
      return valueData(result, numFmt)
    }
    if ('error' in value) {
      const code = String((value as { error: unknown }).error)
      return { kind: 'error', text: code, reason: `单元格是错误值 ${code}` }
    }
    if ('text' in value) {
      const text = (value as { text: unknown }).text
      return textData(typeof text === 'string' ? text : joinRichText(text as RichText))
    }
  }
  return textData(String(value))
}

function joinRichText(value: RichText | null | undefined): string {
  return (value?.richText ?? []).map((run) => run.text ?? '').join('')
}

function textData(raw: string): CellData {
  if (raw === '') return EMPTY
  // Most cells need no cleaning; checking the two ends first keeps a 20,000-row read quick.
  if (!raw.includes('\r') && !isBlank(raw.charCodeAt(0)) && !isBlank(raw.charCodeAt(raw.length - 1))) {
    return { kind: 'text', text: raw }
  }
  // Non-breaking and full-width spaces at the ends are as invisible to the clerk as ordinary ones.
  const text = raw.replace(/\r\n?/g, '\n').replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '')
  return text === '' ? EMPTY : { kind: 'text', text }
}

function isBlank(code: number): boolean {
  return (
    code <= 32 || code === 0xa0 || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b)
  )
}

function numberData(value: number, numFmt: string | undefined): CellData {
  if (!Number.isFinite(value)) return { kind: 'error', text: String(value), reason: '数值无效' }
  const percentFormat = isPercentFormat(numFmt)
  const shown = percentFormat ? value * 100 : value
  const text = `${Number(shown.toPrecision(12))}${percentFormat ? '%' : ''}`
  return { kind: 'number', text, number: value, percentFormat }
}

/** A "%" outside quotes and brackets: 0%, 0.0%, but not 0"%" (a literal sign after a plain number). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false
  return numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*]/g, '')
    .replace(/\\%/g, '')
    .includes('%')
}

function dateData(value: Date): CellData {
  if (Number.isNaN(value.getTime())) return { kind: 'error', text: '', reason: '日期无效' }
  const date = formatParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate())
  return { kind: 'date', text: date, date }
}

import ExcelJS from 'exceljs'
import { formatChineseDate, type IsoDate } from '../../../../shared/civil-date'
import type { TaskRow } from '../../../../shared/contract'
import { PHASE_LABEL, WORK_STATUS_LABEL } from '../../../../shared/domain'
import {
  addFilterDatabaseNames,
  addListValidation,
  excelDate,
  fill,
  LIGHT_FILL,
  lightFillKey,
  writeTable,
  type ExportColumn
} from '../../xlsx-style'

export const TASK_SHEET_NAME = '任务台账'

const DATE_FORMAT = 'yyyy-mm-dd'

/**
 * The columns of the exported task ledger. Their headers are the import's own header words, so the
 * export reads back as the same data (round trip); 亮灯 is computed for the as-of date and ignored on import.
 */
const COLUMNS: ExportColumn<TaskRow>[] = [
  { header: '编号', width: 8, value: (t) => t.code ?? '', center: true },
  { header: '分类', width: 14, value: (t) => t.group, wrap: true },
  { header: '阶段', width: 8, value: (t) => (t.phase ? PHASE_LABEL[t.phase] : ''), center: true },
  { header: '工作任务', width: 34, value: (t) => t.title, wrap: true },
  { header: '具体举措', width: 40, value: (t) => t.measures, wrap: true },
  { header: '牵头单位', width: 22, value: (t) => t.leadUnits.join('、'), wrap: true },
  { header: '配合单位', width: 26, value: (t) => t.supportUnits.join('、'), wrap: true },
  { header: '责任领导', width: 12, value: (t) => t.leader, wrap: true },
  { header: '开始时间', width: 12, value: (t) => excelDate(t.startDate), numFmt: DATE_FORMAT, center: true },
  {
    header: '完成时限',
    width: 12,
    value: (t) => excelDate(t.deadline) ?? '长期',
    numFmt: DATE_FORMAT,
    center: true
  },
  { header: '状态', width: 9, value: (t) => WORK_STATUS_LABEL[t.status], center: true },
  { header: '进度（%）', width: 8, value: (t) => t.percent, center: true },
  {
    header: '完成日期',
    width: 12,
    value: (t) => excelDate(t.completedDate),
    numFmt: DATE_FORMAT,
    center: true
  },
  { header: '亮灯', width: 14, value: (t) => t.light.label, center: true },
  { header: '进展情况', width: 40, value: (t) => t.latestReport?.text ?? '', wrap: true },
  {
    header: '进展日期',
    width: 12,
    value: (t) => excelDate(t.latestReport?.date ?? null),
    numFmt: DATE_FORMAT,
    center: true
  },
  { header: '备注', width: 20, value: (t) => t.note, wrap: true }
]

const STATUS_COLUMN = COLUMNS.findIndex((c) => c.header === '状态') + 1
const LIGHT_COLUMN = COLUMNS.findIndex((c) => c.header === '亮灯') + 1

/** The task ledger as a styled .xlsx (bytes); `filtered` says whether the grid's filter chose the rows. */
export async function taskLedgerWorkbook(
  tasks: readonly TaskRow[],
  asOf: IsoDate,
  filtered: boolean
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '文明办工作台'
  // No fixed row height: Excel, WPS and LibreOffice then size each row to its wrapped text.
  const sheet = workbook.addWorksheet(TASK_SHEET_NAME)
  const subtitle = `统计截止日期：${formatChineseDate(asOf)}\u3000共${tasks.length}项任务${filtered ? '（按台账当前筛选导出）' : ''}\u3000亮灯：红＝逾期，黄＝临期，绿＝正常，灰＝已办结`
  const lastRow = writeTable(sheet, '城中村现代化治理任务台账', subtitle, COLUMNS, tasks, (task, row) => {
    row.getCell(LIGHT_COLUMN).fill = fill(LIGHT_FILL[lightFillKey(task.light)])
  })
  addListValidation(sheet, STATUS_COLUMN, 4, Math.max(lastRow, 4 + 200), Object.values(WORK_STATUS_LABEL))
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
  return addFilterDatabaseNames(bytes, [
    {
      sheetIndex: 0,
      sheetName: TASK_SHEET_NAME,
      ref: `A3:${sheet.getColumn(COLUMNS.length).letter}${lastRow}`
    }
  ])
}

import ExcelJS from 'exceljs'
import { formatChineseDate, type IsoDate } from '../../../../shared/civil-date'
import { ITEM_CATEGORY_LABEL, WORK_STATUS_LABEL } from '../../../../shared/domain'
import type { ExportVillage, ExportVillageItem, VillageExportData } from './village-export-data'
import {
  addFilterDatabaseNames,
  addListValidation,
  BORDER,
  excelDate,
  fill,
  LIGHT_FILL,
  lightFillKey,
  writeTable,
  type ExportColumn
} from '../../xlsx-style'

export const MATRIX_SHEET_NAME = '村治理事项矩阵'
export const LONG_SHEET_NAME = '村治理事项明细'

type LongRow = { village: ExportVillage; item: ExportVillageItem }

const AREA_COLUMNS: ExportColumn<ExportVillage>[] = [
  { header: '区', width: 10, value: (v) => v.district },
  { header: '镇(街)', width: 14, value: (v) => v.town },
  { header: '村(居)', width: 14, value: (v) => v.community },
  { header: '村民小组(社)', width: 12, value: (v) => v.group }
]

/** The long form the importer reads back (issue 4 §5): one row per village and catalog item. */
const LONG_COLUMNS: ExportColumn<LongRow>[] = [
  { header: '区', width: 10, value: (r) => r.village.district },
  { header: '镇(街)', width: 14, value: (r) => r.village.town },
  { header: '村(居)', width: 14, value: (r) => r.village.community },
  { header: '村民小组(社)', width: 12, value: (r) => r.village.group },
  { header: '治理事项', width: 18, value: (r) => r.item.itemName },
  { header: '类别', width: 6, value: (r) => ITEM_CATEGORY_LABEL[r.item.category], center: true },
  { header: '责任单位', width: 24, value: (r) => r.item.unit ?? '', wrap: true },
  {
    header: '完成时限',
    width: 12,
    value: (r) => excelDate(r.item.deadline) ?? '长期',
    numFmt: 'yyyy-mm-dd',
    center: true
  },
  { header: '状态', width: 9, value: (r) => statusText(r.item), center: true },
  { header: '进度（%）', width: 8, value: (r) => r.item.percent, center: true },
  {
    header: '完成日期',
    width: 12,
    value: (r) => excelDate(r.item.completedDate),
    numFmt: 'yyyy-mm-dd',
    center: true
  },
  { header: '亮灯', width: 14, value: (r) => (r.item.applicable ? r.item.light.label : ''), center: true },
  { header: '备注', width: 20, value: (r) => r.item.note, wrap: true }
]

function statusText(item: ExportVillageItem): string {
  return item.applicable ? WORK_STATUS_LABEL[item.status] : '不适用'
}

/**
 * The village matrix as a styled .xlsx: the matrix the 治理事项 page shows (one row per urban village, one
 * column per catalog item, each cell its status and deadline on its light's fill), and next to it the
 * long-form sheet that the importer reads, so an export imports back as the same data.
 */
export async function villageMatrixWorkbook(
  data: VillageExportData,
  asOf: IsoDate,
  filtered: boolean,
  yellowWindow: number
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '文明办工作台'
  const matrix = workbook.addWorksheet(MATRIX_SHEET_NAME)
  const long = workbook.addWorksheet(LONG_SHEET_NAME)
  const scope = `共${data.villages.length}个城中村${filtered ? '（按当前筛选导出）' : ''}`
  const legend = `红＝逾期，黄＝临期（${yellowWindow}个工作日内到期），绿＝正常，灰＝已办结，“—”＝不适用`

  const itemColumns: ExportColumn<ExportVillage>[] = data.items.map((item) => ({
    header: item.name,
    width: 13,
    wrap: true,
    center: true,
    value: (v) => {
      const vi = data.villageItems.get(v.id)?.find((i) => i.itemId === item.id)
      if (!vi) return ''
      if (!vi.applicable) return '—'
      const when = vi.light.light === null ? (vi.completedDate ?? '') : (vi.deadline ?? '长期')
      return `${vi.light.label}\n${when}`.trim()
    }
  }))
  const doneColumn: ExportColumn<ExportVillage> = {
    header: '已办结/适用',
    width: 10,
    center: true,
    value: (v) => {
      const applicable = (data.villageItems.get(v.id) ?? []).filter((i) => i.applicable)
      return `${applicable.filter((i) => i.status === 'done' && i.light.light === null).length}/${applicable.length}`
    }
  }
  const matrixColumns = [...AREA_COLUMNS, ...itemColumns, doneColumn]
  const matrixLast = writeTable(
    matrix,
    '城中村“10+(5)+1”治理事项落实情况',
    `统计截止日期：${formatChineseDate(asOf)}\u3000${scope}\u3000${legend}`,
    matrixColumns,
    data.villages,
    (village, row) => {
      row.height = 30
      data.items.forEach((item, i) => {
        const vi = data.villageItems.get(village.id)?.find((x) => x.itemId === item.id)
        const cell = row.getCell(AREA_COLUMNS.length + 1 + i)
        cell.border = BORDER
        if (vi?.applicable) cell.fill = fill(LIGHT_FILL[lightFillKey(vi.light)])
        else cell.font = { name: '宋体', size: 10, color: { argb: 'FF9E9E9E' } }
      })
    }
  )
  matrix.views = [{ state: 'frozen', xSplit: AREA_COLUMNS.length, ySplit: 3, activeCell: 'E4' }]

  const longRows: LongRow[] = data.villages.flatMap((village) =>
    (data.villageItems.get(village.id) ?? []).map((item) => ({ village, item }))
  )
  const statusColumn = LONG_COLUMNS.findIndex((c) => c.header === '状态') + 1
  const lightColumn = LONG_COLUMNS.findIndex((c) => c.header === '亮灯') + 1
  const longLast = writeTable(
    long,
    '城中村治理事项明细',
    `统计截止日期：${formatChineseDate(asOf)}\u3000${scope}\u3000本表可修改后用“导入村治理事项”导入`,
    LONG_COLUMNS,
    longRows,
    (r, row) => {
      if (r.item.applicable) row.getCell(lightColumn).fill = fill(LIGHT_FILL[lightFillKey(r.item.light)])
    }
  )
  addListValidation(long, statusColumn, 4, Math.max(longLast, 204), [
    ...Object.values(WORK_STATUS_LABEL),
    '不适用'
  ])

  const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
  return addFilterDatabaseNames(bytes, [
    {
      sheetIndex: 0,
      sheetName: MATRIX_SHEET_NAME,
      ref: `A3:${matrix.getColumn(matrixColumns.length).letter}${matrixLast}`
    },
    {
      sheetIndex: 1,
      sheetName: LONG_SHEET_NAME,
      ref: `A3:${long.getColumn(LONG_COLUMNS.length).letter}${longLast}`
    }
  ])
}

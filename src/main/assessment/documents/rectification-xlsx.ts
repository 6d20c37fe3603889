import ExcelJS from 'exceljs'
import { formatChineseDate, type IsoDate } from '../../../shared/civil-date'
import type { ProblemRow } from '../../../shared/contract/assessment'
import {
  addFilterDatabaseNames,
  fill,
  LIGHT_FILL,
  lightFillKey,
  writeTable,
  type ExportColumn
} from '../../exchange/xlsx-style'

const date = (d: IsoDate | null) => (d ? formatChineseDate(d) : '')

const COLUMNS: ExportColumn<ProblemRow & { seq: number }>[] = [
  { header: '序号', width: 6, value: (p) => p.seq, center: true },
  { header: '测评轮次', width: 16, value: (p) => p.round },
  { header: '区', width: 10, value: (p) => p.district },
  { header: '镇(街)', width: 12, value: (p) => p.town },
  { header: '点位', width: 18, value: (p) => p.point, wrap: true },
  { header: '测评内容', width: 26, value: (p) => p.criterion, wrap: true },
  { header: '问题描述', width: 30, value: (p) => p.description, wrap: true },
  { header: '位置', width: 16, value: (p) => p.location, wrap: true },
  { header: '扣分', width: 7, value: (p) => p.deduction, center: true },
  { header: '反复出现', width: 9, value: (p) => (p.repeat ? '是' : ''), center: true },
  { header: '责任单位', width: 20, value: (p) => p.unit ?? '', wrap: true },
  { header: '交办日期', width: 15, value: (p) => date(p.assignedOn) },
  { header: '整改时限', width: 15, value: (p) => date(p.deadline) },
  { header: '状态', width: 10, value: (p) => p.stateLabel, center: true },
  { header: '亮灯', width: 16, value: (p) => p.light?.label ?? '' },
  { header: '整改说明', width: 30, value: (p) => p.rectification, wrap: true },
  { header: '销号日期', width: 15, value: (p) => date(p.closedOn) }
]

/** 整改台账: every problem with its unit, 时限, state and light as of `asOf`, styled like the ledger export. */
export async function rectificationWorkbook(
  rows: readonly ProblemRow[],
  asOf: IsoDate,
  title: string
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('整改台账')
  const lightColumn = COLUMNS.findIndex((c) => c.header === '亮灯') + 1
  const last = writeTable(
    ws,
    title,
    `统计截止日期：${formatChineseDate(asOf)}，共${rows.length}个问题，已销号${rows.filter((r) => r.state === 'closed').length}个`,
    COLUMNS,
    rows.map((r, i) => ({ ...r, seq: i + 1 })),
    (row, excelRow) => {
      if (row.light) excelRow.getCell(lightColumn).fill = fill(LIGHT_FILL[lightFillKey(row.light)])
    }
  )
  const bytes = Buffer.from(await wb.xlsx.writeBuffer())
  return addFilterDatabaseNames(bytes, [
    { sheetIndex: 0, sheetName: ws.name, ref: `A3:${ws.getColumn(COLUMNS.length).letter}${last}` }
  ])
}

import ExcelJS from 'exceljs'
import type { IsoDate } from '../../shared/civil-date'
import type { ReturnProblem } from '../../shared/contract/round'
import type { WorkStatus } from '../../shared/domain'
import { UserError } from '../../shared/errors'
import { readExactDate } from '../exchange/date-reading'
import { inspectWorkbookBytes } from '../exchange/file-guard'
import { readPercent, readStatus, readText } from '../exchange/value-reading'
import { IDENTITY_ROW } from '../exchange/round-return-mark'
import { cellData } from '../exchange/workbook-reader'
import type { StoredRoundItem } from './round-queries'
import { sentCells } from './return-identity'
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  IDENTITY_MARK,
  IDENTITY_SHEET,
  ID_COLUMN,
  RETURN_COLUMNS,
  RETURN_SHEET,
  columnLetter,
  type FillField
} from './return-layout'

/** What the identity sheet of a returned workbook says (nothing else is trusted before it matches). */
export interface ReturnIdentity {
  roundId: number
  unitId: number
  unitName: string
  title: string
  checksum: string
}

/** One unit's answers on one row, read and checked. */
export interface ReturnedRow {
  item: StoredRoundItem
  row: number
  progress: string | null
  problems: string | null
  nextSteps: string | null
  status: WorkStatus | null
  percent: number | null
  completedDate: IsoDate | null
  evidence: string | null
  reporter: string | null
  phone: string | null
  highlight: string | null
}

export interface OpenedReturn {
  workbook: ExcelJS.Workbook
  identity: ReturnIdentity | null
  /** Why the file is not a 填报表 at all (no identity), or null. */
  notReturn: string | null
  modified: Date | null
}

/** Reads a file's bytes behind the ledger import's guards (zip bombs, encrypted files, .xls). */
export async function openReturn(bytes: Buffer, name: string): Promise<OpenedReturn> {
  await inspectWorkbookBytes(bytes, name)
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  } catch {
    throw new UserError(
      'file-refused',
      `“${name}”的内容无法按 Excel 工作簿读取，请在 Excel 或 WPS 中打开并重新保存为 .xlsx。`
    )
  }
  const sheet = workbook.getWorksheet(IDENTITY_SHEET)
  const text = (r: number, c: number) => (sheet ? cellData(sheet.getCell(r, c)).text : '')
  const modified = workbook.modified instanceof Date ? workbook.modified : null
  if (!sheet || text(1, 1) !== IDENTITY_MARK) {
    return {
      workbook,
      identity: null,
      notReturn: '不是本办下发的填报表（没有填报表的识别信息），未收取',
      modified
    }
  }
  const roundId = Number(text(IDENTITY_ROW.roundId, 2))
  const unitId = Number(text(IDENTITY_ROW.unitId, 2))
  const checksum = text(IDENTITY_ROW.checksum, 2)
  if (!Number.isInteger(roundId) || !Number.isInteger(unitId) || !/^[0-9a-f]{64}$/.test(checksum)) {
    return {
      workbook,
      identity: null,
      notReturn: `识别信息（工作表“${IDENTITY_SHEET}”）已被修改，无法确认填报轮次和单位`,
      modified
    }
  }
  return {
    workbook,
    identity: {
      roundId,
      unitId,
      unitName: text(IDENTITY_ROW.unitName, 2),
      title: text(IDENTITY_ROW.title, 2),
      checksum
    },
    notReturn: null,
    modified
  }
}

function problem(
  sheet: string | null,
  row: number | null,
  column: number | null,
  message: string
): ReturnProblem {
  return { sheet, row, column: column === null ? null : columnLetter(column), message }
}

const TEXT_WHAT: Partial<Record<FillField, string>> = {}

/**
 * Checks the rows sheet against what was sent: headers in place, no merged cells, every sent row once
 * (matched by its 行标识, so a sorted sheet is read right), read-only cells unchanged, no added rows, and
 * each fill-in value within its rule. Returns the rows and every problem with sheet/row/column.
 */
export function readReturnRows(
  workbook: ExcelJS.Workbook,
  items: readonly StoredRoundItem[],
  asOf: IsoDate
): { rows: ReturnedRow[]; problems: ReturnProblem[] } {
  const problems: ReturnProblem[] = []
  const ws = workbook.getWorksheet(RETURN_SHEET)
  if (!ws)
    return {
      rows: [],
      problems: [problem(null, null, null, `找不到工作表“${RETURN_SHEET}”（可能被改名或删除）`)]
    }
  const S = RETURN_SHEET
  // Headers: a moved or deleted column means the values cannot be trusted to be where they were sent.
  const found = new Map<string, number>()
  for (let c = 1; c <= Math.max(ws.columnCount, RETURN_COLUMNS.length); c++) {
    const h = cellData(ws.getCell(HEADER_ROW, c)).text
    if (h) found.set(h, c)
  }
  RETURN_COLUMNS.forEach((col, i) => {
    const at = found.get(col.header)
    if (at === i + 1) return
    problems.push(
      at === undefined
        ? problem(S, HEADER_ROW, i + 1, `列“${col.header}”被删除或改名（应在 ${columnLetter(i + 1)} 列）`)
        : problem(
            S,
            HEADER_ROW,
            at,
            `列“${col.header}”被移动到 ${columnLetter(at)} 列（应在 ${columnLetter(i + 1)} 列）`
          )
    )
  })
  if (problems.length > 0) return { rows: [], problems }
  // Merged cells below the header: a merge hides all but one value.
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? []
  for (const range of merges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range)
    if (m && Number(m[2]) >= HEADER_ROW) {
      problems.push({
        sheet: S,
        row: Number(m[2]),
        column: m[1],
        message: `单元格 ${range} 被合并，请取消合并后重新填写`
      })
    }
  }
  const byId = new Map(items.map((it) => [it.id, it]))
  const seen = new Map<number, number>()
  const rows: ReturnedRow[] = []
  const last = ws.rowCount
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    const cells = RETURN_COLUMNS.map((_, i) => cellData(ws.getCell(r, i + 1)))
    if (cells.every((c) => c.kind === 'empty')) continue
    const idText = cells[ID_COLUMN - 1].text
    const item = /^\d+$/.test(idText) ? byId.get(Number(idText)) : undefined
    if (!item) {
      const title = cells[4].text || cells[2].text
      problems.push(
        problem(
          S,
          r,
          ID_COLUMN,
          `第${r}行${title ? `“${title.slice(0, 30)}”` : ''}不是下发的事项（新增的行或行标识被修改）；填报表不能新增事项`
        )
      )
      continue
    }
    if (seen.has(item.id)) {
      problems.push(problem(S, r, ID_COLUMN, `第${r}行与第${seen.get(item.id)}行是同一事项（行被复制）`))
      continue
    }
    seen.set(item.id, r)
    const sent = sentCells(item)
    RETURN_COLUMNS.forEach((col, i) => {
      if (col.fill !== null || i === ID_COLUMN - 1) return
      const now = cells[i].text
      if (now !== sent[i]) {
        problems.push(
          problem(
            S,
            r,
            i + 1,
            `只读单元格“${col.header}”被修改：下发为“${sent[i].slice(0, 40)}”，现为“${now.slice(0, 40)}”`
          )
        )
      }
    })
    const value = <T>(
      field: FillField,
      reading: { ok: true; value: T } | { ok: false; message: string }
    ): T | null => {
      if (reading.ok) return reading.value
      const c = RETURN_COLUMNS.findIndex((x) => x.fill === field) + 1
      const header = RETURN_COLUMNS[c - 1].header
      const message =
        reading.message.startsWith(header) || reading.message.includes(`${header}“`)
          ? reading.message
          : `${header}：${reading.message}`
      problems.push(problem(S, r, c, message))
      return null
    }
    const cellOf = (field: FillField) => cells[RETURN_COLUMNS.findIndex((x) => x.fill === field)]
    const text = (field: FillField) => {
      const col = RETURN_COLUMNS.find((x) => x.fill === field)!
      return value(field, readText(cellOf(field), TEXT_WHAT[field] ?? col.header, col.max ?? 500))
    }
    const statusReading = readStatus(cellOf('status'), false)
    const status = value('status', statusReading) as WorkStatus | null
    const percent = value('percent', readPercent(cellOf('percent')))
    const dateReading = readExactDate(cellOf('completedDate'), null)
    const completedDate = value(
      'completedDate',
      dateReading.ok ? { ok: true, value: dateReading.date } : dateReading
    )
    const dateCol = RETURN_COLUMNS.findIndex((x) => x.fill === 'completedDate') + 1
    if (completedDate !== null) {
      if (completedDate > asOf)
        problems.push(problem(S, r, dateCol, `办结日期 ${completedDate} 晚于统计截止日期 ${asOf}`))
      if (item.start_date !== null && completedDate < item.start_date)
        problems.push(problem(S, r, dateCol, `办结日期 ${completedDate} 早于事项开始日期 ${item.start_date}`))
      if (status !== null && status !== 'done')
        problems.push(problem(S, r, dateCol, '填写了办结日期，但状态不是“已办结”'))
    }
    if (status === 'done' && completedDate === null && dateReading.ok && item.status !== 'done')
      problems.push(problem(S, r, dateCol, '状态为“已办结”，请填写办结日期'))
    if (status === 'done' && percent !== null && percent !== 100)
      problems.push(
        problem(
          S,
          r,
          RETURN_COLUMNS.findIndex((x) => x.fill === 'percent') + 1,
          `状态为“已办结”时完成百分比应为100，不能为${percent}`
        )
      )
    rows.push({
      item,
      row: r,
      progress: text('progress'),
      problems: text('problems'),
      nextSteps: text('nextSteps'),
      status,
      percent,
      completedDate,
      evidence: text('evidence'),
      reporter: text('reporter'),
      phone: text('phone'),
      highlight: text('highlight')
    })
  }
  for (const item of items) {
    if (!seen.has(item.id))
      problems.push(
        problem(S, null, null, `第${item.seq}项“${item.title.slice(0, 30)}”（${item.code}）的行被删除`)
      )
  }
  return { rows, problems }
}

/** Whether a unit wrote anything on the row. */
export function isFilled(row: ReturnedRow): boolean {
  return (
    row.progress !== null ||
    row.problems !== null ||
    row.nextSteps !== null ||
    row.status !== null ||
    row.percent !== null ||
    row.completedDate !== null ||
    row.evidence !== null ||
    row.highlight !== null
  )
}

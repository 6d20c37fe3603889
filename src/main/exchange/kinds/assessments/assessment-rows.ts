import type { IsoDate } from '../../../../shared/civil-date'
import type { RowIssue } from '../../../../shared/contract'
import { readExactDate } from '../../date-reading'
import type { RowCells, SheetRows } from '../../row-cells'
import { readText } from '../../value-reading'
import type { CellData } from '../../workbook-reader'
import type { AssessmentField } from './assessment-fields'

/** One row of an evaluators' workbook: a finding at a point, a point's score on a criterion, or a point visited. */
export interface AssessmentDraft {
  sheet: string
  row: number
  district: string | null
  town: string | null
  village: string | null
  point: string
  pointType: string | null
  /** The 测评内容 as written (code, name or both); null: a point visited with nothing found. */
  criterion: string | null
  max: number | null
  deduction: number | null
  score: number | null
  description: string
  location: string
  photos: string[]
  foundBy: string | null
  foundOn: IsoDate | null
  errors: RowIssue[]
  /** The row's cells: a problem found while planning is recorded against its column (sheet/row/column). */
  cells: RowCells
}

/** 2, "2分", "-2", "扣2分", "２": the number a clerk means; null when the cell holds no number. */
function numberIn(cell: CellData): number | null {
  if (cell.kind === 'number') return cell.number
  if (cell.kind !== 'text') return null
  const m = /^[扣减\s]*([-−]?\d+(?:\.\d+)?)\s*分?$/.exec(cell.text.normalize('NFKC').trim())
  return m ? Number(m[1].replace('−', '-')) : null
}

export function readAssessmentRows(sheetRows: SheetRows): AssessmentDraft[] {
  return sheetRows.rows.map((cells) => readRow(cells, sheetRows))
}

function readRow(cells: RowCells, sheetRows: SheetRows): AssessmentDraft {
  const text = (field: AssessmentField, what: string, max: number): string | null => {
    const r = readText(cells.cell(field), what, max)
    if (r.ok) return r.value
    cells.error(field, r.message)
    return null
  }
  const number = (field: AssessmentField, what: string): number | null => {
    const cell = cells.cell(field)
    if (cell.kind === 'empty') return null
    const n = numberIn(cell)
    if (n === null) cells.error(field, `${what}“${cell.text.slice(0, 20)}”不是数字`)
    return n
  }
  const draft: AssessmentDraft = {
    sheet: cells.sheet,
    row: cells.row,
    district: text('district', '区', 60),
    town: text('town', '镇(街)', 60),
    village: text('village', '村(居)', 60),
    point: text('point', '点位', 60) ?? '',
    pointType: text('pointType', '点位类型', 30),
    criterion: text('criterion', '测评内容', 200),
    max: number('max', '满分'),
    deduction: number('deduction', '扣分'),
    score: number('score', '得分'),
    description: text('description', '问题描述', 500) ?? '',
    location: text('location', '位置', 200) ?? '',
    photos: (text('photos', '照片', 1000) ?? '').split(/[、，,；;\s]+/).filter((p) => p !== ''),
    foundBy: text('foundBy', '发现方式', 20),
    foundOn: null,
    errors: cells.errors,
    cells
  }
  if (draft.point === '') cells.error('point', '点位为空')
  // A deduction written negative (−2) means the same as 2.
  if (draft.deduction !== null) draft.deduction = Math.abs(draft.deduction)
  if (draft.score !== null && (draft.score < 0 || draft.score > 100))
    cells.error('score', `得分${draft.score}超出0—100的范围`)
  const dateCell = cells.cell('foundOn')
  if (dateCell.kind !== 'empty') {
    const reading = readExactDate(dateCell, sheetRows.contextYear)
    if (reading.ok) draft.foundOn = reading.date
    else cells.error('foundOn', reading.message)
  }
  if (draft.criterion === null && (draft.deduction ?? 0) > 0)
    cells.error('criterion', '有扣分但没有填写测评内容，无法计入对应项目')
  return draft
}

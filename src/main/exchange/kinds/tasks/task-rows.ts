import type { IsoDate } from '../../../../shared/civil-date'
import type { RowIssue, TaskFields } from '../../../../shared/contract'
import type { PhaseKey, WorkStatus } from '../../../../shared/domain'
import { readDeadline, readExactDate, type DateReading, type YearContext } from '../../date-reading'
import type { RowCells, SheetRows, Stated } from '../../row-cells'
import { readPercent, readStatus, readText, splitUnitNames, type Reading } from '../../value-reading'
import type { CellData } from '../../workbook-reader'
import type { TaskField } from './task-fields'
import type { PhaseInfo } from './task-lookups'

/**
 * A task as one row states it. A field that is undefined was not stated (its column is not mapped, or the
 * cell is empty): the import leaves the stored value as it is, and a new task gets the default. An empty
 * cell never erases anything.
 */
type StatedTaskFields = Pick<
  TaskFields,
  | 'group'
  | 'phase'
  | 'measures'
  | 'leadUnits'
  | 'supportUnits'
  | 'leader'
  | 'startDate'
  | 'status'
  | 'percent'
  | 'completedDate'
  | 'note'
>

export type TaskDraft = Stated<StatedTaskFields> & {
  sheet: string
  row: number
  code: string | null
  title: string
  /** null: 长期 (no deadline), stated as such. */
  deadline?: TaskFields['deadline']
  progress?: string
  progressDate?: IsoDate
  /** The phase a new task gets when the row names none: the sheet's year (title row, sheet name). */
  contextPhase: PhaseKey | null
  errors: RowIssue[]
}

/** The store's own limits (CHECKs and the contract's schemas), so an insert never fails half-way. */
const MAX = {
  code: 20,
  title: 500,
  group: 100,
  measures: 4000,
  leader: 60,
  note: 4000,
  progress: 4000,
  unit: 60
}

/** Reads every data row of a task sheet into drafts, each with the problems of its cells. */
export function readTaskRows(sheetRows: SheetRows, phases: readonly PhaseInfo[]): TaskDraft[] {
  const sheetPhase = phaseOfYear(phases, sheetRows.contextYear?.year ?? null)
  return sheetRows.rows.map((cells) => readTaskRow(cells, sheetRows, phases, sheetPhase))
}

function readTaskRow(
  cells: RowCells,
  sheetRows: SheetRows,
  phases: readonly PhaseInfo[],
  sheetPhase: PhaseKey | null
): TaskDraft {
  const draft: TaskDraft = {
    sheet: cells.sheet,
    row: cells.row,
    code: text(cells, 'code', '编号', MAX.code) ?? null,
    title: text(cells, 'title', '任务名称', MAX.title) ?? '',
    contextPhase: sheetPhase,
    errors: cells.errors
  }
  if (draft.title === '' && cells.cell('title').kind !== 'error') {
    cells.error('title', '任务名称为空：每一行任务都要有名称')
  }
  draft.group =
    text(cells, 'group', '分类', MAX.group) ?? (sheetRows.hasSections ? (cells.section ?? '') : undefined)
  draft.measures = text(cells, 'measures', '具体举措', MAX.measures)
  draft.leader = text(cells, 'leader', '责任领导', MAX.leader)
  draft.note = text(cells, 'note', '备注', MAX.note)
  draft.progress = text(cells, 'progress', '进展情况', MAX.progress)
  draft.leadUnits = units(cells, 'leadUnits')
  draft.supportUnits = units(cells, 'supportUnits')

  draft.phase = take(cells, 'phase', readPhase(cells, phases))
  const phaseYear = phases.find((p) => p.key === draft.phase)?.year
  const context: YearContext | null =
    sheetRows.contextYear ?? (phaseYear ? { year: phaseYear, from: `本行的阶段（${phaseYear}年）` } : null)

  draft.deadline = dateOf(cells, 'deadline', readDeadline, context)
  draft.startDate = dateOf(cells, 'startDate', readExactDate, context) ?? undefined
  draft.completedDate = dateOf(cells, 'completedDate', readExactDate, context) ?? undefined
  draft.progressDate = dateOf(cells, 'progressDate', readExactDate, context) ?? undefined
  if (draft.progressDate !== undefined && draft.progress === undefined) {
    cells.error('progressDate', '填写了进展日期，但进展情况为空')
  }
  // A progress text without its own date is the sheet's report: its 填报日期 (else the import's 统计截止日期).
  if (draft.progress !== undefined && draft.progressDate === undefined && sheetRows.sheetDate) {
    draft.progressDate = sheetRows.sheetDate.date
  }

  const status = take(cells, 'status', readStatus(cells.cell('status'), false))
  draft.status = status === 'not-applicable' ? undefined : status
  draft.percent = take(cells, 'percent', readPercent(cells.cell('percent')))
  settleCompletion(draft, cells)
  return draft
}

/** A reading's value, or undefined with the reason recorded at the cell. */
function take<T>(cells: RowCells, field: TaskField, reading: Reading<T | null>): T | undefined {
  if (reading.ok) return reading.value ?? undefined
  cells.error(field, reading.message)
  return undefined
}

function text(cells: RowCells, field: TaskField, what: string, max: number): string | undefined {
  return take(cells, field, readText(cells.cell(field), what, max))
}

function dateOf(
  cells: RowCells,
  field: TaskField,
  read: (cell: CellData, year: YearContext | null) => DateReading,
  context: YearContext | null
): IsoDate | null | undefined {
  const cell = cells.cell(field)
  if (cell.kind === 'empty') return undefined
  const reading = read(cell, context)
  if (!reading.ok) {
    cells.error(field, reading.message)
    return undefined
  }
  return reading.date
}

/**
 * 状态, 完成日期 and 进度 must agree: a completion date means 已办结 (stated, or implied when the sheet has no
 * 状态); 已办结 with a 进度 below 100% is a contradiction; 已办结 without a 进度 counts as 100%.
 */
function settleCompletion(draft: TaskDraft, cells: RowCells): void {
  if (draft.completedDate !== undefined) {
    if (draft.status === undefined && cells.cell('status').kind === 'empty') draft.status = 'done'
    else if (draft.status !== undefined && draft.status !== 'done') {
      cells.error('completedDate', `填写了完成日期，但状态是“${statusWord(draft.status)}”，不是已办结`)
    }
  }
  if (draft.status === 'done') {
    if (draft.percent !== undefined && draft.percent < 100) {
      cells.error('percent', `状态为已办结，但进度只有${draft.percent}%`)
    }
    draft.percent ??= 100
  }
}

function statusWord(status: WorkStatus): string {
  return status === 'not-started' ? '未启动' : status === 'in-progress' ? '推进中' : '已办结'
}

function units(cells: RowCells, field: 'leadUnits' | 'supportUnits'): string[] | undefined {
  const cell = cells.cell(field)
  if (cell.kind === 'empty') return undefined
  if (cell.kind === 'error') {
    cells.error(field, cell.reason)
    return undefined
  }
  const names = splitUnitNames(cell.text)
  const long = names.find((n) => n.length > MAX.unit)
  if (long) {
    cells.error(field, `单位名称“${long.slice(0, 20)}…”超过${MAX.unit}个字，请检查是否漏写了分隔符（、）`)
    return undefined
  }
  return names
}

/** 阶段: 试点/攻坚/全覆盖 (or 一年试点…), or the phase's year (2024, 2024年). */
function readPhase(cells: RowCells, phases: readonly PhaseInfo[]): Reading<PhaseKey | null> {
  const cell = cells.cell('phase')
  if (cell.kind === 'empty') return { ok: true, value: null }
  if (cell.kind === 'error') return { ok: false, message: cell.reason }
  const word = cell.text.normalize('NFKC').replace(/\s+/g, '').replace(/阶段$/, '')
  const byName = phases.find((p) => word === p.name || word.endsWith(p.name))
  if (byName) return { ok: true, value: byName.key }
  const year = /^(20\d{2})年?(度)?$/.exec(word)
  const byYear = year ? phaseOfYear(phases, Number(year[1])) : null
  if (byYear) return { ok: true, value: byYear }
  const known = phases.map((p) => `${p.name}（${p.year}年）`).join('、')
  return { ok: false, message: `阶段“${cell.text}”无法识别，应为${known}` }
}

export function phaseOfYear(phases: readonly PhaseInfo[], year: number | null): PhaseKey | null {
  return year === null ? null : (phases.find((p) => p.year === year)?.key ?? null)
}

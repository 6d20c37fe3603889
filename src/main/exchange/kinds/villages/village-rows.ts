import type { RowIssue } from '../../../../shared/contract'
import { readDeadline, readExactDate } from '../../date-reading'
import type { RowCells, SheetRows, Stated } from '../../row-cells'
import type { VillageField, VillageItemValues } from './village-fields'
import { readPercent, readStatus, readText, splitUnitNames, type Reading } from '../../value-reading'

/**
 * One village item as a long-form row states it (区, 镇(街), 村(居), [村民小组], 治理事项, 责任单位, 完成时限,
 * 状态, 完成日期, …). As for tasks, undefined means "not stated": the stored value stays.
 */
export interface VillageDraft extends Stated<Pick<VillageItemValues, 'percent' | 'completedDate' | 'note'>> {
  sheet: string
  row: number
  district: string | null
  town: string | null
  village: string
  group: string | null
  item: string
  unit?: string
  /** null: 长期 (no deadline), stated as such. */
  deadline?: VillageItemValues['deadline']
  /** not-applicable: 不适用 — the item does not apply to this village. */
  status?: VillageItemValues['status'] | 'not-applicable'
  errors: RowIssue[]
}

export function readVillageRows(sheetRows: SheetRows): VillageDraft[] {
  return sheetRows.rows.map((cells) => readVillageRow(cells, sheetRows))
}

function readVillageRow(cells: RowCells, sheetRows: SheetRows): VillageDraft {
  const take = <T>(field: VillageField, reading: Reading<T | null>): T | undefined => {
    if (reading.ok) return reading.value ?? undefined
    cells.error(field, reading.message)
    return undefined
  }
  const name = (field: VillageField, what: string) =>
    take(field, readText(cells.cell(field), what, 60)) ?? null
  const draft: VillageDraft = {
    sheet: cells.sheet,
    row: cells.row,
    district: name('district', '区'),
    town: name('town', '镇(街)'),
    village: name('village', '村(居)') ?? '',
    group: name('group', '村民小组(社)'),
    item: name('item', '治理事项') ?? '',
    errors: cells.errors
  }
  if (!draft.village && cells.cell('village').kind === 'empty') cells.error('village', '村(居)为空')
  if (!draft.item && cells.cell('item').kind === 'empty') cells.error('item', '治理事项为空')

  const unitCell = cells.cell('unit')
  if (unitCell.kind === 'error') cells.error('unit', unitCell.reason)
  else if (unitCell.kind !== 'empty') {
    const names = splitUnitNames(unitCell.text)
    if (names.length > 1) cells.error('unit', `村治理事项只有一个责任单位，表中是：${names.join('、')}`)
    else if (names[0].length > 60) cells.error('unit', '责任单位名称超过60个字')
    else draft.unit = names[0]
  }
  const context = sheetRows.contextYear
  const deadlineCell = cells.cell('deadline')
  if (deadlineCell.kind !== 'empty') {
    const reading = readDeadline(deadlineCell, context)
    if (reading.ok) draft.deadline = reading.date
    else cells.error('deadline', reading.message)
  }
  const completedCell = cells.cell('completedDate')
  if (completedCell.kind !== 'empty') {
    const reading = readExactDate(completedCell, context)
    if (reading.ok && reading.date) draft.completedDate = reading.date
    else if (!reading.ok) cells.error('completedDate', reading.message)
  }
  draft.status = take('status', readStatus(cells.cell('status'), true))
  draft.percent = take('percent', readPercent(cells.cell('percent')))
  draft.note = take('note', readText(cells.cell('note'), '备注', 4000)) ?? undefined

  if (draft.completedDate !== undefined) {
    if (draft.status === undefined && cells.cell('status').kind === 'empty') draft.status = 'done'
    else if (draft.status !== undefined && draft.status !== 'done') {
      cells.error('completedDate', '填写了完成日期，但状态不是已办结')
    }
  }
  if (draft.status === 'done') {
    if (draft.percent !== undefined && draft.percent < 100) {
      cells.error('percent', `状态为已办结，但进度只有${draft.percent}%`)
    }
    draft.percent ??= 100
  }
  return draft
}

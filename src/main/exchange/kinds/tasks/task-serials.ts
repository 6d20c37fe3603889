import type { DetectedColumn } from '../../header-detect'
import { normalizeHeader } from '../../header-match'
import type { SheetData } from '../../workbook-reader'

/**
 * "序号" is often only a running number that starts again under each section heading (1, 2, 3 under
 * 一、…; 1, 2 under 二、…). Such a column cannot identify a task: it is left unmapped, so rows are
 * matched by their title, and the clerk is told why (and may map it anyway).
 */
export function unmapRestartingSerials(
  sheet: SheetData,
  headerRow: number,
  columns: readonly DetectedColumn[],
  fields: Map<number, string>,
  notes: string[]
): void {
  const codeColumn = columns.find((c) => fields.get(c.index) === 'code')
  if (!codeColumn || normalizeHeader(codeColumn.header) !== '序号') return
  const seen = new Set<string>()
  for (let row = headerRow + 1; row <= sheet.rowCount; row++) {
    const text = sheet.cell(row, codeColumn.index).text
    if (!/^\d+$/.test(text)) continue
    if (seen.has(text)) {
      fields.delete(codeColumn.index)
      notes.push(
        `“序号”列（${codeColumn.letter}列）在各部分重新编号，不能用来识别任务，已设为不导入；任务按名称匹配。`
      )
      return
    }
    seen.add(text)
  }
}

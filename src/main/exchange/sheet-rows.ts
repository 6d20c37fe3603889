import type { SheetData } from './workbook-reader'

/**
 * What a row below the header is, read as a clerk reads a ledger:
 * - blank: nothing in it, or only a 序号 in an otherwise empty template row;
 * - section: a heading such as "一、消防安全", "（二）出租屋管理", "第三部分 …", or one value merged across
 *   the sheet: it becomes the group of the tasks below it;
 * - notes: "备注：…", "注：…", "填表说明…" and the lines that continue such a note, signature lines
 *   ("填表人：… 审核人：…"), totals ("合计");
 * - header: the header repeated (a second header row, or one printed on every page);
 * - data: everything else; its cells are read and checked field by field.
 */
export type RowKind =
  | { kind: 'blank' }
  | { kind: 'section'; text: string }
  | { kind: 'notes' }
  | { kind: 'header' }
  | { kind: 'data' }

const SECTION =
  /^([一二三四五六七八九十百]+[、.．，]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十百]+(部分|章|节|类|项|篇|板块|方面))/
const NOTES = /^(备注|附注|注|说明|填表说明|填报说明|注意事项)\s*\d*\s*[:：.、]/
const SIGNATURE =
  /^(填表人|填报人|制表人|制表|审核人|审核|负责人|联系人|联系电话|填报单位|填报日期|制表日期|签字|盖章|单位盖章)\s*[:：]?/
const NUMERAL = /^([一二三四五六七八九十百]+|[（(][一二三四五六七八九十]+[)）])$/
const TOTAL = /^(合\s*计|总\s*计|小\s*计)/

export interface RowClassifier {
  classify(row: number): RowKind
}

/**
 * @param mappedColumns the columns mapped to a field; @param codeColumn the 编号/序号 column if mapped;
 * @param headerTexts the header row's texts by column, to recognise a repeated header.
 */
export function rowClassifier(
  sheet: SheetData,
  mappedColumns: readonly number[],
  codeColumn: number | null,
  headerTexts: ReadonlyMap<number, string>
): RowClassifier {
  let inNotes = false
  const isMapped: boolean[] = []
  for (const col of mappedColumns) isMapped[col] = true
  return {
    classify(row) {
      // One pass over the row, without building lists: this runs for every row of a 20,000-row ledger.
      let count = 0
      let first = ''
      let firstCol = 0
      let second = ''
      let allSame = true
      let mapped = 0
      let mappedBeyondCode = false
      let mappedAsHeader = true
      for (let col = 1; col <= sheet.columnCount; col++) {
        const text = sheet.cell(row, col).text
        if (text === '') continue
        if (count === 0) {
          first = text
          firstCol = col
        } else {
          if (count === 1) second = text
          if (text !== first) allSame = false
        }
        count++
        if (isMapped[col]) {
          mapped++
          if (col !== codeColumn) mappedBeyondCode = true
          if (headerTexts.get(col) !== text) mappedAsHeader = false
        }
      }
      if (count === 0) return { kind: 'blank' }
      if (NOTES.test(first) || SIGNATURE.test(first)) {
        inNotes = true
        return { kind: 'notes' }
      }
      if (TOTAL.test(first)) return { kind: 'notes' }
      if (allSame) {
        if (inNotes) return { kind: 'notes' }
        if (SECTION.test(first) || mergedAcross(sheet, row, firstCol) >= 3)
          return { kind: 'section', text: first }
      }
      // "一" in the 序号 column and "消防安全" in the task column: a heading split over two cells.
      if (count === 2 && !allSame && NUMERAL.test(first)) {
        const text = /^[一二三四五六七八九十百]+$/.test(first) ? `${first}、${second}` : `${first}${second}`
        return { kind: 'section', text }
      }
      if (mapped === 0 || !mappedBeyondCode) return { kind: 'blank' }
      if (mapped >= 2 && mappedAsHeader) return { kind: 'header' }
      inNotes = false
      return { kind: 'data' }
    }
  }
}

/** How many columns of this row the merge starting at `col` covers. */
function mergedAcross(sheet: SheetData, row: number, col: number): number {
  const master = sheet.mergeMaster(row, col)
  if (master === null) return 1
  let count = 0
  for (let c = 1; c <= sheet.columnCount; c++) if (sheet.mergeMaster(row, c) === master) count++
  return count
}

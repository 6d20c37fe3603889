import { createHash } from 'node:crypto'
import { matchWords, normalizeHeader, type HeaderMatch, type HeaderWords } from './header-match'
import type { IsoDate } from '../../shared/civil-date'
import { readDateText } from './date-reading'
import type { SheetData } from './workbook-reader'

/** Title rows, merged header blocks and notes above the header: the header is looked for this far down. */
const HEADER_SEARCH_ROWS = 20

export interface DetectedColumn {
  index: number
  letter: string
  header: string
  match: HeaderMatch | null
}

export interface DetectedHeader {
  headerRow: number
  columns: DetectedColumn[]
  /** Distinct fields the header words name. */
  score: number
}

/**
 * Finds the header row: among the first rows, the one whose cells name the most distinct fields (at least
 * two). Cells covered by a merge read as their master, so in a two-row header ("责任单位" over "牵头单位 |
 * 配合单位", with "序号" and "完成时限" merged down) the lower row names every column and wins; the upper row
 * then counts as a title row. On a tie the upper row wins and the lower one is skipped later as a repeated
 * header.
 */
export function detectHeader(sheet: SheetData, words: HeaderWords): DetectedHeader | null {
  let best: DetectedHeader | null = null
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS)
  for (let row = 1; row <= last; row++) {
    const columns = headerColumns(sheet, row, words)
    const fields = new Set(columns.flatMap((c) => (c.match ? [c.match.field] : [])))
    if (fields.size >= 2 && (!best || fields.size > best.score)) {
      best = { headerRow: row, columns, score: fields.size }
    }
  }
  return best
}

function headerColumns(sheet: SheetData, row: number, words: HeaderWords): DetectedColumn[] {
  const columns: DetectedColumn[] = []
  for (let col = 1; col <= sheet.columnCount; col++) {
    const cell = sheet.cell(row, col)
    const header = cell.kind === 'text' ? cell.text.replace(/\n/g, '') : cell.text
    columns.push({
      index: col,
      letter: columnLetter(col),
      header,
      match: header ? matchWords(words, header) : null
    })
  }
  // Trailing empty header cells are no columns at all.
  while (columns.length > 0 && columns[columns.length - 1].header === '') columns.pop()
  return columns
}

/**
 * The automatic mapping: each field goes to the column that names it best (exact word before a word with
 * a remark before a word contained in a longer header), the leftmost on a tie; other columns naming the
 * same field stay unmapped for the clerk to decide.
 */
export function autoMapping(columns: readonly DetectedColumn[]): Map<number, string> {
  const bestByField = new Map<string, DetectedColumn>()
  for (const column of columns) {
    const match = column.match
    if (!match) continue
    const current = bestByField.get(match.field)?.match
    if (
      !current ||
      match.quality > current.quality ||
      (match.quality === current.quality && match.length > current.length)
    ) {
      bestByField.set(match.field, column)
    }
  }
  return new Map([...bestByField].map(([field, column]) => [column.index, field]))
}

/** Identifies a header layout, so a mapping the clerk corrected is reused for sheets with the same headers. */
export function headerSignature(kind: string, columns: readonly DetectedColumn[]): string {
  const text = [kind, ...columns.map((c) => normalizeHeader(c.header))].join('\u0001')
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 40)
}

/**
 * The year "6月30日前" means in this sheet: one year written in the title rows above the header (e.g.
 * "2025年城中村现代化治理工作台账"), else one year in the sheet's name ("2025年"). A title naming several
 * years ("2023—2025年") says nothing about a single date. Null when neither gives one year; a kind may
 * still read it from the row itself (a 阶段 column, say), else such a date is a row error.
 */
export function contextYear(sheet: SheetData, headerRow: number): { year: number; from: string } | null {
  const titles = titleTexts(sheet, headerRow)
  const fromTitle = singleYear(titles.join(' '))
  if (fromTitle !== null) return { year: fromTitle, from: `表格标题“${shorten(titles.join(' '))}”` }
  const fromName = singleYear(sheet.name)
  if (fromName !== null) return { year: fromName, from: `工作表名“${sheet.name}”` }
  return null
}

/**
 * The day the sheet reports on, written above its header: a 填报日期 ("填报单位：… 填报日期：2025年9月26日",
 * or 填报日期 in one cell and the date in the next), else one full date in the title ("截至2025年9月26日").
 * Null when neither is written: the caller then takes the import's 统计截止日期, never the day of the import.
 */
export function sheetDate(sheet: SheetData, headerRow: number): { date: IsoDate; from: string } | null {
  const titles = titleTexts(sheet, headerRow)
  const joined = titles.join(' ').normalize('NFKC')
  const labelled = new RegExp(`(?:填报|报送|统计)(?:日期|时间)\\s*[:：]?\\s*(${FULL_DATE.source})`).exec(
    joined
  )
  if (labelled) {
    const date = fullDate(labelled[1])
    if (date) return { date, from: `表头上方的“${shorten(labelled[0])}”` }
  }
  const dates = new Set([...joined.matchAll(new RegExp(FULL_DATE.source, 'g'))].map((m) => fullDate(m[0])))
  dates.delete(null)
  if (dates.size === 1) return { date: [...dates][0]!, from: `表格标题“${shorten(joined)}”` }
  return null
}

// 2025年9月26日 · 2025.9.26 · 2025/9/26 · 2025-09-26 (a date cell reads as the last form).
const FULL_DATE =
  /(?<!\d)20\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?|(?<sep>[./-])\d{1,2}\k<sep>\d{1,2})(?!\d)/

function fullDate(text: string): IsoDate | null {
  const reading = readDateText(text, null, false)
  return reading.ok ? reading.date : null
}

/** The distinct texts of the rows above the header, row by row (a merged title counts once). */
function titleTexts(sheet: SheetData, headerRow: number): string[] {
  const texts: string[] = []
  for (let row = 1; row < headerRow; row++) {
    const seen = new Set<string>()
    for (let col = 1; col <= sheet.columnCount; col++) {
      const text = sheet.cell(row, col).text
      if (text && !seen.has(text)) {
        seen.add(text)
        texts.push(text)
      }
    }
  }
  return texts
}

function singleYear(text: string): number | null {
  const years = new Set(
    [...text.normalize('NFKC').matchAll(/(?<!\d)(20\d{2})(?!\d)/g)].map((m) => Number(m[1]))
  )
  return years.size === 1 ? [...years][0] : null
}

function shorten(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text
}

export function columnLetter(index: number): string {
  let n = index
  let letters = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    letters = String.fromCharCode(65 + rem) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

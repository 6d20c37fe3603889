import { formatParts, isIsoDate, monthEnd, type IsoDate } from '../../shared/civil-date'
import type { CellData } from './workbook-reader'

/** The year a date without one takes, and where it was read (for the clerk). */
export interface YearContext {
  year: number
  from: string
}

/** The day a sheet reports on, and where it was read (for the clerk). */
export interface SheetDate {
  date: IsoDate
  from: string
}

export type DateReading = { ok: true; date: IsoDate | null } | { ok: false; message: string }

/**
 * Deadlines as clerks write them (issue 4 §2), and nothing else — anything not listed is refused with
 * the value named, never guessed:
 * - a date cell, or an Excel serial number (2000–2099) in a plain number cell;
 * - 2025年6月30日 · 2025.6.30 · 2025/6/30 · 2025-06-30 (with 前/之前/以前/(含)/完成 after it);
 * - 2025年6月 and 2025年6月底/末 → the month's last day; 2025年底/年末 → 31 December;
 * - 6月30日前, 6月底前 → the year from the context (title row, sheet name, or the row's 阶段);
 * - 长期坚持, 持续推进, 长期 (and 长期推进, 常态化推进, 持续开展) → no deadline (null).
 * An empty cell is "not stated" (null here; the caller leaves the stored value as it is).
 */
export function readDeadline(cell: CellData, context: YearContext | null): DateReading {
  return readDateCell(cell, context, true)
}

/** A day something happened (完成日期, 开始时间, 进展日期): only exact days, never 月底 or 长期. */
export function readExactDate(cell: CellData, context: YearContext | null): DateReading {
  return readDateCell(cell, context, false)
}

/** Full-width forms and other compatibility characters: only then is NFKC (slow at 20,000 rows) needed. */
const NEEDS_NFKC = /[^\t\n\r -~\u3000-\u303f\u4e00-\u9fff]/

const OPEN_ENDED = new Set(['长期坚持', '持续推进', '长期', '长期推进', '常态化推进', '持续开展'])
const FORMS_HINT = '可写成 2025-06-30、2025年6月30日、2025.6.30、2025年6月底、2025年底，或“长期坚持”'
const EXACT_HINT = '应写到具体某一天，如 2025-06-30 或 2025年6月30日'

// 1900-01-01 is serial 1 in Excel's (1900) system; 2000-01-01 is 36526 and 2099-12-31 is 73050.
const FIRST_SERIAL = 36526
const LAST_SERIAL = 73050

function readDateCell(cell: CellData, context: YearContext | null, deadline: boolean): DateReading {
  switch (cell.kind) {
    case 'empty':
      return { ok: true, date: null }
    case 'error':
      return { ok: false, message: cell.reason }
    case 'date':
      return plausible(cell.date, cell.date)
    case 'number':
      return fromSerial(cell.number)
    case 'text':
      return readDateText(cell.text, context, deadline)
  }
}

function fromSerial(serial: number): DateReading {
  if (serial < FIRST_SERIAL || serial >= LAST_SERIAL + 1) {
    return { ok: false, message: `“${serial}”是数字，不是日期。${FORMS_HINT}` }
  }
  const ms = Math.round((Math.floor(serial) - 25569) * 86_400_000)
  const d = new Date(ms)
  return { ok: true, date: formatParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) }
}

function plausible(date: IsoDate, shown: string): DateReading {
  const year = Number(date.slice(0, 4))
  if (year < 2000 || year > 2099) return { ok: false, message: `日期“${shown}”不在2000—2099年之间，请核对` }
  return { ok: true, date }
}

export function readDateText(raw: string, context: YearContext | null, deadline: boolean): DateReading {
  const text = (NEEDS_NFKC.test(raw) ? raw.normalize('NFKC') : raw)
    .replace(/\s+/g, '')
    .replace(/\(含\)/g, '')
    .replace(/完成$/, '')
    .replace(/(之前|以前|前)$/, '')
    .replace(/\(含\)/g, '')
  if (OPEN_ENDED.has(text)) {
    return deadline ? { ok: true, date: null } : { ok: false, message: `“${raw}”不是日期，${EXACT_HINT}` }
  }
  let m =
    /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/.exec(text) ?? /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})$/.exec(text)
  if (m) {
    const [y, mo, d] = m.length === 5 ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]]
    return day(Number(y), Number(mo), Number(d), raw)
  }
  m = /^(\d{4})年(\d{1,2})月(底|末)?$/.exec(text)
  if (m) return deadline ? endOfMonth(Number(m[1]), Number(m[2]), raw) : notExact(raw)
  m = /^(\d{4})年(年底|年末|底|末)$/.exec(text)
  if (m) return deadline ? plausible(`${m[1]}-12-31`, raw) : notExact(raw)
  m = /^(\d{1,2})月(\d{1,2})[日号]?$/.exec(text)
  if (m) {
    if (!context) return noYear(raw)
    return day(context.year, Number(m[1]), Number(m[2]), raw)
  }
  m = /^(\d{1,2})月(底|末)$/.exec(text)
  if (m) {
    if (!deadline) return notExact(raw)
    if (!context) return noYear(raw)
    return endOfMonth(context.year, Number(m[1]), raw)
  }
  if (/^\d{4}[./]\d{1,2}$/.test(text)) {
    return {
      ok: false,
      message: `“${raw}”只有年和月，无法确定。请写成“${text.replace(/[./]/, '年')}月底”或写明日期`
    }
  }
  return { ok: false, message: `“${raw}”不是可识别的日期。${deadline ? FORMS_HINT : EXACT_HINT}` }
}

function day(year: number, month: number, dayOfMonth: number, raw: string): DateReading {
  const date = formatParts(year, month, dayOfMonth)
  if (!isIsoDate(date)) return { ok: false, message: `“${raw}”不是有效的日期（没有这一天）` }
  return plausible(date, raw)
}

function endOfMonth(year: number, month: number, raw: string): DateReading {
  if (month < 1 || month > 12) return { ok: false, message: `“${raw}”不是有效的月份` }
  return plausible(monthEnd(year, month), raw)
}

function notExact(raw: string): DateReading {
  return { ok: false, message: `“${raw}”不是具体日期，${EXACT_HINT}` }
}

function noYear(raw: string): DateReading {
  return {
    ok: false,
    message: `“${raw}”没有写年份，表格标题、工作表名和阶段也都没有写明是哪一年，无法确定。请写成带年份的完整日期，如“2025年6月30日”`
  }
}

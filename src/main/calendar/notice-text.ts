import {
  addDays,
  dayOfWeek,
  formatChineseDate as chineseDate,
  isIsoDate,
  weekdayName,
  type IsoDate
} from '../../shared/civil-date'
import type { CalendarDay } from '../../shared/domain'

/**
 * 国务院办公厅《关于YYYY年部分节假日安排的通知》 as published, pasted or saved as a file. The year comes
 * from the title (or the preamble's “现将YYYY年…”); each numbered item “一、元旦：1月1日（周四）至3日（周六）
 * 放假调休，共3天。1月4日（周日）上班。” gives its days off and 上班 days. Everything else — preamble,
 * closing paragraphs, the signature and its date — is not an item and is ignored.
 *
 * The text arrives NFKC-normalised (full-width digits and punctuation made half-width), so the patterns
 * below use ( ) : , only. The weekday in brackets and “共N天” are checked against the dates: those are
 * the two places where a mistyped notice shows itself.
 */

export interface NoticeHoliday {
  name: string
  off: IsoDate[]
  work: IsoDate[]
}

export interface ParsedNotice {
  year: number
  holidays: NoticeHoliday[]
  days: CalendarDay[]
}

const TITLE_YEAR = /关于(\d{4})年(?:部分)?节假日安排的通知|现将(\d{4})年/
const ITEM = /^([一二三四五六七八九十]+)、([^:]{1,20}?):(.*)$/
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^)]*)\))?(\s*(?:至|到|~|—{1,2}|-)\s*)?/g
const WEEKDAY = /(?:周|星期)([一二三四五六日天])/
const WEEKDAY_NUMBER: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 }

/** True when the text has the notice's numbered items, so it is read as a notice, not as CivDesk's lines. */
export function looksLikeNotice(lines: readonly string[]): boolean {
  return lines.some((line) => ITEM.test(line) && /放假|上班/.test(line))
}

/**
 * Reads the notice; every problem is pushed to `problems` as “第N行：…” and the result is null when the
 * year cannot be found. `lines` are the normalised lines, `original` the lines as the clerk gave them.
 */
export function parseNotice(
  lines: readonly string[],
  original: readonly string[],
  problems: string[]
): ParsedNotice | null {
  const yearMatch = lines.map((l) => TITLE_YEAR.exec(l)).find((m) => m !== null)
  if (!yearMatch) {
    problems.push('没有找到通知标题“关于YYYY年部分节假日安排的通知”，无法确定是哪一年的安排')
    return null
  }
  const year = Number(yearMatch[1] ?? yearMatch[2])
  const holidays: NoticeHoliday[] = []
  lines.forEach((line, index) => {
    const item = ITEM.exec(line)
    if (!item || !/放假|上班/.test(line)) return
    const where = `第${index + 1}行（${item[2]}）`
    const holiday: NoticeHoliday = { name: item[2].trim(), off: [], work: [] }
    readItem(item[3], year, holiday, (message) => problems.push(`${where}：${message}`))
    if (holiday.off.length === 0)
      problems.push(`${where}：没有读到放假日期：“${original[index].trim().slice(0, 60)}”`)
    holidays.push(holiday)
  })
  const days = new Map<IsoDate, CalendarDay>()
  for (const h of holidays) {
    for (const [dates, kind, name] of [
      [h.off, 'holiday', h.name],
      [h.work, 'workday', `${h.name.split('、')[0]}调休`]
    ] as const) {
      for (const date of dates) {
        const before = days.get(date)
        if (before && before.kind !== kind)
          problems.push(
            `${date}既是“${before.name}”${before.kind === 'holiday' ? '放假' : '上班'}日，又是“${name}”${kind === 'holiday' ? '放假' : '上班'}日，前后矛盾`
          )
        else if (!before) days.set(date, { date, kind, name })
      }
    }
  }
  return { year, holidays, days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)) }
}

/** One item's sentences: clauses with 放假 give days off (ranges or single days), clauses with 上班 working days. */
function readItem(text: string, year: number, holiday: NoticeHoliday, problem: (m: string) => void): void {
  let lastOff: IsoDate[] = []
  for (const clause of text.split(/[,;。]/)) {
    const total = /共(\d+)天/.exec(clause)
    if (total && !/日/.test(clause.replace(/共\d+天/, ''))) {
      if (lastOff.length > 0 && Number(total[1]) !== lastOff.length)
        problem(`写明“共${total[1]}天”，但所列日期共${lastOff.length}天`)
      continue
    }
    const dates = datesOf(clause, year, problem)
    if (dates.length === 0) continue
    if (/放假|休息|休假/.test(clause)) {
      holiday.off.push(...dates)
      lastOff = dates
      if (total && Number(total[1]) !== dates.length)
        problem(`写明“共${total[1]}天”，但所列日期共${dates.length}天`)
    } else if (/上班/.test(clause)) holiday.work.push(...dates)
    else problem(`无法判断“${clause.trim()}”是放假还是上班`)
  }
}

/** The dates of one clause: single days, lists with 、 and ranges “A至B”; a missing month or year carries over. */
function datesOf(clause: string, year: number, problem: (m: string) => void): IsoDate[] {
  const found: { date: IsoDate; weekday: string | null; rangeTo: boolean; yearWritten: boolean }[] = []
  let month: number | null = null
  let explicitYear: number | null = null
  for (const m of clause.matchAll(DATE)) {
    const [text, y, mo, d, bracket, dash] = m
    if (y) explicitYear = Number(y)
    if (mo) month = Number(mo)
    if (month === null) {
      problem(`“${text.trim()}”没有写月份`)
      continue
    }
    const date = `${explicitYear ?? year}-${String(month).padStart(2, '0')}-${String(Number(d)).padStart(2, '0')}`
    if (!isIsoDate(date)) {
      problem(`${month}月${Number(d)}日不存在`)
      continue
    }
    const weekday = bracket ? (WEEKDAY.exec(bracket)?.[1] ?? null) : null
    found.push({ date, weekday, rangeTo: Boolean(dash), yearWritten: explicitYear !== null })
  }
  // 元旦 can start in the December before (“12月31日至1月2日”) when the notice writes no year.
  found.forEach((f, i) => {
    const end = f.rangeTo ? found[i + 1]?.date : undefined
    if (end && end < f.date && !f.yearWritten && f.date.slice(5, 7) === '12')
      f.date = `${Number(f.date.slice(0, 4)) - 1}${f.date.slice(4)}`
  })
  for (const { date, weekday } of found) {
    if (weekday && WEEKDAY_NUMBER[weekday] !== dayOfWeek(date))
      problem(`${chineseDate(date)}写的是“周${weekday}”，但这一天是${weekdayName(date)}`)
  }
  const dates: IsoDate[] = []
  for (let i = 0; i < found.length; i++) {
    const { date, rangeTo } = found[i]
    const end = rangeTo ? found[i + 1]?.date : undefined
    if (!end) {
      dates.push(date)
      continue
    }
    if (end < date) {
      problem(`${chineseDate(date)}至${chineseDate(end)}：结束日早于开始日`)
      i++
      continue
    }
    for (let day = date; day <= end; day = addDays(day, 1)) dates.push(day)
    i++
  }
  return dates
}

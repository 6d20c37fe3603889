import { addDays, dayOfWeek, isIsoDate, weekdayName, yearOf, type IsoDate } from '../../shared/civil-date'
import type { CalendarDay } from '../../shared/domain'
import { UserError } from '../../shared/errors'
import { looksLikeNotice, parseNotice, type NoticeHoliday } from './notice-text'

/**
 * The working-day calendar as text, in either of two forms a clerk has at hand:
 *
 * 1. 国务院办公厅's notice itself, pasted as published (notice-text.ts);
 * 2. one line per rule, as CivDesk exports it and as clerks type it:
 *
 *      # 2026年部分节假日安排（国务院办公厅通知）
 *      2026-01-01 至 2026-01-03 休 元旦
 *      2026-01-04 班 元旦调休
 *
 *    where a date may also be written 2026-1-4, 2026/1/4, 2026.1.4 or 2026年1月4日, with or without
 *    spaces, optionally followed by its weekday in brackets (checked), and 休/班 may be 放假/上班.
 *
 * Full-width digits and punctuation are read as their half-width forms (Unicode NFKC). Every bad line is
 * reported with its line number; nothing is guessed.
 */

export interface ParsedHolidayText {
  days: CalendarDay[]
  /** The years the text sets: the notice's year, or every year a line touches. */
  years: number[]
  /** Per holiday, its days off and 调休 working days, for the preview. */
  holidays: NoticeHoliday[]
  /** Set for a notice: all its days belong to this year, even 元旦 days in the December before. */
  noticeYear: number | null
}

const DATE = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\([^)]*\))?`
const LINE = new RegExp(
  String.raw`^(${DATE})(?:\s*(?:至|到|~|—{1,2}|-{1,2})\s*(${DATE}))?\s*(休|班|放假|上班)\s*(.*)$`
)
const WEEKDAY = /\((?:[^)]*?)(?:周|星期)([一二三四五六日天])\)/
const WEEKDAY_NUMBER: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 }

export function parseHolidayText(text: string, fileLabel = '日历文件'): ParsedHolidayText {
  const original = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const lines = original.map((line) => line.normalize('NFKC').trim())
  const problems: string[] = []
  const fail = (): never => {
    throw new UserError('invalid-input', `${fileLabel}有${problems.length}处错误：\n${problems.join('\n')}`, {
      problems
    })
  }
  if (looksLikeNotice(lines)) {
    const notice = parseNotice(lines, original, problems)
    if (problems.length > 0 || !notice) return fail()
    return { days: notice.days, years: [notice.year], holidays: notice.holidays, noticeYear: notice.year }
  }
  const content = lines
    .map((line, i) => ({ line, lineNo: i + 1 }))
    .filter((l) => l.line && !l.line.startsWith('#'))
  if (content.length > 0 && !content.some((l) => LINE.test(l.line))) {
    throw new UserError(
      'invalid-input',
      `${fileLabel}不是节假日安排：既没有国务院办公厅通知中“一、元旦：1月1日（周四）至3日（周六）放假调休……”这样的条目，` +
        '也没有“2026-01-01 休 元旦”这样的行'
    )
  }
  const days = new Map<IsoDate, CalendarDay>()
  for (const { line, lineNo } of content) {
    const m = LINE.exec(line)
    if (!m) {
      problems.push(
        `第${lineNo}行：无法识别“${original[lineNo - 1].trim()}”，应为“2026-01-01 休 元旦”或“2026-01-01 至 2026-01-03 休 元旦”`
      )
      continue
    }
    const [, fromText, toText = fromText, mark, name] = m
    const from = isoOf(fromText, lineNo, problems)
    const to = toText === fromText ? from : isoOf(toText, lineNo, problems)
    if (from === null || to === null) continue
    if (to < from) {
      problems.push(`第${lineNo}行：结束日期早于开始日期`)
      continue
    }
    if (yearOf(to) - yearOf(from) > 1) {
      problems.push(`第${lineNo}行：日期范围过长`)
      continue
    }
    const kind = mark === '休' || mark === '放假' ? 'holiday' : 'workday'
    for (let date = from; date <= to; date = addDays(date, 1)) {
      const existing = days.get(date)
      if (existing && existing.kind !== kind) {
        problems.push(
          `第${lineNo}行：${date} 已在前面标为“${existing.kind === 'holiday' ? '休' : '班'}”，前后矛盾`
        )
      }
      days.set(date, { date, kind, name: name.trim() || (kind === 'holiday' ? '节假日' : '调休上班') })
    }
  }
  if (problems.length > 0) fail()
  if (days.size === 0) throw new UserError('invalid-input', `${fileLabel}中没有任何“休”或“班”的日期`)
  const sorted = [...days.values()].sort((a, b) => a.date.localeCompare(b.date))
  return {
    days: sorted,
    years: [...new Set(sorted.map((d) => yearOf(d.date)))].sort(),
    holidays: groupByHoliday(sorted),
    noticeYear: null
  }
}

/** 2026-1-4, 2026/1/4, 2026年1月4日 (with its weekday checked when one is written) as 2026-01-04. */
function isoOf(text: string, lineNo: number, problems: string[]): IsoDate | null {
  const [, y, m, d] = /^(\d{4})\D+(\d{1,2})\D+(\d{1,2})/.exec(text)!
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
  if (!isIsoDate(date)) {
    problems.push(`第${lineNo}行：日期“${text.replace(/\s*\(.*$/, '').trim()}”不存在`)
    return null
  }
  const weekday = WEEKDAY.exec(text)?.[1]
  if (weekday !== undefined && WEEKDAY_NUMBER[weekday] !== dayOfWeek(date)) {
    problems.push(`第${lineNo}行：${date}写的是“周${weekday}”，但这一天是${weekdayName(date)}`)
    return null
  }
  return date
}

/** Days off under their name; a 班 day named “X调休” joins holiday X. */
export function groupByHoliday(days: readonly CalendarDay[]): NoticeHoliday[] {
  const groups = new Map<string, NoticeHoliday>()
  for (const day of days.filter((d) => d.kind === 'holiday')) {
    const group = groups.get(day.name) ?? { name: day.name, off: [], work: [] }
    group.off.push(day.date)
    groups.set(day.name, group)
  }
  for (const day of days.filter((d) => d.kind === 'workday')) {
    const base = day.name.replace(/调休(上班)?$/, '')
    const group = [...groups.values()].find((g) => base !== '' && g.name.split('、').includes(base)) ??
      groups.get(day.name) ?? { name: day.name, off: [], work: [] }
    group.work.push(day.date)
    groups.set(group.name, group)
  }
  return [...groups.values()].sort((a, b) => (a.off[0] ?? a.work[0]).localeCompare(b.off[0] ?? b.work[0]))
}

/** The inverse of the line form of parseHolidayText, one line per day, for exporting a year from 设置. */
export function formatHolidayText(days: readonly CalendarDay[], heading: string): string {
  const lines = [`# ${heading}`, '# 格式：日期 [至 日期] 休|班 名称；“休”为法定节假日，“班”为调休上班日']
  for (const day of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    lines.push(`${day.date} ${day.kind === 'holiday' ? '休' : '班'} ${day.name}`)
  }
  return lines.join('\n') + '\n'
}

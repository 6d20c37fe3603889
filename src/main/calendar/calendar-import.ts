import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { CalendarImportPreview, CalendarSource } from '../../shared/contract'
import type { CalendarDay } from '../../shared/domain'
import { UserError } from '../../shared/errors'
import { loadCalendarDays, loadOfficialYears, type AppContext } from '../app-context'
import { writeAudit } from '../store/audit'
import { readNoticeFile } from './calendar-file'
import { daysOfYear } from './calendar-service'
import { parseHolidayText, type ParsedHolidayText } from './holiday-text'
import { WorkCalendar } from './work-calendar'

/**
 * Importing a year's arrangement (issue 14): the State Council's notice as published, or CivDesk's own
 * lines, pasted or from a .txt/.docx file. The preview shows per holiday the days off and 上班 days and
 * the year's working days against the calendar in use; nothing is written until the clerk confirms,
 * and replacing a year that already has an official arrangement needs `replace`.
 */

interface ReadSource extends ParsedHolidayText {
  /** The file's name, or 粘贴的文本. */
  name: string
  /** The same in quotes, for messages. */
  label: string
}

/** What importing would do to each year the text sets; nothing is written. */
export async function previewCalendarImport(
  ctx: AppContext,
  source: CalendarSource
): Promise<CalendarImportPreview> {
  const parsed = await readSource(ctx, source)
  const official = new Set(loadOfficialYears(ctx.db))
  return {
    fileName: parsed.name,
    source: parsed.noticeYear === null ? 'lines' : 'notice',
    years: parsed.years.map((year) => {
      const incoming = daysFor(parsed, [year])
      const current = daysOfYear(ctx, year)
      const currentByDate = new Map(current.map((d) => [d.date, d]))
      const incomingByDate = new Map(incoming.map((d) => [d.date, d]))
      return {
        year,
        days: incoming,
        holidays: parsed.holidays.filter((h) =>
          [...h.off, ...h.work].some((date) => incomingByDate.has(date))
        ),
        statusBefore: official.has(year) ? 'official' : 'provisional',
        added: incoming.filter((d) => !currentByDate.has(d.date)),
        removed: current.filter((d) => !incomingByDate.has(d.date)),
        changed: incoming
          .filter((d) => {
            const was = currentByDate.get(d.date)
            return was !== undefined && (was.kind !== d.kind || was.name !== d.name)
          })
          .map((d) => ({ date: d.date, from: currentByDate.get(d.date)!, to: d })),
        workdaysBefore: ctx.calendar().workdaysInYear(year),
        workdaysAfter: calendarWith(ctx, year, incoming).workdaysInYear(year)
      }
    })
  }
}

/**
 * Replaces the chosen years with the text's 休/班 days and records them as official: all years or none,
 * one audit row. A year that already has an official arrangement is only replaced with `replace`.
 */
export async function importCalendar(
  ctx: AppContext,
  source: CalendarSource,
  years: readonly number[],
  replace = false
): Promise<{ years: number[]; days: number }> {
  const parsed = await readSource(ctx, source)
  const missing = years.filter((y) => !parsed.years.includes(y))
  if (missing.length > 0) {
    throw new UserError(
      'invalid-input',
      `${parsed.label}中没有${missing.join('、')}年的安排，可导入的年份：${parsed.years.join('、')}`
    )
  }
  const chosen = [...new Set(years)].sort()
  const official = new Set(loadOfficialYears(ctx.db))
  const loaded = chosen.filter((y) => official.has(y))
  if (loaded.length > 0 && !replace) {
    throw new UserError(
      'conflict',
      `${loaded.map((y) => `${y}年`).join('、')}已有正式的节假日安排。请先核对预览中的差异，确认替换后再导入（命令行加 --replace）`
    )
  }
  const written = daysFor(parsed, chosen)
  ctx.db.transaction(() => {
    const removed = chosen.flatMap((y) => daysOfYear(ctx, y))
    const clear = ctx.db.prepare('DELETE FROM calendar_day WHERE date BETWEEN ? AND ?')
    for (const y of chosen) clear.run(`${y}-01-01`, `${y}-12-31`)
    // A notice's 元旦 can reach into the December before; those days are replaced one by one.
    const insert = ctx.db.prepare(
      'INSERT INTO calendar_day (date, kind, name) VALUES (?, ?, ?) ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name'
    )
    for (const d of written) insert.run(d.date, d.kind, d.name)
    const record = ctx.db.prepare(
      "INSERT INTO calendar_year (year, source) VALUES (?, 'imported') ON CONFLICT (year) DO UPDATE SET source = 'imported'"
    )
    for (const y of chosen) record.run(y)
    const holidays = written.filter((d) => d.kind === 'holiday').length
    writeAudit(ctx.db, ctx.clock, {
      entity: 'calendar_day',
      action: 'import',
      summary: `导入工作日历：${chosen.map((y) => `${y}年`).join('、')}（休${holidays}天、班${written.length - holidays}天），来自${parsed.label}`,
      before: removed,
      after: written
    })
  })()
  ctx.invalidateCalendar()
  return { years: chosen, days: written.length }
}

/** A notice's days all belong to its year; a line file's days to the year of their date. */
function daysFor(parsed: ParsedHolidayText, years: readonly number[]): CalendarDay[] {
  if (parsed.noticeYear !== null) return years.includes(parsed.noticeYear) ? parsed.days : []
  return parsed.days.filter((d) => years.includes(Number(d.date.slice(0, 4))))
}

/** The calendar as it would be with one year's days replaced and that year official, for the preview. */
function calendarWith(ctx: AppContext, year: number, days: readonly CalendarDay[]): WorkCalendar {
  const replaced = new Set(days.map((d) => d.date))
  const others = loadCalendarDays(ctx.db).filter(
    (d) => !d.date.startsWith(`${year}-`) && !replaced.has(d.date)
  )
  return new WorkCalendar([...others, ...days], [...loadOfficialYears(ctx.db), year])
}

/** The text pasted into the dialog, or the chosen .txt/.docx file, parsed. */
async function readSource(ctx: AppContext, source: CalendarSource): Promise<ReadSource> {
  if ('text' in source) {
    return { name: '粘贴的文本', label: '粘贴的文本', ...parseHolidayText(source.text, '粘贴的文本') }
  }
  const path = ctx.files.resolve(source.ref, 'input', ['calendar-text'])
  const label = `“${basename(path)}”`
  const text = await readNoticeFile(readFileSync(path), basename(path))
  return { name: basename(path), label, ...parseHolidayText(text, label) }
}

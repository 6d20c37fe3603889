import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { dayOfWeek, weekdayName, type IsoDate } from '../../shared/civil-date'
import type { CalendarImportPreview, CalendarYear } from '../../shared/contract'
import type { CalendarDay } from '../../shared/domain'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { select, selectValue } from '../store/typed-query'
import { formatHolidayText, parseHolidayText } from './holiday-text'
import { WorkCalendar } from './work-calendar'
import { writeAudit } from '../store/audit'
import { writeFileAtomic } from '../system/atomic-file'

const KIND_MARK = { holiday: '休', workday: '班' } as const

export function calendarYear(ctx: AppContext, year: number): CalendarYear {
  return {
    year,
    days: daysOfYear(ctx, year),
    workdays: ctx.calendar().workdaysInYear(year),
    knownYears: selectValue<number>(
      ctx.db,
      'SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER) FROM calendar_day ORDER BY 1'
    ).all()
  }
}

/**
 * Marks one day 休 (a statutory day off) or 班 (a 调休 weekend day that is worked), or returns it to the
 * default rule. One audit row; the lights follow at once (the calendar is rebuilt after the commit).
 */
export function setCalendarDay(
  ctx: AppContext,
  change: { date: IsoDate; kind: CalendarDay['kind'] | null; name: string }
): CalendarYear {
  const weekend = [0, 6].includes(dayOfWeek(change.date))
  const where = `${change.date}（${weekdayName(change.date)}）`
  if (change.kind === 'workday' && !weekend) {
    throw new UserError('invalid-input', `${where}本来就是工作日，只有周末才能标为“班”（调休上班）`)
  }
  ctx.db.transaction(() => {
    const before = select<CalendarDay>(
      ctx.db,
      'SELECT date, kind, name FROM calendar_day WHERE date = ?'
    ).get(change.date)
    const name = change.name.trim() || (change.kind === 'holiday' ? '节假日' : '调休上班')
    if (change.kind === null) {
      if (!before) return
      ctx.db.prepare('DELETE FROM calendar_day WHERE date = ?').run(change.date)
    } else {
      if (before && before.kind === change.kind && before.name === name) return
      ctx.db
        .prepare(
          'INSERT INTO calendar_day (date, kind, name) VALUES (?, ?, ?) ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name'
        )
        .run(change.date, change.kind, name)
    }
    const after = change.kind === null ? null : { date: change.date, kind: change.kind, name }
    writeAudit(ctx.db, ctx.clock, {
      entity: 'calendar_day',
      entityId: change.date,
      action: 'calendar',
      summary:
        change.kind === null
          ? `工作日历：${where}恢复为${weekend ? '休息日' : '工作日'}（原为“${KIND_MARK[before!.kind]}” ${before!.name}）`
          : `工作日历：${where}标为“${KIND_MARK[change.kind]}” ${name}`,
      before: before ?? null,
      after
    })
  })()
  ctx.invalidateCalendar()
  return calendarYear(ctx, Number(change.date.slice(0, 4)))
}

/** What importing the file would do to each year it covers; nothing is written. */
export function previewCalendarImport(ctx: AppContext, ref: string): CalendarImportPreview {
  const { path, days, years } = readCalendarFile(ctx, ref)
  return {
    fileName: basename(path),
    years: years.map((year) => {
      const incoming = days.filter((d) => d.date.startsWith(`${year}-`))
      const current = daysOfYear(ctx, year)
      const currentByDate = new Map(current.map((d) => [d.date, d]))
      const incomingByDate = new Map(incoming.map((d) => [d.date, d]))
      return {
        year,
        days: incoming,
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

/** Replaces the chosen years with the file's 休/班 days: all years or none, one audit row. */
export function importCalendar(
  ctx: AppContext,
  ref: string,
  years: readonly number[]
): { years: number[]; days: number } {
  const { path, days, years: inFile } = readCalendarFile(ctx, ref)
  const missing = years.filter((y) => !inFile.includes(y))
  if (missing.length > 0) {
    throw new UserError(
      'invalid-input',
      `文件中没有${missing.join('、')}年的安排，可导入的年份：${inFile.join('、')}`
    )
  }
  const chosen = [...new Set(years)].sort()
  const written = days.filter((d) => chosen.includes(Number(d.date.slice(0, 4))))
  ctx.db.transaction(() => {
    const removed = chosen.flatMap((y) => daysOfYear(ctx, y))
    const clear = ctx.db.prepare('DELETE FROM calendar_day WHERE date BETWEEN ? AND ?')
    for (const y of chosen) clear.run(`${y}-01-01`, `${y}-12-31`)
    const insert = ctx.db.prepare('INSERT INTO calendar_day (date, kind, name) VALUES (?, ?, ?)')
    for (const d of written) insert.run(d.date, d.kind, d.name)
    const holidays = written.filter((d) => d.kind === 'holiday').length
    writeAudit(ctx.db, ctx.clock, {
      entity: 'calendar_day',
      action: 'import',
      summary: `导入工作日历：${chosen.map((y) => `${y}年`).join('、')}（休${holidays}天、班${written.length - holidays}天），文件“${basename(path)}”`,
      before: removed,
      after: written
    })
  })()
  ctx.invalidateCalendar()
  return { years: chosen, days: written.length }
}

/** Writes one year's 休/班 days in the import format, so another office or next year's file can start from it. */
export function exportCalendarYear(ctx: AppContext, year: number, ref: string): { days: number } {
  const path = ctx.files.resolve(ref, 'output', ['calendar-export'])
  const days = daysOfYear(ctx, year)
  writeFileAtomic(
    path,
    formatHolidayText(days, `${year}年节假日安排（${ctx.settings().officeShortName}工作日历导出）`)
  )
  return { days: days.length }
}

function daysOfYear(ctx: AppContext, year: number): CalendarDay[] {
  return select<CalendarDay>(
    ctx.db,
    'SELECT date, kind, name FROM calendar_day WHERE date BETWEEN ? AND ? ORDER BY date'
  ).all(`${year}-01-01`, `${year}-12-31`)
}

/** The calendar as it would be with one year's days replaced, for the preview's working-day count. */
function calendarWith(ctx: AppContext, year: number, days: readonly CalendarDay[]): WorkCalendar {
  const others = select<CalendarDay>(
    ctx.db,
    'SELECT date, kind, name FROM calendar_day WHERE date NOT BETWEEN ? AND ?'
  ).all(`${year}-01-01`, `${year}-12-31`)
  return new WorkCalendar([...others, ...days])
}

/**
 * The chosen text file, parsed. Notepad on older Windows saves 简体中文 text as GBK; a file that is not
 * valid UTF-8 is read as GBK, so a clerk never has to know what an encoding is.
 */
function readCalendarFile(
  ctx: AppContext,
  ref: string
): { path: string; days: CalendarDay[]; years: number[] } {
  const path = ctx.files.resolve(ref, 'input', ['calendar-text'])
  const bytes = readFileSync(path)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = new TextDecoder('gbk').decode(bytes)
  }
  const parsed = parseHolidayText(text, `“${basename(path)}”`)
  return { path, ...parsed }
}

import { dayOfWeek, weekdayName, type IsoDate } from '../../shared/civil-date'
import type { CalendarYear } from '../../shared/contract'
import type { CalendarDay } from '../../shared/domain'
import { UserError } from '../../shared/errors'
import { loadOfficialYears, type AppContext } from '../app-context'
import { select } from '../store/typed-query'
import { formatHolidayText } from './holiday-text'
import { writeAudit } from '../store/audit'
import { provisionalHolidays } from './statutory-holidays'
import { writeFileAtomic } from '../system/atomic-file'

const KIND_MARK = { holiday: '休', workday: '班' } as const

/**
 * One year as the calendar counts it: its stored 休/班 days, or for a provisional year the statutory
 * days the law gives (with any day set by hand on top), and whether it is official.
 */
export function calendarYear(ctx: AppContext, year: number): CalendarYear {
  const calendar = ctx.calendar()
  const provisional = calendar.isProvisional(year)
  const stored = daysOfYear(ctx, year)
  const storedDates = new Set(stored.map((d) => d.date))
  const days = provisional
    ? [...stored, ...provisionalHolidays(year).filter((d) => !storedDates.has(d.date))].sort((a, b) =>
        a.date.localeCompare(b.date)
      )
    : stored
  return {
    year,
    status: provisional ? 'provisional' : 'official',
    days,
    workdays: calendar.workdaysInYear(year),
    knownYears: loadOfficialYears(ctx.db)
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

export function daysOfYear(ctx: AppContext, year: number): CalendarDay[] {
  return select<CalendarDay>(
    ctx.db,
    'SELECT date, kind, name FROM calendar_day WHERE date BETWEEN ? AND ? ORDER BY date'
  ).all(`${year}-01-01`, `${year}-12-31`)
}

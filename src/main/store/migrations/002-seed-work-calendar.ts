import { parseHolidayText } from '../../calendar/holiday-text'
import { SHIPPED_HOLIDAY_TEXT } from '../../calendar/shipped-holidays'
import type { Migration } from './migration'

/** Ships the 2023–2026 holidays and 调休 days as data; INSERT OR IGNORE keeps any day a clerk edited. */
export const seedWorkCalendar: Migration = {
  version: 2,
  name: 'seed-work-calendar-2023-2026',
  up(db) {
    const insert = db.prepare('INSERT OR IGNORE INTO calendar_day (date, kind, name) VALUES (?, ?, ?)')
    for (const day of parseHolidayText(SHIPPED_HOLIDAY_TEXT, '内置工作日历').days) {
      insert.run(day.date, day.kind, day.name)
    }
  }
}

import { z } from 'zod'
import type { IsoDate } from '../civil-date'
import type { CalendarDay } from '../domain'
import { mutation, query } from './define'
import { fileRef } from './file'
import { dateField, textField } from './labelled-fields'

/** 设置 → 工作日历: a year view, single days, a year imported from or exported to the text format of calendar/holiday-text.ts. */

const year = z
  .number({ error: '年份应为1990到2100之间的整数' })
  .int({ error: '年份应为1990到2100之间的整数' })
  .min(1990, { error: '年份应为1990到2100之间的整数' })
  .max(2100, { error: '年份应为1990到2100之间的整数' })

export interface CalendarYear {
  year: number
  /** official: the State Council's arrangement is loaded (shipped or imported); provisional: counted from the law. */
  status: 'official' | 'provisional'
  /** The holidays (休) and 调休 working days (班) of the year, by date; for a provisional year the law's days. */
  days: CalendarDay[]
  workdays: number
  /** The official years, so the clerk sees which years still need importing. */
  knownYears: number[]
}

/** The arrangement to import: text pasted into the dialog, or a chosen .txt/.docx file. */
export type CalendarSource = { ref: string } | { text: string }

/** One holiday of an arrangement: its days off and its 调休 working days (上班). */
export interface CalendarHoliday {
  name: string
  off: IsoDate[]
  work: IsoDate[]
}

/** What importing a file would change, per year, before anything is written. */
export interface CalendarImportPreview {
  fileName: string
  /** notice: 国务院办公厅's notice as published; lines: CivDesk's “2026-01-01 休 元旦” lines. */
  source: 'notice' | 'lines'
  years: {
    year: number
    days: CalendarDay[]
    holidays: CalendarHoliday[]
    /** official: replacing it needs confirmation (replace: true). */
    statusBefore: 'official' | 'provisional'
    /** Days the year holds now that the file would drop or change. */
    removed: CalendarDay[]
    added: CalendarDay[]
    changed: { date: IsoDate; from: CalendarDay; to: CalendarDay }[]
    workdaysBefore: number
    workdaysAfter: number
  }[]
}

const source = z.union(
  [
    z.object({ ref: fileRef }).strict(),
    z
      .object({
        text: z
          .string()
          .trim()
          .min(1, { error: '请粘贴国务院办公厅的放假安排通知' })
          .max(100_000, { error: '粘贴的文本过长（超过10万字）' })
      })
      .strict()
  ],
  { error: '请选择文件或粘贴通知原文' }
)

export const calendarContract = {
  /** The provisional years counted into as of a date: its own year and every year up to an open deadline. */
  'calendar.status': query<{ provisionalYears: number[] }>()(
    z.object({ asOf: dateField('统计截止日期') }).strict()
  ),
  'calendar.year': query<CalendarYear>()(z.object({ year }).strict()),
  /** kind null returns the day to the default rule (Monday–Friday work, weekends rest). */
  'calendar.setDay': mutation<CalendarYear>()(
    z
      .object({
        date: dateField('日期'),
        kind: z.enum(['holiday', 'workday'], { error: '日期类型应为“休”或“班”' }).nullable(),
        name: textField('名称', 30).default('')
      })
      .strict()
  ),
  'calendar.previewImport': query<CalendarImportPreview>()(z.object({ source }).strict()),
  /** Replaces the chosen years with the arrangement's days, all or nothing; an official year only with replace. */
  'calendar.import': mutation<{ years: number[]; days: number }>()(
    z
      .object({
        source,
        replace: z.boolean().default(false),
        years: z
          .array(year)
          .min(1, { error: '请至少选择一个年份' })
          .max(20, { error: '一次最多导入20个年份' })
      })
      .strict()
  ),
  'calendar.export': query<{ days: number }>()(z.object({ year, ref: fileRef }).strict())
}

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
  /** The holidays (休) and 调休 working days (班) of the year, by date. */
  days: CalendarDay[]
  workdays: number
  /** Years that hold at least one 休/班 day, so the clerk sees which years still need importing. */
  knownYears: number[]
}

/** What importing a file would change, per year, before anything is written. */
export interface CalendarImportPreview {
  fileName: string
  years: {
    year: number
    days: CalendarDay[]
    /** Days the year holds now that the file would drop or change. */
    removed: CalendarDay[]
    added: CalendarDay[]
    changed: { date: IsoDate; from: CalendarDay; to: CalendarDay }[]
    workdaysBefore: number
    workdaysAfter: number
  }[]
}

export const calendarContract = {
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
  'calendar.previewImport': query<CalendarImportPreview>()(z.object({ ref: fileRef }).strict()),
  /** Replaces the chosen years with the file's days, all or nothing. */
  'calendar.import': mutation<{ years: number[]; days: number }>()(
    z
      .object({
        ref: fileRef,
        years: z
          .array(year)
          .min(1, { error: '请至少选择一个年份' })
          .max(20, { error: '一次最多导入20个年份' })
      })
      .strict()
  ),
  'calendar.export': query<{ days: number }>()(z.object({ year, ref: fileRef }).strict())
}

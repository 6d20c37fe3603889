import { describe, expect, it } from 'vitest'
import { loadCalendarDays } from '../app-context'
import { openMemoryDatabase } from '../store/open-database'
import { backwardSchedule } from './backward-schedule'
import { WorkCalendar } from './work-calendar'

const calendar = new WorkCalendar(loadCalendarDays(openMemoryDatabase()))
const steps = (...workdays: number[]) => workdays.map((n, i) => ({ title: `步骤${i + 1}`, workdays: n }))

describe('倒排工期 on the working-day calendar', () => {
  // [why, deadline, step workdays, expected [start, due] per step, finalDue]
  it.each([
    [
      'an ordinary fortnight',
      '2025-11-28',
      [3, 5],
      [
        ['2025-11-19', '2025-11-21'],
        ['2025-11-24', '2025-11-28']
      ],
      '2025-11-28'
    ],
    [
      '2025 National Day: 10/1–10/8 off, 9/28 (Sun) worked, so the last step starts on that Sunday',
      '2025-10-10',
      [2, 5],
      [
        ['2025-09-25', '2025-09-26'],
        ['2025-09-28', '2025-10-10']
      ],
      '2025-10-10'
    ],
    [
      'a deadline inside the National Day holiday moves back to 9/30',
      '2025-10-03',
      [1, 1],
      [
        ['2025-09-29', '2025-09-29'],
        ['2025-09-30', '2025-09-30']
      ],
      '2025-09-30'
    ],
    [
      'the 调休 Saturday 2025-10-11 is a working day and may be the deadline itself',
      '2025-10-11',
      [1, 2],
      [
        ['2025-10-09', '2025-10-09'],
        ['2025-10-10', '2025-10-11']
      ],
      '2025-10-11'
    ],
    [
      '2026 Spring Festival: 2/15–2/23 off, 2/14 (Sat) worked',
      '2026-02-27',
      [3, 5],
      [
        ['2026-02-11', '2026-02-13'],
        ['2026-02-14', '2026-02-27']
      ],
      '2026-02-27'
    ],
    [
      '2026 Spring Festival: a 2-day step due 2/24 is the 调休 Saturday 2/14 plus 2/24, across the holiday',
      '2026-02-24',
      [2, 3, 2],
      [
        ['2026-02-09', '2026-02-10'],
        ['2026-02-11', '2026-02-13'],
        ['2026-02-14', '2026-02-24']
      ],
      '2026-02-24'
    ],
    [
      'a Sunday deadline moves back to the Friday',
      '2025-11-16',
      [1],
      [['2025-11-14', '2025-11-14']],
      '2025-11-14'
    ],
    [
      'all 248 working days of 2025 start on 2 January (1 January is 元旦)',
      '2025-12-31',
      [248],
      [['2025-01-02', '2025-12-31']],
      '2025-12-31'
    ]
  ])('%s', (_why, deadline, workdays, expected, finalDue) => {
    const plan = backwardSchedule(calendar, deadline, steps(...workdays))
    expect(plan.steps.map((s) => [s.start, s.due])).toEqual(expected)
    expect(plan.finalDue).toBe(finalDue)
    expect(plan.start).toBe(expected[0][0])
    expect(plan.totalWorkdays).toBe(workdays.reduce((a, b) => a + b, 0))
    expect(plan.steps.map((s) => s.seq)).toEqual(workdays.map((_, i) => i + 1))
  })

  it('gives each step exactly its working days, with no gap and no overlap', () => {
    const plan = backwardSchedule(calendar, '2026-10-16', steps(4, 6, 3, 10))
    plan.steps.forEach((step, i) => {
      expect(calendar.isWorkday(step.start) && calendar.isWorkday(step.due)).toBe(true)
      expect(calendar.workdaysBetween(step.start, step.due) + 1).toBe(step.workdays)
      if (i > 0) expect(calendar.addWorkdays(plan.steps[i - 1].due, 1)).toBe(step.start)
    })
  })
})

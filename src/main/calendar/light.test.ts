import { describe, expect, it } from 'vitest'
import { loadCalendarDays } from '../app-context'
import { openMemoryDatabase } from '../store/open-database'
import { lightOf, type Trackable } from './light'
import { WorkCalendar } from './work-calendar'

const calendar = new WorkCalendar(loadCalendarDays(openMemoryDatabase()))
const open = (deadline: string | null): Trackable => ({
  deadline,
  status: 'in-progress',
  completedDate: null
})
const done = (deadline: string | null, completedDate: string | null): Trackable => ({
  deadline,
  status: 'done',
  completedDate
})

describe('the traffic light', () => {
  it.each([
    [open('2025-09-30'), '2025-09-26', 'yellow', 3, '剩3个工作日'],
    [open('2025-10-09'), '2025-09-30', 'yellow', 1, '剩1个工作日'],
    [open('2025-09-30'), '2025-10-09', 'red', -1, '逾期1个工作日'],
    [open('2025-09-30'), '2025-09-30', 'yellow', 0, '今日到期'],
    [open('2025-10-14'), '2025-09-30', 'green', 5, '剩5个工作日'],
    [open('2025-09-27'), '2025-09-28', 'red', -1, '逾期1个工作日'],
    [open('2025-09-20'), '2025-09-21', 'red', 0, '已逾期'],
    [open('2025-06-30'), '2025-09-30', 'red', -67, '逾期67个工作日'],
    [open(null), '2025-09-30', 'green', null, '长期']
  ])('%o as of %s is %s', (item, asOf, light, left, label) => {
    expect(lightOf(item, asOf, calendar, 3)).toEqual({ light, outcome: null, workdaysLeft: left, label })
  })

  it('uses the yellow window from the settings', () => {
    expect(lightOf(open('2025-10-13'), '2025-09-30', calendar, 4).light).toBe('yellow')
    expect(lightOf(open('2025-10-14'), '2025-09-30', calendar, 4).light).toBe('green')
    expect(lightOf(open('2025-09-30'), '2025-09-26', calendar, 2).light).toBe('green')
    expect(lightOf(open('2025-09-30'), '2025-09-30', calendar, 0).light).toBe('yellow')
  })

  it('gives done items no light but an outcome', () => {
    expect(lightOf(done('2025-09-30', '2025-09-30'), '2025-10-31', calendar, 3)).toMatchObject({
      light: null,
      outcome: 'on-time',
      label: '按期办结'
    })
    expect(lightOf(done('2025-09-30', '2025-10-09'), '2025-10-31', calendar, 3)).toMatchObject({
      light: null,
      outcome: 'late',
      label: '逾期办结'
    })
    expect(lightOf(done(null, '2025-03-01'), '2025-10-31', calendar, 3)).toMatchObject({ outcome: 'on-time' })
  })

  it('treats an item completed after the as-of date as still open on that date', () => {
    expect(lightOf(done('2025-09-30', '2025-10-09'), '2025-09-30', calendar, 3)).toMatchObject({
      light: 'yellow',
      label: '今日到期'
    })
    expect(lightOf(done('2025-09-01', '2025-10-09'), '2025-09-30', calendar, 3).light).toBe('red')
  })
})

import ExcelJS from 'exceljs'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { useSuiteTempDir } from '../../../test/temp-dir'
import type { AuditFilter } from '../../shared/contract'
import type { AppContext } from '../app-context'
import { addProgress } from '../progress/progress-service'
import { updateSettings } from '../settings/settings-service'
import { writeAudit } from '../store/audit'
import { selectValue } from '../store/typed-query'
import { fixedClock } from '../system/clock'
import { updateTask } from '../task/task-service'
import { sampleTaskContext, taskIdByCode } from '../task/test-context'
import { exportAudit } from './audit-export'
import { listAudit } from './audit-log'
import { setCalendarDay } from '../calendar/calendar-service'

const tempDir = useSuiteTempDir()
const ALL: AuditFilter = { from: null, to: null, entity: null, action: null, text: '' }
let ctx: AppContext

beforeAll(() => {
  ctx = sampleTaskContext()
  // A few days of work: the log's own clock is frozen, so each day is written with its own.
  const on = (at: string, write: (c: AppContext) => void) => write({ ...ctx, clock: fixedClock(at) })
  on('2025-09-29T09:00:00+08:00', (c) => updateTask(c, taskIdByCode(c, '1.6'), { deadline: '2025-11-28' }))
  on('2025-09-30T10:00:00+08:00', (c) =>
    addProgress(c, {
      target: { kind: 'task', id: taskIdByCode(c, '2.4') },
      date: '2025-09-30',
      text: '完成排查',
      percent: 90,
      problems: '',
      nextSteps: '',
      markDone: false
    })
  )
  on('2025-10-09T16:30:00+08:00', (c) => setCalendarDay(c, { date: '2025-10-11', kind: null, name: '' }))
  on('2025-10-10T08:00:00+08:00', (c) => updateSettings(c, { yellowWindow: 5 }))
  for (let i = 0; i < 120; i++) {
    writeAudit(ctx.db, fixedClock('2025-10-12T12:00:00+08:00'), {
      entity: 'task',
      entityId: 99,
      action: 'update',
      summary: `批量测试第${i + 1}条：含100%_这样的字符`
    })
  }
})

describe('操作日志', () => {
  it('lists newest first, a page at a time, with the total and the filter lists', () => {
    const first = listAudit(ctx, ALL, 1, 50)
    const all = selectValue<number>(ctx.db, 'SELECT count(*) FROM audit_log').one()
    expect(first.total).toBe(all)
    expect(first.rows).toHaveLength(50)
    expect(first.rows[0].summary).toBe('批量测试第120条：含100%_这样的字符')
    const ids = [...first.rows, ...listAudit(ctx, ALL, 2, 50).rows].map((r) => r.id)
    expect(ids).toEqual([...ids].sort((a, b) => b - a))
    expect(new Set(ids).size).toBe(100)
    expect(first.entities).toEqual(expect.arrayContaining(['calendar_day', 'setting', 'task']))
    expect(first.actions).toEqual(expect.arrayContaining(['calendar', 'report', 'settings', 'update']))
  })

  it.each<[string, Partial<AuditFilter>, string[]]>([
    [
      'a date range (the local date of each change)',
      { from: '2025-09-30', to: '2025-10-09' },
      ['工作日历：2025-10-11', '填报任务 2.4']
    ],
    ['an entity', { entity: 'calendar_day' }, ['工作日历：2025-10-11']],
    ['an action', { action: 'report' }, ['填报任务 2.4']],
    ['a word of the summary', { text: '完成时限 2025-11-14 → 2025-11-28' }, ['修改任务 1.6']],
    ['an entity and a word together', { entity: 'setting', text: '临期' }, ['修改设置：临期提醒']]
  ])('filters by %s', (_what, filter, expected) => {
    const page = listAudit(ctx, { ...ALL, ...filter }, 1, 500)
    expect(page.total).toBe(expected.length)
    expect(page.rows.map((r) => r.summary)).toEqual(expected.map((e) => expect.stringContaining(e)))
  })

  it('finds % and _ literally, not as wildcards', () => {
    expect(listAudit(ctx, { ...ALL, text: '100%_' }, 1, 10).total).toBe(120)
    expect(listAudit(ctx, { ...ALL, text: '1%0' }, 1, 10).total).toBe(0)
  })

  it('exports the filtered log to .xlsx, written whole through a temporary file', async () => {
    const dir = tempDir()
    const path = join(dir, '操作日志.xlsx')
    const { ref } = ctx.files.register(path, 'export-xlsx', 'output')
    const filter = { ...ALL, from: '2025-09-29', to: '2025-10-10' }
    expect(await exportAudit(ctx, filter, ref)).toEqual({ rows: 4 })
    expect(readdirSync(dir)).toEqual(['操作日志.xlsx'])
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(path)
    const sheet = book.getWorksheet('操作日志')!
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '时间',
      '对象',
      '对象编号',
      '操作',
      '内容',
      '修改前',
      '修改后'
    ])
    expect(sheet.rowCount).toBe(5)
    expect(sheet.getRow(2).getCell(1).value).toBe('2025-10-10T08:00:00+08:00')
    expect(sheet.getRow(2).getCell(2).value).toBe('设置')
    expect(sheet.getRow(5).getCell(4).value).toBe('修改')
    expect(String(sheet.getRow(5).getCell(5).value)).toContain('完成时限 2025-11-14 → 2025-11-28')
    expect(JSON.parse(String(sheet.getRow(5).getCell(7).value))).toEqual({ deadline: '2025-11-28' })
    expect(existsSync(path)).toBe(true)
  })
})

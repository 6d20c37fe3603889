import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportPreview, ImportResult } from '../src/shared/contract'
import type { AppContext } from '../src/main/app-context'
import type { Handlers } from '../src/main/api/handlers'
import { listTasks } from '../src/main/task/task-list'
import { addSheet, workbookBytes, type Row } from './exchange-corpus'
import { AS_OF, chosenLedger, demoApp, dispatcher } from './exchange-helpers'
import { useTempDir } from './temp-dir'

/**
 * A progress text is saved with the day its sheet reports on (issue 13): its own 进展日期/填报日期 column,
 * else a 填报日期 written above the header, else a full date in the title, else the import's 统计截止日期
 * (AS_OF) — and the preview says which date the sheet gives and where it was read.
 */
const tempDir = useTempDir()
let dir: string
let ctx: AppContext
let handlers: Handlers

beforeEach(async () => {
  dir = tempDir()
  ;({ ctx, handlers } = await demoApp(dir))
})
afterEach(() => ctx.db.close())

const call = dispatcher(() => handlers)
const HEADER: Row = ['序号', '任务名称', '牵头单位', '完成时限', '进展情况']
const TASK: Row = ['SD-1', '背街小巷路灯补亮', '市城管局', '2025-12-31', '已完成12条小巷路灯安装']

async function imported(above: Row[], header: Row = HEADER, task: Row = TASK) {
  const bytes = await workbookBytes((wb) => addSheet(wb, '进展', [...above, header, task]))
  const file = chosenLedger(ctx, dir, '填报.xlsx', bytes)
  const preview = await call<ImportPreview>('exchange.preview', {
    file,
    kind: 'tasks',
    mappings: [],
    asOf: AS_OF
  })
  const result = await call<ImportResult>('exchange.commit', {
    file,
    kind: 'tasks',
    mappings: [],
    fingerprint: preview.fingerprint,
    asOf: AS_OF
  })
  expect(result.reportsAdded).toBe(1)
  const report = listTasks(ctx, AS_OF).find((t) => t.code === 'SD-1')!.latestReport
  return { sheet: preview.sheets[0], reportDate: report?.date }
}

describe('the date of an imported progress text', () => {
  it('is the 填报日期 written above the header, and the preview says so', async () => {
    const { sheet, reportDate } = await imported([
      ['城中村整治进展表'],
      ['填报单位：东湖区城中村办　填报日期：2025年9月26日']
    ])
    expect(reportDate).toBe('2025-09-26')
    expect(sheet.sheetDate).toEqual({ date: '2025-09-26', from: expect.stringContaining('填报日期') })
  })

  it('is a full date in the title when no 填报日期 is written', async () => {
    const { sheet, reportDate } = await imported([['城中村整治工作进展（截至2025年9月26日）']])
    expect(reportDate).toBe('2025-09-26')
    expect(sheet.sheetDate?.from).toContain('表格标题')
  })

  it("is the row's own 进展日期 before any date of the sheet", async () => {
    const { reportDate } = await imported(
      [['填报日期：2025年9月26日']],
      [...HEADER, '进展日期'],
      [...TASK, '2025-09-20']
    )
    expect(reportDate).toBe('2025-09-20')
  })

  it("is the import's 统计截止日期 when the sheet gives no date", async () => {
    const { sheet, reportDate } = await imported([['2025年城中村整治进展表']])
    expect(sheet.sheetDate).toBeNull()
    expect(reportDate).toBe(AS_OF)
  })
})

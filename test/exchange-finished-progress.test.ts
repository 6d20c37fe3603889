import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportPreview, ImportResult, RowFix } from '../src/shared/contract'
import type { AppContext } from '../src/main/app-context'
import type { Handlers } from '../src/main/api/handlers'
import { listTasks } from '../src/main/task/task-list'
import { addSheet, workbookBytes } from './exchange-corpus'
import { AS_OF, chosenLedger, demoApp, dispatcher } from './exchange-helpers'
import { useTempDir } from './temp-dir'

/**
 * A row whose progress says it is finished while its status says otherwise (issue 13): a warning in the
 * preview with the one-click 标为已办结, which the next preview and the commit honour — and without that
 * click the status stays as the sheet says (nothing inferred). The preview counts the progress records.
 */
const tempDir = useTempDir()
let dir: string
let ctx: AppContext
let handlers: Handlers
let file: string

beforeEach(async () => {
  dir = tempDir()
  ;({ ctx, handlers } = await demoApp(dir))
  file = chosenLedger(
    ctx,
    dir,
    '进展.xlsx',
    await workbookBytes((wb) =>
      addSheet(wb, '进展', [
        ['序号', '任务名称', '牵头单位', '完成时限', '状态', '进展情况'],
        ['FP-1', '背街小巷路灯补亮', '市城管局', '2025-12-31', '推进中', '已完成全部路灯安装'],
        ['FP-2', '农贸市场改造', '市城管局', '2025-12-31', '推进中', '主体未完成，正在施工'],
        ['FP-3', '公厕提升', '市城管局', '2025-12-31', '已办结', '已完成验收']
      ])
    )
  )
})
afterEach(() => ctx.db.close())

const call = dispatcher(() => handlers)
const preview = (fixes: RowFix[] = []) =>
  call<ImportPreview>('exchange.preview', { file, kind: 'tasks', mappings: [], asOf: AS_OF, fixes })
const commit = (p: ImportPreview, fixes: RowFix[] = []) =>
  call<ImportResult>('exchange.commit', {
    file,
    kind: 'tasks',
    mappings: [],
    fingerprint: p.fingerprint,
    asOf: AS_OF,
    fixes
  })
const statusOf = (code: string) => listTasks(ctx, AS_OF).find((t) => t.code === code)?.status

describe('a progress text that says finished under another status', () => {
  it('is a warning with 标为已办结 on that row only, and the preview counts the progress records', async () => {
    const p = await preview()
    expect(p.reportsAdded).toBe(3)
    const warned = p.rows.filter((r) => r.warnings.length > 0)
    expect(warned.map((r) => r.row)).toEqual([2])
    expect(warned[0].warnings[0]).toMatchObject({
      message: expect.stringContaining('推进中'),
      fix: { label: '标为已办结' }
    })
  })

  it('is left as the sheet says when the clerk does not mark it', async () => {
    await commit(await preview())
    expect(statusOf('FP-1')).toBe('in-progress')
  })

  it('is 已办结 after the one click, in the next preview and in what is written', async () => {
    const fix = (await preview()).rows.find((r) => r.row === 2)!.warnings[0].fix!
    const fixes = [{ sheet: '进展', row: 2, fix: fix.name }]
    const p = await preview(fixes)
    expect(p.rows.find((r) => r.row === 2)!.warnings).toEqual([])
    await commit(p, fixes)
    expect(statusOf('FP-1')).toBe('done')
    expect(statusOf('FP-2')).toBe('in-progress')
  })
})

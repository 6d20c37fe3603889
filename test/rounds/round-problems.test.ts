import ExcelJS from 'exceljs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ImportPreview, ImportResult, ProblemRow, RoundInfo } from '../../src/shared/contract'
import type { AppContext } from '../../src/main/app-context'
import { createHandlers } from '../../src/main/api/handlers'
import { writeRoundFiles } from '../../src/main/round/round-files'
import { openRound } from '../../src/main/round/round-open'
import { acceptSoundReturns } from '../../src/main/round/round-service'
import { select, selectValue } from '../../src/main/store/typed-query'
import { MESSY_ROWS, resultsWorkbook } from '../assessment-workbook'
import { paragraphTexts, readDocx } from '../documents-fixture'
import { chosenLedger, demoApp, dispatcher } from '../exchange-helpers'
import { useTempDir } from '../temp-dir'
import { checkFiles, fillWith, rowKeys } from './round-helpers'

/**
 * Problem replies through a reporting round (issue 16): a round opened over the 测评问题 still 整改中 asks
 * each responsible unit about its own problems; a row marked 已办结 becomes the problem's 申请销号 with the
 * unit's words as its 整改说明, any other filled row a 整改进展, each step naming the file it came from.
 */
const temp = useTempDir()
let dir: string
let ctx: AppContext
let call: <T>(method: string, input: unknown) => Promise<T>

const AS_OF = '2025-10-31'

beforeEach(async () => {
  dir = temp()
  ;({ ctx } = await demoApp(dir))
  call = dispatcher(() => createHandlers(ctx)) as typeof call
  await call('assessment.installSample', { year: 2025 })
  await call<RoundInfo>('assessment.openRound', { year: 2025, quarter: 3, openedOn: '2025-09-01' })
  const file = chosenLedger(ctx, dir, '测评结果.xlsx', await resultsWorkbook(MESSY_ROWS))
  const request = { file, kind: 'assessments', asOf: '2025-09-30', options: { round: '2025年第三季度' } }
  const preview = await call<ImportPreview>('exchange.preview', request)
  await call<ImportResult>('exchange.commit', { ...request, fingerprint: preview.fingerprint })
})

const units = () =>
  select<{ id: number; name: string }>(
    ctx.db,
    'SELECT id, name FROM unit WHERE deleted_at IS NULL ORDER BY id'
  ).all()
const problems = (asOf = AS_OF) => call<ProblemRow[]>('assessment.problems', { roundId: 1, asOf })

/** 交办: the first two problems to one unit, the third to another; the fourth stays 待交办. */
async function assign(): Promise<{
  a: { id: number; name: string }
  b: { id: number; name: string }
  ids: number[]
}> {
  const [a, b] = units()
  const ids = (await problems()).map((p) => p.id)
  await call('assessment.assign', {
    ids: ids.slice(0, 2),
    unitId: a.id,
    assignedOn: '2025-10-09',
    workdays: 10,
    asOf: AS_OF
  })
  await call('assessment.assign', {
    ids: [ids[2]],
    unitId: b.id,
    assignedOn: '2025-10-09',
    workdays: 10,
    asOf: AS_OF
  })
  return { a, b, ids }
}

function openProblemRound() {
  return openRound(ctx, {
    title: '2025年10月测评问题整改填报',
    asOf: AS_OF,
    openedOn: AS_OF,
    due: { mode: 'workdays', workdays: 5 },
    units: { mode: 'open' },
    itemKinds: ['problems'],
    role: 'lead',
    contact: ''
  })
}

describe('a reporting round over the 测评问题 (问题整改填报)', () => {
  it('asks each responsible unit about its own problems still 整改中, with where, what, deadline and last step', async () => {
    const { a, b, ids } = await assign()
    const opened = openProblemRound()
    expect(opened.units.map((u) => [u.unit, u.items])).toEqual([
      [a.name, 2],
      [b.name, 1]
    ])
    const rows = select<{
      kind: string
      problemId: number
      code: string
      title: string
      deadline: string
      start: string
      last: string
    }>(
      ctx.db,
      `SELECT kind, problem_id AS problemId, code, title, deadline, start_date AS start, last_progress AS last
         FROM round_item WHERE round_id = ? ORDER BY unit_id, seq`
    ).all(opened.id)
    expect(rows.map((r) => [r.kind, r.problemId, r.code])).toEqual([
      ['problem', ids[0], `问题${ids[0]}`],
      ['problem', ids[1], `问题${ids[1]}`],
      ['problem', ids[2], `问题${ids[2]}`]
    ])
    expect(rows[0].title).toBe(
      '2025年第三季度 东湖区·湖滨街道 湖滨主巷道：主巷道口有暴露垃圾（位置：主巷道口）'
    )
    // 10 working days from Thursday 2025-10-09, Saturday 10-11 a 调休 working day: the 整改时限 the unit is held to.
    expect(rows[0]).toMatchObject({ start: '2025-10-09', deadline: '2025-10-22' })
    expect(rows[0].last).toBe(`2025-10-09 交办：交办${a.name}，整改时限2025-10-22`)

    // The workbook says what a 测评问题 row asks; the 填报通知 asks for 问题整改情况.
    const written = await writeRoundFiles(ctx, opened.id, dir, AS_OF)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(written.files[0].path)
    const guide = book.getWorksheet('填报说明')!.getColumn(1).values.join('\n')
    expect(guide).toContain('类别为“测评问题”的行')
    expect(guide).toContain('采纳后转为“申请销号”')
    expect(book.getWorksheet('填报表')!.getCell('D4').value).toBe('测评问题')
    const notice = paragraphTexts((await readDocx(written.notice)).document).join('\n')
    expect(notice).toContain('现请各单位报送截至2025年10月31日的问题整改情况')
    expect(notice).toContain('已整改到位的，状态选“已办结”并填写整改完成日期，经本办复核通过后销号')
    // A problem has no 完成百分比: a round over problems alone does not ask for one.
    expect(notice).not.toContain('完成百分比')
  }, 60_000)

  it('takes a 已办结 row as the unit’s 申请销号 and a 推进中 row as 整改进展, traced to the file; 复核 goes on as before', async () => {
    const { a, ids } = await assign()
    const opened = openProblemRound()
    const written = await writeRoundFiles(ctx, opened.id, dir, AS_OF)
    const [first, second] = rowKeys(ctx, opened.id, a.id)
    const filled = fillWith(written.files[0].path, join(dir, '城管局回复.xlsx'), {
      rows: {
        [first]: {
          本期进展: '已清运暴露垃圾并设置分类桶',
          状态: '已办结',
          办结日期: '2025-10-20',
          佐证材料说明: '整改前后照片4张'
        },
        [second]: { 本期进展: '已清理一半', 状态: '推进中', 下步计划: '11月5日前全部清理' }
      }
    })
    const { preview, checked } = await checkFiles(ctx, opened.id, [filled], '2025-10-24')
    expect(preview.files[0].problems).toEqual([])
    expect(preview.files[0]).toMatchObject({ verdict: 'ok', unit: a.name })
    // No 完成百分比 is asked of a problem, so leaving it empty is not reported.
    expect(preview.files[0].changes.map((c) => c.empty)).toEqual([[], []])
    expect(preview.files[0].changes[0].fields.find((f) => f.label === '状态')).toMatchObject({
      old: '推进中',
      new: '已办结'
    })

    const [outcome] = acceptSoundReturns(ctx, opened.id, checked, '2025-10-24')
    expect(outcome.outcome).toBe('accepted')
    const after = new Map((await problems()).map((p) => [p.id, p]))
    const done = after.get(ids[0])!
    expect(done.state).toBe('requested')
    expect(done.rectification).toBe(
      '已清运暴露垃圾并设置分类桶；整改完成日期：2025-10-20；佐证材料：整改前后照片4张'
    )
    expect(done.history.at(-1)).toEqual({
      at: '2025-10-24',
      action: '申请销号',
      note: done.rectification,
      source: '2025年10月测评问题整改填报 · 城管局回复.xlsx'
    })
    const going = after.get(ids[1])!
    expect(going.state).toBe('rectifying')
    expect(going.rectification).toBe('')
    expect(going.history.at(-1)).toMatchObject({
      action: '整改进展',
      note: '已清理一半；下步计划：11月5日前全部清理'
    })
    // The third problem belongs to another unit, the fourth was never handed over: untouched.
    expect(after.get(ids[2])!.history.map((h) => h.action)).toEqual(['发现', '交办'])
    expect(after.get(ids[3])!.state).toBe('pending')
    expect(
      selectValue<number>(
        ctx.db,
        "SELECT count(*) FROM audit_log WHERE entity = 'assessment_problem' AND summary LIKE '%采纳%'"
      ).one()
    ).toBe(2)
    // Nothing was written to the ledger's progress history: a problem is not a task.
    expect(
      selectValue<number>(ctx.db, 'SELECT count(*) FROM progress_report WHERE round_id = ?').one(opened.id)
    ).toBe(0)

    // The office's 复核 of what the return asked for, as on the 问题清单.
    await call('assessment.transition', { action: 'approve', ids: [ids[0]], on: '2025-10-28', asOf: AS_OF })
    expect((await problems()).find((p) => p.id === ids[0])!).toMatchObject({
      state: 'closed',
      closedOn: '2025-10-28'
    })
  }, 60_000)

  it('never moves a problem back: one the office closed meanwhile only gains the progress', async () => {
    const { a, ids } = await assign()
    const opened = openProblemRound()
    const written = await writeRoundFiles(ctx, opened.id, dir, AS_OF)
    await call('assessment.transition', {
      action: 'request',
      ids: [ids[0]],
      on: '2025-10-20',
      rectification: '电话报告已整改',
      asOf: AS_OF
    })
    await call('assessment.transition', { action: 'approve', ids: [ids[0]], on: '2025-10-22', asOf: AS_OF })
    const [first] = rowKeys(ctx, opened.id, a.id)
    const filled = fillWith(written.files[0].path, join(dir, 'reply.xlsx'), {
      rows: { [first]: { 本期进展: '已整改', 状态: '已办结', 办结日期: '2025-10-20' } }
    })
    const { checked } = await checkFiles(ctx, opened.id, [filled], '2025-10-24')
    acceptSoundReturns(ctx, opened.id, checked, '2025-10-24')
    const p = (await problems()).find((x) => x.id === ids[0])!
    expect(p).toMatchObject({ state: 'closed', closedOn: '2025-10-22', rectification: '电话报告已整改' })
    expect(p.history.at(-1)).toMatchObject({ action: '整改进展', note: '已整改；整改完成日期：2025-10-20' })
  }, 60_000)

  it('refuses a round over problems when none is 整改中 (none handed over yet)', () => {
    expect(() => openProblemRound()).toThrow('所选范围内没有需要填报的事项，未发起填报')
  })
})

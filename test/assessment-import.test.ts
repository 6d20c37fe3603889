import ExcelJS from 'exceljs'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type {
  ImportPreview,
  ImportResult,
  ProblemRow,
  RoundInfo,
  RoundScore,
  Scheme
} from '../src/shared/contract'
import type { AppContext } from '../src/main/app-context'
import type { Handlers } from '../src/main/api/handlers'
import { selectValue } from '../src/main/store/typed-query'
import { schemeNodeInputs } from '../src/shared/scheme-nodes'
import { MESSY_ROWS, resultsWorkbook, type ResultRow } from './assessment-workbook'
import { paragraphTexts, readDocx } from './documents-fixture'
import { chosenLedger, demoApp, dispatcher } from './exchange-helpers'
import { useTempDir } from './temp-dir'
import { ooxmlVerdict } from './ooxml-validate'

const tempDir = useTempDir()
const ROUND = '2025年第三季度'

let ctx: AppContext
let handlers: Handlers
let call: <T>(method: string, payload: unknown) => Promise<T>
let dir: string

beforeEach(async () => {
  dir = tempDir()
  ;({ ctx, handlers } = await demoApp(dir))
  call = dispatcher(() => handlers)
  await call<Scheme>('assessment.installSample', { year: 2025 })
  await call<RoundInfo>('assessment.openRound', { year: 2025, quarter: 3, openedOn: '2025-09-01' })
})

const count = (sql: string) => selectValue<number>(ctx.db, sql).one()

async function importRows(rows: readonly ResultRow[], options: Record<string, string> = { round: ROUND }) {
  const file = chosenLedger(
    ctx,
    dir,
    `结果${Math.random().toString(36).slice(2)}.xlsx`,
    await resultsWorkbook(rows)
  )
  const request = { file, kind: 'assessments', asOf: '2025-09-30', options }
  const preview = await call<ImportPreview>('exchange.preview', request)
  return {
    preview,
    commit: () => call<ImportResult>('exchange.commit', { ...request, fingerprint: preview.fingerprint })
  }
}

describe('the evaluators’ workbook (import kind assessments)', () => {
  it('reads title rows, merged 区 cells and loose names (东湖/东湖区, 湖滨街/湖滨街道), then scores the round', async () => {
    const { preview, commit } = await importRows(MESSY_ROWS)
    expect(preview.sheets[0]).toMatchObject({ headerRow: 3, problem: null })
    expect(preview.counts).toEqual({ new: 5, changed: 0, unchanged: 0, error: 0 })
    expect(preview.rows[0].label).toBe('东湖区·湖滨街道·湖滨主巷道 1.1.1 道路巷道无暴露垃圾、无卫生死角')
    expect(preview.rows[3].summary).toBe('点位已测评，未发现问题')
    const result = await commit()
    expect(result).toMatchObject({ created: 4, unchanged: 1 })
    expect(count('SELECT count(*) FROM assessment_problem')).toBe(4)
    expect(
      count("SELECT count(*) FROM audit_log WHERE entity = 'assessment_finding' AND action = 'import'")
    ).toBe(4)

    const score = await call<RoundScore>('assessment.score', { roundId: 1, asOf: '2025-09-30' })
    const district = (name: string) => score.areas.find((a) => a.name === name)
    // 湖滨主巷道 (背街小巷, 实地暗访): the field criteria that apply are 1.1.1 (10), 1.1.2 (5), 1.2.1 (10),
    // 3.1.2 (10), 4.1.1 (8) = 43; two problems on 1.1.1 cost 2 + 2 → 39/43 = 90.6977.
    // 东渡农贸市场 (第三方): 2.1.1, 2.1.2, 2.2.1 = 30, −3 → 90.
    // 东湖区 = (40 × 90.6977 + 25 × 90) / 65 = 90.4293 → 90.43.
    expect(district('东湖区')).toMatchObject({
      total: 90.43,
      components: { field: 90.7, 'third-party': 90 },
      rank: 2,
      openProblems: 3
    })
    // 枫林村口 (nothing found) scores 100 on both components the workbook covers; 石峰出租屋 (出租屋 adds
    // 3.1.1): 53 − 5 = 48/53 = 90.566. field = (100 + 90.566)/2 = 95.283; (40 × 95.283 + 25 × 100)/65 = 97.10.
    expect(district('西岭区')).toMatchObject({
      total: 97.1,
      rank: 1,
      components: { field: 95.28, 'third-party': 100 }
    })
    expect(score.problems).toEqual({ total: 4, open: 4, overdue: 0, closed: 0 })
  })

  it('refuses unknown areas and 测评内容, a deduction above the 分值 and a score outside 0–100, naming sheet, row and column', async () => {
    const file = chosenLedger(
      ctx,
      dir,
      '有误.xlsx',
      await resultsWorkbook(
        [
          ['西湖区', '湖滨街', '某点位', '城中村', '1.1.1', 10, 2, '垃圾', ''],
          ['东湖区', '湖滨街道', '某点位', '城中村', '9.9.9', 10, 2, '垃圾', ''],
          ['东湖区', '湖滨街道', '某点位', '城中村', '1.1.1', 10, 12, '垃圾', ''],
          ['东湖区', '湖滨街道', '某点位', '城中村', '1.1.2', 8, 1, '公厕脏', '']
        ],
        false
      )
    )
    const preview = await call<ImportPreview>('exchange.preview', {
      file,
      kind: 'assessments',
      asOf: '2025-09-30',
      options: { round: ROUND }
    })
    const errors = preview.rows.flatMap((r) => r.errors).map((e) => [e.row, e.column, e.message])
    expect(errors).toEqual([
      [4, 'B', expect.stringContaining('没有名为“西湖区”的区')],
      [5, 'F', expect.stringContaining('没有测评内容“9.9.9”')],
      [6, 'H', '扣分12超过“道路巷道无暴露垃圾、无卫生死角”的分值10分'],
      [7, 'G', '满分8与测评体系中“公厕干净整洁、设施完好”的分值5不一致']
    ])
    await expect(
      call('exchange.commit', {
        file,
        kind: 'assessments',
        asOf: '2025-09-30',
        options: { round: ROUND },
        fingerprint: preview.fingerprint
      })
    ).rejects.toThrow(/未导入任何内容：工作表“测评结果”第4行 B列/)
    expect(count('SELECT count(*) FROM assessment_finding')).toBe(0)
  })

  it('refuses a score outside 0–100 at its cell', async () => {
    const wb = await resultsWorkbook(
      [['东湖区', '湖滨街道', '某点位', '城中村', '1.1.1', 10, null, '', '']],
      false
    )
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(wb as unknown as ExcelJS.Buffer)
    const sheet = book.worksheets[0]
    sheet.getCell(3, 8).value = '得分'
    sheet.getCell(4, 8).value = 120
    const file = chosenLedger(ctx, dir, '得分.xlsx', Buffer.from(await book.xlsx.writeBuffer()))
    const preview = await call<ImportPreview>('exchange.preview', {
      file,
      kind: 'assessments',
      asOf: '2025-09-30',
      options: { round: ROUND }
    })
    expect(preview.rows[0].errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [4, 'H', '得分120超出0—100的范围'],
      [4, 'H', '得分120超过“道路巷道无暴露垃圾、无卫生死角”的分值10分']
    ])
  })

  it('asks for the round, and shows a second import’s differences, refusing it without 覆盖', async () => {
    await expect(importRows(MESSY_ROWS, {})).rejects.toThrow('请选择这份测评结果所属的测评轮次')
    await (await importRows(MESSY_ROWS)).commit()
    const changed = MESSY_ROWS.map((r): ResultRow =>
      r[2] === '东渡农贸市场' ? ([...r.slice(0, 6), 4, ...r.slice(7)] as ResultRow) : r
    )
    const again = await importRows(changed.slice(0, 4))
    expect(again.preview.counts).toEqual({ new: 0, changed: 1, unchanged: 3, error: 0 })
    expect(again.preview.rows.find((r) => r.status === 'changed')?.changes).toEqual([
      { field: 'deduction', label: '扣分', before: '3', after: '4' }
    ])
    expect(again.preview.rows[0].warnings[0].message).toContain(
      '再次导入需勾选“覆盖”；上次有而本表没有的1条将被删除'
    )
    await expect(again.commit()).rejects.toThrow(/已导入过测评结果（4条）.*勾选“覆盖”/)
    const overwrite = await importRows(changed.slice(0, 4), { round: ROUND, overwrite: '1' })
    expect(await overwrite.commit()).toMatchObject({ created: 0, updated: 1 })
    expect(count('SELECT count(*) FROM assessment_finding')).toBe(3)
    expect(
      count("SELECT count(*) FROM audit_log WHERE entity = 'assessment_finding' AND action = 'delete'")
    ).toBe(1)
  })
})

describe('problems through to 销号', () => {
  it('hands problems to a unit with N working days, then 申请销号, 退回, 申请销号 again and 销号, all audited', async () => {
    await (await importRows(MESSY_ROWS)).commit()
    const all = await call<ProblemRow[]>('assessment.problems', { asOf: '2025-09-30' })
    expect(all.map((p) => p.state)).toEqual(['pending', 'pending', 'pending', 'pending'])
    const unitId = count("SELECT id FROM unit WHERE name LIKE '%湖滨街道%' LIMIT 1")
    const ids = all.filter((p) => p.town === '湖滨街道').map((p) => p.id)
    // 交办 Fri 2025-09-26 with 5 working days: 9/28 (Sun, 调休) is day 1, 9/29, 9/30, then 10/1–10/8 off,
    // 10/9 day 4, 10/10 day 5.
    const assigned = await call<ProblemRow[]>('assessment.assign', {
      ids,
      unitId,
      assignedOn: '2025-09-26',
      workdays: 5,
      asOf: '2025-10-13'
    })
    expect(assigned.map((p) => [p.state, p.deadline, p.light?.light, p.overdue])).toEqual([
      ['rectifying', '2025-10-10', 'red', true],
      ['rectifying', '2025-10-10', 'red', true]
    ])
    const request = (on: string) =>
      call<ProblemRow[]>('assessment.transition', {
        action: 'request',
        ids: [ids[0]],
        on,
        rectification: '已清理暴露垃圾，安排专人每日巡查',
        asOf: on
      })
    await request('2025-10-09')
    await expect(
      call('assessment.transition', {
        action: 'request',
        ids: [ids[0]],
        on: '2025-10-09',
        rectification: 'x',
        asOf: '2025-10-09'
      })
    ).rejects.toThrow('申请销号只适用于“整改中”的问题')
    await call('assessment.transition', {
      action: 'return',
      ids: [ids[0]],
      on: '2025-10-10',
      reason: '现场复核仍有垃圾',
      asOf: '2025-10-10'
    })
    await request('2025-10-14')
    const [closed] = await call<ProblemRow[]>('assessment.transition', {
      action: 'approve',
      ids: [ids[0]],
      on: '2025-10-15',
      asOf: '2025-10-15'
    })
    expect(closed).toMatchObject({
      state: 'closed',
      stateLabel: '已销号',
      closedOn: '2025-10-15',
      overdue: false
    })
    expect(closed.light).toMatchObject({ outcome: 'late', label: '逾期办结' })
    // The workbook has no dates: 发现 is the round's start, before the 交办, whatever the machine's clock.
    expect(closed.history[0]).toEqual({ at: '2025-09-01', action: '发现', note: '', source: null })
    expect(closed.history.map((h) => h.action)).toEqual([
      '发现',
      '交办',
      '申请销号',
      '复核退回',
      '申请销号',
      '复核通过，销号'
    ])
    expect(count("SELECT count(*) FROM audit_log WHERE entity = 'assessment_problem'")).toBe(6)
    const score = await call<RoundScore>('assessment.score', { roundId: 1, asOf: '2025-10-15' })
    expect(score.problems).toEqual({ total: 4, open: 3, overdue: 1, closed: 1 })
  })
})

describe('问题整改交办单', () => {
  it('writes one per unit the problems were handed to, listing its problems with 位置 and 时限, and passes the OOXML validator', async () => {
    await (await importRows(MESSY_ROWS)).commit()
    const all = await call<ProblemRow[]>('assessment.problems', { asOf: '2025-09-30' })
    const units = selectValue<number>(
      ctx.db,
      'SELECT id FROM unit WHERE deleted_at IS NULL ORDER BY id LIMIT 2'
    ).all()
    await call('assessment.assign', {
      ids: [all[0].id, all[1].id],
      unitId: units[0],
      assignedOn: '2025-09-30',
      deadline: '2025-10-31',
      asOf: '2025-09-30'
    })
    await call('assessment.assign', {
      ids: [all[3].id],
      unitId: units[1],
      assignedOn: '2025-09-30',
      deadline: '2025-10-20',
      asOf: '2025-09-30'
    })
    mkdirSync(join(dir, '交办单'))
    const files = await call<{ ref: string; name: string }[]>('assessment.handovers', {
      roundId: 1,
      asOf: '2025-09-30',
      issuedOn: '2025-09-30',
      folder: ctx.files.register(join(dir, '交办单'), 'notice-folder', 'folder').ref
    })
    expect(files).toHaveLength(2)
    const first = join(dir, '交办单', files[0].name)
    expect(ooxmlVerdict(first)).toBe('ok')
    const texts = paragraphTexts((await readDocx(first)).document).join('')
    expect(texts).toContain('发现你单位负责整改的问题2个')
    expect(texts).toContain('主巷道口有暴露垃圾（位置：主巷道口）')
    expect(texts).toContain('2025年10月31日')
    expect(texts).not.toContain('灭火器过期')
  })
})

describe('the scheme', () => {
  it('logs a tree edit with the whole tree before and after, so a deleted 测评内容 can be told and restored', async () => {
    const scheme = await call<Scheme>('assessment.scheme', { year: 2025 })
    const [first, ...rest] = scheme.nodes
    const dropped = first.children[0].children[0]
    const pruned = {
      ...first,
      children: [
        { ...first.children[0], children: first.children[0].children.slice(1) },
        ...first.children.slice(1)
      ]
    }
    await call<Scheme>('assessment.saveScheme', {
      id: scheme.id,
      name: scheme.name,
      components: scheme.components,
      boards: scheme.boards,
      repeatMultiplier: scheme.repeatMultiplier,
      nodes: schemeNodeInputs([pruned, ...rest])
    })
    const row = selectValue<string>(
      ctx.db,
      "SELECT before FROM audit_log WHERE entity = 'assessment_scheme' AND action = 'update' ORDER BY id DESC LIMIT 1"
    ).one()
    const logged = JSON.stringify(JSON.parse(row))
    expect(logged).toContain(dropped.name)
    expect(logged).toContain(dropped.standard)
    const after = selectValue<string>(
      ctx.db,
      "SELECT after FROM audit_log WHERE entity = 'assessment_scheme' AND action = 'update' ORDER BY id DESC LIMIT 1"
    ).one()
    expect(after).not.toContain(dropped.name)
  })

  it('refuses to edit a version a round was scored with, and copies it to a new version', async () => {
    const scheme = await call<Scheme>('assessment.scheme', { year: 2025 })
    expect(scheme).toMatchObject({ isSample: true, version: 1 })
    expect(scheme.name).toContain('示例')
    const body = {
      id: scheme.id,
      name: scheme.name,
      components: scheme.components,
      boards: scheme.boards,
      repeatMultiplier: 2,
      nodes: []
    }
    await (await importRows(MESSY_ROWS)).commit()
    await expect(call('assessment.saveScheme', body)).rejects.toThrow(
      /已用于2025年第三季度的计分，不能再修改.*复制为新版本/
    )
    const copy = await call<Scheme>('assessment.copyScheme', { id: scheme.id })
    expect(copy).toMatchObject({ year: 2025, version: 2, scoredRounds: [] })
    const saved = await call<Scheme>('assessment.saveScheme', {
      ...body,
      id: copy.id,
      name: '2025年测评体系（修订）'
    })
    expect(saved.name).toBe('2025年测评体系（修订）')
    // The scored round keeps its version and its figures.
    const score = await call<RoundScore>('assessment.score', { roundId: 1, asOf: '2025-09-30' })
    expect(score.areas.find((a) => a.name === '东湖区')?.total).toBe(90.43)
  })
})

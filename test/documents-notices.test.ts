import ExcelJS from 'exceljs'
import { existsSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../src/main/app-context'
import { lightOf } from '../src/main/calendar/light'
import { issueNotices, previewNotices, writeRegisterInto } from '../src/main/notice/notice-service'
import { listRegister, markReplied } from '../src/main/notice/notice-register'
import { loadVillageItems } from '../src/main/ledger/village-item-queries'
import { selectValue } from '../src/main/store/typed-query'
import type { NoticeRegisterRow } from '../src/shared/contract'
import { paragraphTexts, readDocx, runsOf, sampleCityContext } from './documents-fixture'
import { useSuiteTempDir, useTempDir } from './temp-dir'

const suiteDir = useSuiteTempDir()
const tempDir = useTempDir()
const NUMBER = /^示例文明办督〔2025〕[1-9]\d*号$/

/**
 * 督办通知 on the sample city, issued on Friday 2025-09-26 for everything overdue, with 5 working days to
 * reply: 9/28 (Sunday, a 调休 working day), 9/29, 9/30, then the National Day holiday 10/1–10/8, then 10/9
 * and 10/10 — due 2025-10-10. Then 催办通知 on 2025-10-20 for those still without a reply.
 */
describe('督办通知, 催办通知 and the 发文登记 register', () => {
  let ctx: AppContext
  let dir: string
  let issued: NoticeRegisterRow[]
  let paths: string[]

  beforeAll(async () => {
    ctx = sampleCityContext()
    dir = suiteDir()
    const result = await issueNotices(
      ctx,
      {
        asOf: '2025-09-26',
        issuedOn: '2025-09-26',
        request: { kind: 'supervision', selection: { mode: 'overdue' } }
      },
      dir
    )
    issued = result.notices
    paths = result.paths
  })

  it('issues one notice per responsible unit, numbered 代字〔2025〕N号 from 1, for every overdue item', () => {
    const calendar = ctx.calendar()
    const red = loadVillageItems(ctx.db).filter((i) => lightOf(i, '2025-09-26', calendar, 3).light === 'red')
    const units = new Set(red.map((i) => i.unit))
    expect(issued.length).toBeGreaterThanOrEqual(units.size)
    expect(issued.map((n) => n.number)).toEqual(issued.map((_, i) => `示例文明办督〔2025〕${i + 1}号`))
    for (const n of issued) expect(n.number).toMatch(NUMBER)
    const listed = selectValue<number>(
      ctx.db,
      "SELECT count(*) FROM notice_item WHERE kind = 'village-item'"
    ).one()
    expect(listed).toBe(red.length)
    expect(paths.map((p) => basename(p))).toEqual(issued.map((n) => `${n.number}-${n.unit}.docx`))
    for (const p of paths) expect(existsSync(p)).toBe(true)
  })

  it('counts the reply deadline on the working-day calendar: 2025-09-26 + 5 working days = 2025-10-10', () => {
    for (const n of issued) expect(n.replyDue).toBe('2025-10-10')
    const plan = previewNotices(ctx, '2025-09-26', '2025-09-26', {
      kind: 'supervision',
      selection: { mode: 'overdue' }
    })
    expect(plan.replyDue).toBe('2025-10-10')
    expect(plan.replyWorkdays).toBe(5)
  })

  it('writes each notice in the 文件格式: 标志, 文号, 主送, reply rule, 附件 table, 署名 and 成文日期, 版记', async () => {
    const n = issued[0]
    const doc = await readDocx(paths[0])
    const text = paragraphTexts(doc.document)
    expect(doc.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(doc.document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/)
    expect(doc.settings).toContain('<w:evenAndOddHeaders/>')
    expect(text).toContain('示例市精神文明建设指导委员会办公室')
    expect(text).toContain(n.number)
    expect(text).toContain(`${n.unit}：`)
    const all = text.join('\n')
    expect(all).toContain('请于2025年10月10日（含）前将办理情况书面反馈至示例市文明办')
    expect(all).toContain('加盖公章')
    expect(all).toContain('联系人：王晓明，联系电话：0000-12345678。')
    expect(all).toContain('附件：督办事项清单')
    expect(all).toContain('2025年9月26日印发')
    expect(all).not.toMatch(/\d{4}年0\d月|月0\d日/)
    // 附件 table: a head row and one row per item, each supervised once so far.
    const items = selectValue<number>(ctx.db, 'SELECT count(*) FROM notice_item WHERE notice_id = ?').one(
      n.id
    )
    const table = doc.document.slice(doc.document.lastIndexOf('<w:tbl>'))
    expect(table.split('<w:tr>').length - 1).toBe(items + 1)
    expect(paragraphTexts(table).slice(0, 6)).toEqual([
      '序号',
      '事项',
      '村/任务',
      '原定时限',
      '逾期工作日',
      '督办次数'
    ])
    const runs = runsOf(doc.document)
    expect(runs.find((r) => r.text === n.number)).toMatchObject({
      eastAsia: '仿宋_GB2312',
      ascii: 'Times New Roman'
    })
    expect(runs.find((r) => r.text === '示例市精神文明建设指导委员会办公室')).toMatchObject({
      eastAsia: '方正小标宋简体'
    })
    expect(runs.find((r) => r.text === '一、高度重视，限期整改。')).toMatchObject({ eastAsia: '黑体' })
    expect(runs.find((r) => r.text === '附件')).toMatchObject({ eastAsia: '黑体' })
    expect(doc.footers).toHaveLength(2)
  })

  it('continues the series and counts 督办次数 when the same items are supervised again', async () => {
    const again = await issueNotices(
      ctx,
      {
        asOf: '2025-09-30',
        issuedOn: '2025-09-30',
        request: { kind: 'supervision', selection: { mode: 'overdue' } }
      },
      tempDir()
    )
    expect(again.notices[0].number).toBe(`示例文明办督〔2025〕${issued.length + 1}号`)
    const counts = selectValue<number>(
      ctx.db,
      'SELECT max(supervision_count) FROM notice_item WHERE notice_id = ?'
    ).one(again.notices[0].id)
    expect(counts).toBe(2)
    const doc = await readDocx(again.paths[0])
    const table = doc.document.slice(doc.document.lastIndexOf('<w:tbl>'))
    expect(paragraphTexts(table)).toContain('2')
    // Undo for the tests that follow: they count the first batch only.
    ctx.db.prepare('DELETE FROM notice WHERE id IN (' + again.notices.map((n) => n.id).join(',') + ')').run()
  })

  it('registers each notice with an audit row; a reply is marked once, with its date', () => {
    const audit = ctx.db
      .prepare("SELECT count(*) FROM audit_log WHERE entity = 'notice' AND action = 'issue'")
      .pluck()
      .get()
    expect(audit).toBeGreaterThanOrEqual(issued.length)
    const n = issued[1]
    const waiting = listRegister(ctx, '2025-10-09').find((r) => r.id === n.id)!
    expect(waiting).toMatchObject({ replyState: 'waiting', replyLabel: '剩1个工作日' })
    // Saturday 10-11 is a 调休 working day: by Monday 10-13 the reply is two working days late.
    const overdue = listRegister(ctx, '2025-10-13').find((r) => r.id === n.id)!
    expect(overdue).toMatchObject({ replyState: 'overdue', replyLabel: '逾期2个工作日' })
    expect(() => markReplied(ctx, n.id, '2025-09-25', '2025-10-13')).toThrow(/不能早于/)
    const replied = markReplied(ctx, n.id, '2025-10-09', '2025-10-13')
    expect(replied).toMatchObject({
      repliedOn: '2025-10-09',
      replyState: 'replied',
      replyLabel: '已反馈（10月9日）'
    })
    expect(
      ctx.db
        .prepare("SELECT summary FROM audit_log WHERE entity = 'notice' AND action = 'update'")
        .pluck()
        .all()
    ).toEqual([`登记${n.number}（${n.unit}）已于2025-10-09书面反馈`])
  })

  it('chases the notices whose reply is overdue with 催办通知 that cite the earlier number', async () => {
    const replied = issued[1]
    const plan = previewNotices(ctx, '2025-10-20', '2025-10-20', { kind: 'reminder' })
    expect(plan.groups.map((g) => g.cites)).toEqual(
      issued.filter((n) => n.id !== replied.id).map((n) => n.number)
    )
    const out = tempDir()
    const result = await issueNotices(
      ctx,
      { asOf: '2025-10-20', issuedOn: '2025-10-20', request: { kind: 'reminder' } },
      out
    )
    expect(result.notices.map((n) => n.number)).toEqual(
      result.notices.map((_, i) => `示例文明办催〔2025〕${i + 1}号`)
    )
    const first = result.notices[0]
    expect(first).toMatchObject({ series: 'reminder', cites: issued[0].number, unit: issued[0].unit })
    // 2025-10-20 (Monday) + 5 working days.
    expect(first.replyDue).toBe('2025-10-27')
    const doc = await readDocx(result.paths[0])
    const all = paragraphTexts(doc.document).join('\n')
    expect(all).toContain(
      `2025年9月26日，我办印发《关于加快办理城中村现代化治理逾期事项的督办通知》（${issued[0].number}），请你单位于2025年10月10日（含）前书面反馈办理情况。`
    )
    expect(all).toContain('关于督办事项逾期未反馈的催办通知')
    expect(all).toContain('附件：催办事项清单')
    const register = listRegister(ctx, '2025-10-20')
    expect(register.find((r) => r.id === issued[0].id)!.remindedBy).toBe(first.number)
    // Chased once: a second run finds nothing more to chase.
    expect(previewNotices(ctx, '2025-10-21', '2025-10-21', { kind: 'reminder' }).groups).toEqual([])
    const counts = ctx.db
      .prepare('SELECT DISTINCT supervision_count FROM notice_item WHERE notice_id = ?')
      .pluck()
      .all(first.id)
    expect(counts).toEqual([2])
  })

  it('exports the register as .xlsx with every notice and its reply state', async () => {
    const path = await writeRegisterInto(ctx, '2025-10-20', 2025, tempDir())
    expect(basename(path)).toBe('发文登记表（2025年）.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(path)
    const sheet = book.getWorksheet('发文登记')!
    const register = listRegister(ctx, '2025-10-20', 2025)
    expect(sheet.rowCount).toBe(register.length + 2)
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '序号',
      '类别',
      '发文字号',
      '印发日期',
      '主送单位',
      '标题',
      '事项数',
      '反馈期限',
      '反馈日期',
      '反馈情况',
      '引用文号',
      '催办文号'
    ])
    expect(sheet.getCell(3, 3).value).toBe('示例文明办督〔2025〕1号')
    expect(sheet.getCell(3, 4).value).toBe('2025年9月26日')
  })

  it('writes nothing and registers nothing when the folder cannot take the files', async () => {
    const before = ctx.db.prepare('SELECT count(*) FROM notice').pluck().get()
    await expect(
      issueNotices(
        ctx,
        {
          asOf: '2025-09-30',
          issuedOn: '2025-09-30',
          request: { kind: 'supervision', selection: { mode: 'overdue' } }
        },
        join(tempDir(), 'missing', 'folder')
      )
    ).rejects.toThrow(/保存位置不存在/)
    expect(ctx.db.prepare('SELECT count(*) FROM notice').pluck().get()).toBe(before)
  })

  it('never hands out a number twice when two batches run at once', async () => {
    const a = tempDir()
    const b = tempDir()
    const request = { kind: 'supervision' as const, selection: { mode: 'overdue' as const } }
    const [x, y] = await Promise.all([
      issueNotices(ctx, { asOf: '2025-09-30', issuedOn: '2025-09-30', request }, a),
      issueNotices(ctx, { asOf: '2025-09-30', issuedOn: '2025-09-30', request }, b)
    ])
    const numbers = [...x.notices, ...y.notices].map((n) => n.number)
    expect(new Set(numbers).size).toBe(numbers.length)
    expect(readdirSync(a).length + readdirSync(b).length).toBe(numbers.length)
  })

  it('restarts the numbering in a new year', async () => {
    const result = await issueNotices(
      ctx,
      {
        asOf: '2026-01-05',
        issuedOn: '2026-01-05',
        request: { kind: 'supervision', selection: { mode: 'overdue' } }
      },
      tempDir()
    )
    expect(result.notices[0].number).toBe('示例文明办督〔2026〕1号')
  })

  it('addresses picked items, yellow ones included, and explains what it leaves out', () => {
    const calendar = ctx.calendar()
    const items = loadVillageItems(ctx.db)
    const yellow = items.find((i) => lightOf(i, '2025-09-30', calendar, 3).light === 'yellow')!
    const done = items.find((i) => i.status === 'done')!
    const plan = previewNotices(ctx, '2025-09-30', '2025-09-30', {
      kind: 'supervision',
      selection: { mode: 'items', villageItemIds: [yellow.id, done.id], taskIds: [] }
    })
    expect(plan.groups).toHaveLength(1)
    expect(plan.groups[0]).toMatchObject({ unit: yellow.unit, items: 1, red: 0, yellow: 1 })
    expect(plan.skipped).toEqual([
      { title: '所选事项中1项', reason: '截至统计截止日期已办结或尚未临期，无需督办' }
    ])
  })
})

import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/main/app-context'
import { draftBriefing } from '../../src/main/briefing/briefing-draft'
import { overallParagraphs } from '../../src/main/briefing/briefing-text'
import { remindMissing, returnToUnit } from '../../src/main/round/round-return'
import { writeRoundFiles } from '../../src/main/round/round-files'
import { openRound } from '../../src/main/round/round-open'
import { roundItemsOf } from '../../src/main/round/round-queries'
import { select, selectValue } from '../../src/main/store/typed-query'
import { UserError } from '../../src/shared/errors'
import { paragraphTexts, readDocx, sampleCityContext } from '../documents-fixture'
import { convertToPdf, pdfInfo, readPdfText } from '../documents-render'
import { useSuiteTempDir } from '../temp-dir'
import { openAndWrite } from './round-helpers'
import { ooxmlVerdict } from '../ooxml-validate'

const suiteDir = useSuiteTempDir()

/** 填报通知, 退回说明 and 催报通知: the same GB/T 9704 page as the 督办通知, read back from the XML and the PDF. */
describe('the documents of a reporting round', () => {
  let ctx: AppContext
  let dir: string
  let notice: string
  let returned: string
  let reminders: { number: string; unit: string; path: string }[]
  let roundId: number

  beforeAll(async () => {
    ctx = sampleCityContext()
    dir = suiteDir()
    const { opened, written } = await openAndWrite(ctx, dir)
    roundId = opened.id
    notice = written.notice
    const unit = opened.units[0]
    const item = roundItemsOf(ctx.db, opened.id, unit.unitId)[0]
    returned = (
      await returnToUnit(
        ctx,
        opened.id,
        {
          unitId: unit.unitId,
          reason: '本期进展过于简单',
          itemReasons: [{ roundItemId: item.id, reason: '请写明完成了哪几个村' }],
          file: null,
          asOf: '2025-10-10'
        },
        dir
      )
    ).path
    reminders = (await remindMissing(ctx, opened.id, '2025-10-20', '2025-10-20', dir)).reminders
  }, 120_000)

  it('writes the 填报通知 on A4 with the GB/T 9704 margins, saying what, for when, by when, and listing every unit', async () => {
    const doc = await readDocx(notice)
    const text = paragraphTexts(doc.document)
    expect(doc.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(doc.document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/)
    expect(text).toContain('关于报送2025年10月进展填报的通知')
    expect(text.join('')).toContain('截至2025年9月30日')
    expect(text.join('')).toContain('2025年10月14日（含）前')
    const units = selectValue<number>(ctx.db, 'SELECT count(*) FROM round_unit WHERE round_id = ?').one(
      roundId
    )
    expect(doc.document.match(/<w:tr[ >]/g)!.length).toBe(units + 1)
    expect(ooxmlVerdict(notice)).toBe('ok')
  })

  it('gives the 简报 of the round’s 统计截止日期 a 报送情况 sentence with the board’s counts', () => {
    const units = selectValue<number>(ctx.db, 'SELECT count(*) FROM round_unit WHERE round_id = ?').one(
      roundId
    )
    const text = overallParagraphs(draftBriefing(ctx, { asOf: '2025-09-30', issuedOn: '2025-10-20' })).join(
      '\n'
    )
    expect(text).toContain(
      `报送情况：2025年10月进展填报共请${units}个单位报送，截至2025年10月20日已报送1个（按时1个），已采纳0个，退回修改1个，未报送${units - 1}个`
    )
    expect(text).toContain(`按时报送率${Math.round((1000 * 1) / units) / 10}%`)
    expect(overallParagraphs(draftBriefing(ctx, { asOf: '2025-08-31' })).join('')).not.toContain('报送情况')
  })

  it('writes the 退回说明 with the reason and the item to fix', async () => {
    const text = paragraphTexts((await readDocx(returned)).document).join('\n')
    expect(text).toContain('本期进展过于简单')
    expect(text).toContain('请写明完成了哪几个村')
    expect(ooxmlVerdict(returned)).toBe('ok')
  })

  it('numbers each 催报通知 on in the reminder series of the 发文登记 and renders it on A4 in LibreOffice', async () => {
    const missing =
      selectValue<number>(ctx.db, 'SELECT count(*) FROM round_unit WHERE round_id = ?').one(roundId) - 1
    expect(reminders.map((r) => r.number)).toEqual(reminders.map((_, i) => `示例文明办催〔2025〕${i + 1}号`))
    expect(reminders.length).toBe(missing)
    expect(readdirSync(dir).filter((n) => n.endsWith('催报通知.docx')).length).toBe(missing)
    const text = paragraphTexts((await readDocx(reminders[0].path)).document).join('\n')
    expect(text).toContain(reminders[0].number)
    expect(text).toContain(`${reminders[0].unit}：`)
    expect(ooxmlVerdict(reminders[0].path)).toBe('ok')
    const pdf = convertToPdf(reminders[0].path, join(dir, 'pdf'))
    const info = pdfInfo(pdf)
    expect([Math.round(info.widthMm), Math.round(info.heightMm)]).toEqual([210, 297])
    expect(readPdfText(pdf).replace(/\s+/g, '')).toContain('关于报送2025年10月进展填报的催报通知')
  }, 120_000)
})

/** The 填报通知's 发文字号: the office's own series (机关代字〔年〕N号), held per round. */
describe('the number of a 填报通知', () => {
  const OPEN = {
    asOf: '2025-09-30',
    openedOn: '2025-09-30',
    due: { mode: 'workdays' as const, workdays: 5 },
    units: { mode: 'open' as const },
    itemKinds: ['tasks' as const],
    role: 'lead' as const,
    contact: ''
  }
  let ctx: AppContext
  let first: Awaited<ReturnType<typeof openAndWrite>>

  beforeAll(async () => {
    ctx = sampleCityContext()
    first = await openAndWrite(ctx, suiteDir())
  }, 120_000)

  it('numbers the 填报通知 in the office’s own series, keeps the number when written again and gives the next round the next one', async () => {
    // The 发文字号 under the 发文机关标志, 机关代字 (the 发文机关简称) 〔year〕N号.
    expect(paragraphTexts((await readDocx(first.written.notice)).document)).toContain(
      '示例市文明办〔2025〕1号'
    )
    const rewritten = await writeRoundFiles(ctx, first.opened.id, suiteDir(), '2025-10-08')
    expect(paragraphTexts((await readDocx(rewritten.notice)).document)).toContain('示例市文明办〔2025〕1号')
    const next = await openAndWrite(ctx, suiteDir(), '2025年11月进展填报')
    expect(paragraphTexts((await readDocx(next.written.notice)).document)).toContain(
      '示例市文明办〔2025〕2号'
    )
    expect(
      select<{ number: string; issuedOn: string }>(
        ctx.db,
        'SELECT number, issued_on AS issuedOn FROM round_notice ORDER BY round_id'
      ).all()
    ).toEqual([
      { number: '示例市文明办〔2025〕1号', issuedOn: '2025-10-08' },
      { number: '示例市文明办〔2025〕2号', issuedOn: '2025-09-30' }
    ])
  })

  it('refuses the files, keeping none, when another window numbered another notice with that number meanwhile', async () => {
    const other = openRound(ctx, { ...OPEN, title: '2025年12月进展填报' })
    const anotherWindows = openRound(ctx, { ...OPEN, title: '另一窗口的填报' })
    const out = suiteDir()
    // writeRoundFiles plans its number (the 3rd) before its first await; while it writes the workbooks,
    // another window's notice takes that number.
    const pending = writeRoundFiles(ctx, other.id, out, '2025-09-30').catch((e: unknown) => e)
    ctx.db
      .prepare(
        "INSERT INTO round_notice (round_id, year, seq, number, issued_on, created_at) VALUES (?, 2025, 3, '示例市文明办〔2025〕3号', '2025-09-30', 'x')"
      )
      .run(anotherWindows.id)
    const error = await pending
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).code).toBe('conflict')
    expect((error as UserError).message).toContain('示例市文明办〔2025〕3号')
    expect(readdirSync(out)).toEqual([])
  })
})

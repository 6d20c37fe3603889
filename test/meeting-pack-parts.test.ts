import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../src/main/app-context'
import { createHandlers } from '../src/main/api/handlers'
import { scoreRound } from '../src/main/assessment/score-service'
import { draftBriefing } from '../src/main/briefing/briefing-draft'
import { packDefaults } from '../src/main/pack/pack-defaults'
import { PackJob } from '../src/main/pack/pack-job'
import { writePack } from '../src/main/pack/pack-writer'
import { returnToUnit } from '../src/main/round/round-return'
import { roundItemsOf } from '../src/main/round/round-queries'
import { nextSeq } from '../src/main/notice/notice-register'
import { select, selectValue } from '../src/main/store/typed-query'
import { UserError } from '../src/shared/errors'
import { paragraphTexts, readDocx, sampleCityContext } from './documents-fixture'
import { assertRenderTools, convertToPdf, pdfInfo, readPdfText } from './documents-render'
import { dispatcher } from './exchange-helpers'
import {
  anotherWindowTakesSupervisionNumber,
  listing,
  packOptions,
  registerCounts
} from './meeting-pack-helpers'
import { openAndWrite } from './rounds/round-helpers'
import { useSuiteTempDir } from './temp-dir'
import { ooxmlVerdict } from './ooxml-validate'

const suiteDir = useSuiteTempDir()
const AS_OF = '2025-09-30'
/** After the round's due date (2025-10-14), so its 按时报送率 is printed. */
const ISSUED_ON = '2025-10-20'
const FOLDER = `${AS_OF} 领导小组会议`

/**
 * The sample city with a reporting round as of 2025-09-30 (one unit sent back, the rest yet to report) and
 * the 2025年第三季度 测评 with two points entered by hand: the scheme installed, the round opened.
 */
async function cityWithRoundAndAssessment(dir: string): Promise<{ ctx: AppContext; roundId: number }> {
  const ctx = sampleCityContext()
  const { opened } = await openAndWrite(ctx, dir)
  const unit = opened.units[0]
  await returnToUnit(
    ctx,
    opened.id,
    {
      unitId: unit.unitId,
      reason: '本期进展过于简单',
      itemReasons: [
        { roundItemId: roundItemsOf(ctx.db, opened.id, unit.unitId)[0].id, reason: '请写明完成了哪几个村' }
      ],
      file: null,
      asOf: '2025-10-10'
    },
    dir
  )
  const call = dispatcher(() => createHandlers(ctx))
  const first = (sql: string) => selectValue<number>(ctx.db, sql).one()
  await call('assessment.installSample', { year: 2025 })
  const round = await call<{ id: number }>('assessment.openRound', {
    year: 2025,
    quarter: 3,
    openedOn: '2025-09-01'
  })
  for (const [offset, code, name] of [
    [0, '1.1.1', '主巷道'],
    [1, '1.1.2', '农贸市场']
  ] as const)
    await call('assessment.enterPoint', {
      roundId: round.id,
      areaId: first(`SELECT id FROM area WHERE level = 'town' ORDER BY id LIMIT 1 OFFSET ${offset}`),
      pointName: name,
      pointType: '背街小巷',
      foundOn: '2025-09-10',
      results: [
        {
          criterionId: first(`SELECT id FROM assessment_node WHERE code = '${code}'`),
          description: '暴露垃圾'
        }
      ]
    })
  return { ctx, roundId: opened.id }
}

/** Issue 17, parts 04 and 05: the latest reporting round's 报送情况 and the latest 测评通报 in the pack. */
describe('a meeting pack with a reporting round and a 测评', () => {
  let ctx: AppContext
  let roundId: number
  let out: string
  let before: Record<string, number>
  const folder = () => join(out, FOLDER)

  beforeAll(async () => {
    ;({ ctx, roundId } = await cityWithRoundAndAssessment(suiteDir()))
    before = registerCounts(ctx)
    out = suiteDir()
    await writePack(ctx, packOptions(AS_OF, { issuedOn: ISSUED_ON }), out, new PackJob())
  }, 180_000)

  it('offers both parts on the page, with the round and the 测评 they will print', () => {
    const parts = packDefaults(ctx, AS_OF, false).parts
    expect(parts.map((p) => `${p.number} ${p.title}`)).toEqual([
      '01 工作简报',
      '02 督办通知',
      '03 逾期及临期事项清单',
      '04 报送情况',
      '05 测评通报'
    ])
    const [reporting, bulletin] = parts.slice(3)
    expect(reporting).toMatchObject({ applies: true })
    expect(reporting.note).toContain('2025年10月进展填报')
    expect(bulletin).toMatchObject({ applies: true })
    expect(bulletin.note).toBe('2025年第三季度，整改时限2025年10月30日')
  })

  it('writes 04 报送情况 and 05 测评通报 after the 清单, and the 目录 lists five parts', async () => {
    expect(listing(folder())).toEqual([
      '00 材料目录.docx',
      '01 工作简报（第1期）.docx',
      '02 督办通知',
      '03 逾期及临期事项清单.xlsx',
      '04 报送情况.docx',
      '05 测评通报.docx'
    ])
    const contents = paragraphTexts((await readDocx(join(folder(), '00 材料目录.docx'))).document).join('\n')
    expect(contents).toContain('除本目录外共5项材料')
    expect(contents).toContain('报送情况.docx')
    expect(contents).toContain('测评通报.docx')
  })

  it('its 报送情况 says what the 简报 says of the round, and lists every unit, those yet to report first', async () => {
    const briefing = paragraphTexts((await readDocx(join(folder(), '01 工作简报（第1期）.docx'))).document)
    const sentence = briefing.find((p) => p.startsWith('报送情况：'))
    expect(sentence).toBeDefined()
    const doc = await readDocx(join(folder(), '04 报送情况.docx'))
    const text = paragraphTexts(doc.document)
    expect(text).toContain(sentence!.replace(/^报送情况：/, ''))
    const units = selectValue<number>(ctx.db, 'SELECT count(*) FROM round_unit WHERE round_id = ?').one(
      roundId
    )
    // The unit sent back on 10-10 reported on time; none of the others has reported.
    expect(sentence).toContain(`已报送1个（按时1个），已采纳0个，退回修改1个，未报送${units - 1}个`)
    expect(sentence).toContain(`按时报送率${Math.round(1000 / units) / 10}%`)
    expect(doc.document.match(/<w:tr[ >]/g)!.length).toBe(units + 1)
    const states = text.filter((t) => t === '未报' || t === '已退回')
    expect(states).toEqual([...Array<string>(units - 1).fill('未报'), '已退回'])
    expect(text.join('')).toContain('统计截止日期2025年9月30日，报送截止日期2025年10月14日')
    expect(ooxmlVerdict(join(folder(), '04 报送情况.docx'))).toBe('ok')
  })

  it('renders the 报送情况 on A4 with its table', () => {
    assertRenderTools()
    const pdf = convertToPdf(join(folder(), '04 报送情况.docx'), suiteDir())
    expect(Math.round(pdfInfo(pdf).widthMm)).toBe(210)
    const rendered = readPdfText(pdf).replace(/\s+/g, '')
    expect(rendered).toContain('2025年10月进展填报报送情况')
    expect(rendered).toContain('表1各单位报送情况')
  }, 120_000)

  it('numbers its 测评通报 in the 督办 series after its own 督办通知 and registers it once', async () => {
    const after = registerCounts(ctx)
    expect(after.bulletins).toBe(before.bulletins + 1)
    const lastNotice = selectValue<number>(
      ctx.db,
      "SELECT max(seq) FROM notice WHERE series = 'supervision' AND year = 2025"
    ).one()
    const bulletin = select<{ seq: number; number: string; as_of: string; issued_on: string }>(
      ctx.db,
      'SELECT seq, number, as_of, issued_on FROM assessment_bulletin'
    ).one()
    expect(bulletin).toEqual({
      seq: lastNotice + 1,
      number: `示例文明办督〔2025〕${lastNotice + 1}号`,
      as_of: AS_OF,
      issued_on: ISSUED_ON
    })
    expect(nextSeq(ctx.db, 'supervision', 2025)).toBe(lastNotice + 2)
    const text = paragraphTexts((await readDocx(join(folder(), '05 测评通报.docx'))).document).join('')
    expect(text).toContain(bulletin.number)
    expect(text).toContain('关于2025年第三季度城中村常态长效测评情况的通报')
    expect(text).toContain('于2025年11月19日（含）前完成整改')
    expect(ooxmlVerdict(join(folder(), '05 测评通报.docx'))).toBe('ok')
    expect(
      selectValue<string>(ctx.db, "SELECT summary FROM audit_log WHERE entity = 'assessment_bulletin'").all()
    ).toEqual([`印发测评通报${bulletin.number}《关于2025年第三季度城中村常态长效测评情况的通报》`])
  })

  it('its 简报 prints 五、测评情况 in the figures of assess score, and the switch leaves it out', async () => {
    const score = scoreRound(ctx, selectValue<number>(ctx.db, 'SELECT id FROM assessment_round').one(), AS_OF)
    const text = paragraphTexts((await readDocx(join(folder(), '01 工作简报（第1期）.docx'))).document)
    const at = text.indexOf('五、测评情况')
    expect(at).toBeGreaterThan(text.indexOf('四、逾期及临期事项'))
    const p = score.problems
    expect(text[at + 1]).toBe(
      `2025年第三季度城中村常态长效测评共发现问题${p.total}个，截至2025年9月30日已整改销号${p.closed}个，` +
        `整改销号率${p.total === 0 ? '—' : `${((p.closed / p.total) * 100).toFixed(1)}%`}；尚未销号${p.open}个，其中超过整改时限${p.overdue}个。`
    )
    const ranked = score.areas
      .filter((a) => a.level === 'district' && a.total !== null)
      .sort((a, b) => a.rank! - b.rank!)
    expect(ranked.length).toBeGreaterThan(0)
    expect(text[at + 2]).toBe(
      `各区得分排名依次为：${ranked.map((d) => `${d.name}（${d.total!.toFixed(2)}分）`).join('、')}。`
    )
    expect(text).toContain('六、存在问题')
    const off = draftBriefing(ctx, { asOf: AS_OF, issuedOn: ISSUED_ON, assessment: false })
    expect(off.assessment).toBeNull()
  })
})

describe('the 测评通报 part alone', () => {
  it('takes the next 督办 number and is refused, with nothing kept, when another window took it meanwhile', async () => {
    const { ctx } = await cityWithRoundAndAssessment(suiteDir())
    const out = suiteDir()
    const before = registerCounts(ctx)
    const only = packOptions(AS_OF, {
      briefing: { include: false },
      notices: { include: false, units: 'overdue', reminders: false },
      dueList: { include: false },
      reporting: { include: false }
    })
    const error = await writePack(ctx, only, out, new PackJob(), (moment) => {
      if (moment !== 'parts-written') return
      anotherWindowTakesSupervisionNumber(ctx, AS_OF)
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).code).toBe('conflict')
    expect(listing(out)).toEqual([])
    expect(registerCounts(ctx)).toMatchObject({ bulletins: before.bulletins, packs: before.packs })
    // Written again, it follows the other window's notice.
    await writePack(ctx, only, out, new PackJob())
    expect(listing(join(out, FOLDER))).toEqual(['00 材料目录.docx', '05 测评通报.docx'])
    expect(selectValue<string>(ctx.db, 'SELECT number FROM assessment_bulletin').all()).toEqual([
      '示例文明办督〔2025〕2号'
    ])
  }, 120_000)

  it('is skipped, and asks for no 文号代字, in a data file without reporting rounds or 测评', async () => {
    const ctx = sampleCityContext()
    const parts = packDefaults(ctx, AS_OF, false).parts.slice(3)
    expect(parts.map((p) => [p.applies, p.note])).toEqual([
      [false, '还没有填报轮次'],
      [false, '还没有测评结果']
    ])
    const error = await writePack(
      ctx,
      packOptions(AS_OF, {
        briefing: { include: false },
        notices: { include: false, units: 'overdue', reminders: false },
        dueList: { include: false }
      }),
      suiteDir(),
      new PackJob()
    ).catch((e: unknown) => e)
    expect((error as UserError).message).toContain('都没有内容可写')
  })
})

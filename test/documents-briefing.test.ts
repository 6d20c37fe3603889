import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../src/main/app-context'
import { isDoneAsOf, lightOf } from '../src/main/calendar/light'
import { exportBriefing, previewBriefing } from '../src/main/briefing/briefing-service'
import { computeSummary } from '../src/main/ledger/summary'
import { loadVillageItems } from '../src/main/ledger/village-item-queries'
import { selectValue } from '../src/main/store/typed-query'
import type { BriefingPreview } from '../src/shared/contract'
import { paragraphTexts, readDocx, runsOf, sampleCityContext, type DocxParts } from './documents-fixture'
import { useSuiteTempDir } from './temp-dir'

const suiteDir = useSuiteTempDir()
const pct = (part: number, whole: number) => `${(Math.round((part / whole) * 1000) / 10).toFixed(1)}%`

/**
 * The 工作简报 on the sample city: issue 1 as of 2025-09-15, then — after a clerk back-dates a completion
 * the first issue could not have known — issue 2 as of 2025-09-30, which is compared with issue 1's kept
 * figures.
 */
describe('工作简报 (.docx XML)', () => {
  let ctx: AppContext
  let dir: string
  let first: DocxParts
  let second: DocxParts
  let secondPreview: BriefingPreview
  let backDatedId: number
  const problems = '（一）资金缺口较大。区级配套资金尚未全部到位。\n请各区加快拨付（测试编辑）。'

  beforeAll(async () => {
    ctx = sampleCityContext()
    dir = suiteDir()
    // A village item with GBK-only characters in its name, so the 附件 must print it in a 仿宋 face.
    const red = loadVillageItems(ctx.db).find(
      (i) => lightOf(i, '2025-09-30', ctx.calendar(), 3).light === 'red'
    )!
    ctx.db.prepare("UPDATE area SET name = '新垵村' WHERE id = ?").run(red.villageId)

    const p1 = previewBriefing(ctx, { asOf: '2025-09-15' })
    expect(p1.issueNo).toBe(1)
    await exportBriefing(
      ctx,
      {
        asOf: '2025-09-15',
        issueNo: 1,
        issuedOn: '2025-09-16',
        problems: p1.problems,
        nextSteps: p1.nextSteps
      },
      join(dir, 'issue-1.docx')
    )
    // Recorded after issue 1: done on 09-10 — 本期变化 must count it as new, since issue 1 printed it open.
    const open = loadVillageItems(ctx.db).find(
      (i) => i.status !== 'done' && i.deadline !== null && i.deadline > '2025-10-31'
    )!
    backDatedId = open.id
    ctx.db
      .prepare(
        "UPDATE village_item SET status = 'done', percent = 100, completed_date = '2025-09-10' WHERE id = ?"
      )
      .run(open.id)

    secondPreview = previewBriefing(ctx, { asOf: '2025-09-30' })
    await exportBriefing(
      ctx,
      {
        asOf: '2025-09-30',
        issueNo: secondPreview.issueNo,
        issuedOn: '2025-09-30',
        problems,
        nextSteps: secondPreview.nextSteps
      },
      join(dir, 'issue-2.docx')
    )
    first = await readDocx(join(dir, 'issue-1.docx'))
    second = await readDocx(join(dir, 'issue-2.docx'))
  })

  it('is an A4 page with the GB/T 9704 margins, odd/even footers and no hanging punctuation', () => {
    for (const doc of [first, second]) {
      expect(doc.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
      expect(doc.document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/)
      expect(doc.settings).toContain('<w:evenAndOddHeaders/>')
      expect(doc.document).toMatch(
        /<w:footerReference w:type="default"[^>]*\/><w:footerReference w:type="even"/
      )
      expect(doc.styles.match(/<w:overflowPunct w:val="0"\/>/g)).toHaveLength(2)
    }
  })

  it('numbers pages "— N —" in 4号宋体 with a PAGE field: odd pages right, even pages left, one character in', () => {
    expect(second.footers).toHaveLength(2)
    const [odd, even] = second.footers
    for (const footer of [odd, even]) {
      expect(paragraphTexts(footer)).toEqual(['—  —'])
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/)
      expect(footer).toContain('<w:fldChar w:fldCharType="begin"/>')
      expect(footer).toMatch(/w:eastAsia="宋体"/)
      expect(footer).toMatch(/<w:sz w:val="28"\/>/)
    }
    expect(odd).toMatch(/<w:ind w:right="280"\/><w:jc w:val="right"\/>/)
    expect(even).toMatch(/<w:ind w:left="280"\/><w:jc w:val="left"\/>/)
  })

  it('prints the store’s headline figures (computeSummary) for the as-of date', () => {
    const s = computeSummary(ctx, '2025-09-30')
    const v = s.villageItems
    const text = paragraphTexts(second.document).join('\n')
    expect(text).toContain(
      `截至2025年9月30日，全市${s.villages}个城中村共确定治理事项${v.total}项，已办结${v.done}项，完成率${pct(v.done, v.total)}`
    )
    expect(text).toContain(`其中按期办结${v.doneOnTime}项、逾期办结${v.doneLate}项`)
    expect(text).toContain(`逾期（红灯）${v.red}项，临期（黄灯）${v.yellow}项，正常推进（绿灯）${v.green}项`)
    const t = s.tasks
    expect(text).toContain(`行动方案${t.total}项重点任务已办结${t.done}项，逾期${t.red}项，临期${t.yellow}项`)
    const c = s.villageItemsByCategory
    expect(text).toContain(`基础类事项${c.basic.total}项、已办结${c.basic.done}项`)
    // The 全市 row of 各区进展 is the same store.
    expect(text).toContain(['全市', s.villages, v.total, v.done, pct(v.done, v.total)].join('\n'))
    expect(secondPreview.summary).toEqual(s)
  })

  it('has districts that add up to the city and differ from each other, ranked by completion rate', () => {
    const d = secondPreview.districts
    expect(d.reduce((n, r) => n + r.items, 0)).toBe(secondPreview.summary.villageItems.total)
    expect(d.reduce((n, r) => n + r.done, 0)).toBe(secondPreview.summary.villageItems.done)
    expect(d.reduce((n, r) => n + r.red, 0)).toBe(secondPreview.summary.villageItems.red)
    expect(d.reduce((n, r) => n + r.villages, 0)).toBe(secondPreview.summary.villages)
    expect(new Set(d.map((r) => r.completionRate)).size).toBe(d.length)
    expect(d.map((r) => r.rank)).toEqual(d.map((_, i) => i + 1))
    const rates = d.map((r) => r.completionRate)
    expect(rates).toEqual([...rates].sort((a, b) => b - a))
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(5)
  })

  it('states 本期变化 against the previous issue’s kept figures, including a completion recorded since', () => {
    const items = loadVillageItems(ctx.db)
    const doneThen = new Set(
      items.filter((i) => isDoneAsOf(i, '2025-09-15') && i.id !== backDatedId).map((i) => i.id)
    )
    const newlyDone = items.filter((i) => isDoneAsOf(i, '2025-09-30') && !doneThen.has(i.id))
    expect(newlyDone.map((i) => i.id)).toContain(backDatedId)
    const text = paragraphTexts(second.document).join('\n')
    expect(text).toContain(
      `与上期（2025年第1期，数据截至2025年9月15日）相比，全市新办结治理事项${newlyDone.length}项`
    )
    expect(secondPreview.changes!.newlyDone).toBe(newlyDone.length)
    expect(secondPreview.changes!.previous).toEqual({ year: 2025, issueNo: 1, asOf: '2025-09-15' })
    expect(paragraphTexts(first.document).join('\n')).toContain('本期为首期，暂无上期数据可比')
    // Rank changes against issue 1's kept ranks, in the 排名 column.
    const firstRanks = new Map(
      (
        JSON.parse(selectValue<string>(ctx.db, 'SELECT figures FROM briefing_issue WHERE issue_no = 1').one())
          .districts as { districtId: number; rank: number }[]
      ).map((r) => [r.districtId, r.rank])
    )
    for (const d of secondPreview.districts) {
      expect(d.previousRank).toBe(firstRanks.get(d.districtId))
      const moved = d.previousRank! - d.rank
      const cell = `${d.rank}（${moved > 0 ? `↑${moved}` : moved < 0 ? `↓${-moved}` : '持平'}）`
      expect(text).toContain(`${d.district}\n${d.villages}\n${d.items}`)
      expect(text).toContain(`${d.red}\n${cell}`)
    }
  })

  it('sets the masthead, title and headings in their GB/T faces, Latin in Times New Roman', () => {
    const runs = runsOf(second.document)
    const find = (text: string) => runs.find((r) => r.text === text)
    expect(find('城中村现代化治理工作简报')).toMatchObject({ eastAsia: '方正小标宋简体' })
    expect(second.document).toMatch(/<w:color w:val="E60012"\/>[\s\S]{0,80}城中村现代化治理工作简报/)
    expect(find('第2期')).toMatchObject({ eastAsia: '楷体_GB2312' })
    expect(find('全市城中村现代化治理工作进展情况')).toMatchObject({ eastAsia: '方正小标宋简体' })
    for (const h of [
      '一、总体进展',
      '二、各区进展',
      '三、本期变化',
      '四、逾期及临期事项',
      '五、存在问题',
      '六、下步工作'
    ])
      expect(find(h), h).toMatchObject({ eastAsia: '黑体' })
    // The clerk's edited text, its （一） lead sentence as a second-level heading in 楷体.
    expect(find('（一）资金缺口较大。')).toMatchObject({ eastAsia: '楷体_GB2312' })
    expect(find('区级配套资金尚未全部到位。')).toMatchObject({ eastAsia: '仿宋_GB2312' })
    expect(find('请各区加快拨付（测试编辑）。')).toMatchObject({ eastAsia: '仿宋_GB2312' })
    // 新垵村 in the 附件: 垵 in the GBK 仿宋, the rest in 仿宋_GB2312.
    expect(find('垵')).toMatchObject({ eastAsia: '仿宋' })
    expect(runs.every((r) => r.ascii === 'Times New Roman' || r.ascii === '宋体' || r.ascii === null)).toBe(
      true
    )
  })

  it('writes dates without leading zeros and lists every overdue and due-soon item in the 附件', () => {
    const text = paragraphTexts(second.document).join('\n')
    expect(text).not.toMatch(/\d{4}年0\d月|月0\d日/)
    expect(text).toContain('2025年9月30日')
    expect(text).toContain('逾期及临期事项清单')
    const rows = second.document.split('<w:tr>').length - 1
    const districtRows = secondPreview.districts.length + 2
    expect(rows - districtRows).toBe(secondPreview.due.red + secondPreview.due.yellow + 1)
    expect(second.files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true)
    expect(text).toContain('报：')
    expect(text).toContain('（共印60份）')
  })

  it('keeps each issue with its figures; issuing a 期号 again replaces that record', async () => {
    const rows = ctx.db
      .prepare('SELECT year, issue_no AS issueNo, as_of AS asOf FROM briefing_issue ORDER BY issue_no')
      .all()
    expect(rows).toEqual([
      { year: 2025, issueNo: 1, asOf: '2025-09-15' },
      { year: 2025, issueNo: 2, asOf: '2025-09-30' }
    ])
    expect(previewBriefing(ctx, { asOf: '2025-09-30' }).issueNo).toBe(3)
    const again = previewBriefing(ctx, { asOf: '2025-09-30', issueNo: 2 })
    expect(again.replacesIssue).toBe(true)
    await exportBriefing(
      ctx,
      { asOf: '2025-09-30', issueNo: 2, issuedOn: '2025-10-09', problems: '', nextSteps: '' },
      join(dir, 'again.docx')
    )
    expect(ctx.db.prepare('SELECT count(*) FROM briefing_issue').pluck().get()).toBe(2)
    expect(
      ctx.db.prepare("SELECT summary FROM audit_log WHERE entity = 'briefing' ORDER BY id").pluck().all()
    ).toEqual([
      '生成《城中村现代化治理工作简报》2025年第1期（数据截至2025-09-15）',
      '生成《城中村现代化治理工作简报》2025年第2期（数据截至2025-09-30）',
      '重新生成《城中村现代化治理工作简报》2025年第2期（数据截至2025-09-30）'
    ])
  })

  it('refuses a 印发日期 before the data’s as-of date', () => {
    expect(() => previewBriefing(ctx, { asOf: '2025-09-30', issuedOn: '2025-09-29' })).toThrow(/印发日期/)
  })
})

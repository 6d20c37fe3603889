import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/main/app-context'
import { briefingDocument, exportBriefing, previewBriefing } from '../../src/main/briefing/briefing-service'
import { acceptChecked } from '../../src/main/round/round-service'
import { selectValue } from '../../src/main/store/typed-query'
import type { RoundHighlight } from '../../src/shared/contract'
import { cli } from '../cli-harness'
import { paragraphTexts, readDocx, sampleCityContext } from '../documents-fixture'
import { convertToPdf, readPdfText } from '../documents-render'
import { useSuiteTempDir } from '../temp-dir'
import { checkFiles, fillWith, openAndWrite, rowKeys } from './round-helpers'
import { ooxmlVerdict } from '../ooxml-validate'

const suiteDir = useSuiteTempDir()
const AS_OF = '2025-09-30'
const ISSUED_ON = '2025-10-20'

/**
 * Issue 15: the 简报 of a round's 统计截止日期 prints the 报送情况 unless switched off, and a 工作亮点 section
 * of the accepted 亮点做法 the clerk picks. Two units return with a 亮点做法 each, both accepted.
 */
describe('the 简报’s 报送情况 switch and 工作亮点 section', () => {
  let ctx: AppContext
  let dir: string
  let highlights: RoundHighlight[]

  beforeAll(async () => {
    ctx = sampleCityContext()
    dir = suiteDir()
    const { opened, written } = await openAndWrite(ctx, dir)
    const practices = ['推行“一村一策”，问题清单逐村销号', '组建党员志愿队，每周开展环境整治']
    for (const [i, practice] of practices.entries()) {
      const unit = opened.units[i]
      const [key] = rowKeys(ctx, opened.id, unit.unitId)
      const file = written.files.find((f) => f.unit === unit.unit)!.path
      const filled = fillWith(file, join(dir, `返回${i}.xlsx`), {
        rows: { [key]: { 本期进展: '按计划推进', 状态: '推进中', 完成百分比: 50, 亮点做法: practice } }
      })
      const { preview } = await checkFiles(ctx, opened.id, [filled])
      expect(preview.files[0].problems).toEqual([])
      await acceptChecked(
        ctx,
        opened.id,
        filled,
        undefined,
        preview.files[0].checksum,
        undefined,
        '2025-10-09'
      )
    }
    highlights = previewBriefing(ctx, { asOf: AS_OF, issuedOn: ISSUED_ON }).highlights
  }, 180_000)

  it('offers the round’s 报送情况 and each accepted 亮点做法 with its unit and item on the page', () => {
    const preview = previewBriefing(ctx, { asOf: AS_OF, issuedOn: ISSUED_ON })
    expect(preview.reporting).toMatch(
      /^报送情况：2025年10月进展填报共请\d+个单位报送，截至2025年10月20日已报送2个/
    )
    expect(highlights.map((h) => h.text)).toEqual([
      '推行“一村一策”，问题清单逐村销号',
      '组建党员志愿队，每周开展环境整治'
    ])
    for (const h of highlights) {
      expect(h.unit).not.toBe('')
      expect(h.itemTitle).not.toBe('')
    }
    // Another date has no round: nothing to switch, nothing to pick.
    const other = previewBriefing(ctx, { asOf: '2025-08-31', issuedOn: '2025-09-01' })
    expect(other).toMatchObject({ reporting: null, highlights: [] })
  })

  it('prints the picked 亮点 under 五、工作亮点 and leaves out the 报送情况 when switched off, in Word and as rendered', async () => {
    const [picked, unpicked] = highlights
    const { bytes } = await briefingDocument(ctx, {
      asOf: AS_OF,
      issueNo: 1,
      issuedOn: ISSUED_ON,
      problems: '',
      nextSteps: '',
      reporting: false,
      highlights: [picked.id]
    })
    const path = join(dir, '简报-亮点.docx')
    writeFileSync(path, bytes)
    expect(ooxmlVerdict(path)).toBe('ok')
    const text = paragraphTexts((await readDocx(path)).document)
    const at = text.indexOf('五、工作亮点')
    expect(at).toBeGreaterThan(text.indexOf('四、逾期及临期事项'))
    expect(text[at + 1]).toBe(`（一）${picked.unit}（${picked.itemTitle}）。${picked.text}`)
    expect(text[at + 2]).toBe('六、存在问题')
    expect(text).toContain('七、下步工作')
    expect(text.join('\n')).not.toContain(unpicked.text)
    expect(text.some((p) => p.startsWith('报送情况：'))).toBe(false)

    const pdf = readPdfText(convertToPdf(path, dir)).replace(/\s+/g, '')
    expect(pdf).toContain('五、工作亮点')
    expect(pdf).toContain(picked.text.replace(/\s+/g, ''))
  }, 60_000)

  it('keeps the 报送情况 and has no 工作亮点 when nothing is picked', async () => {
    const { bytes } = await briefingDocument(ctx, {
      asOf: AS_OF,
      issueNo: 1,
      issuedOn: ISSUED_ON,
      problems: '',
      nextSteps: ''
    })
    const path = join(dir, '简报-默认.docx')
    writeFileSync(path, bytes)
    const text = paragraphTexts((await readDocx(path)).document)
    expect(text.some((p) => p.startsWith('报送情况：2025年10月进展填报'))).toBe(true)
    expect(text.some((p) => p.endsWith('工作亮点'))).toBe(false)
    expect(text).toContain('五、存在问题')
  })

  it('refuses a 亮点 that is not an accepted one of the date’s round, writing and registering nothing', async () => {
    const issues = () => selectValue<number>(ctx.db, 'SELECT count(*) FROM briefing_issue').one()
    const before = issues()
    const path = join(dir, '不该写出.docx')
    const stray = Math.max(...highlights.map((h) => h.id)) + 1000
    await expect(
      exportBriefing(
        ctx,
        {
          asOf: AS_OF,
          issueNo: 1,
          issuedOn: ISSUED_ON,
          problems: '',
          nextSteps: '',
          highlights: [stray]
        },
        path
      )
    ).rejects.toThrow(`所选工作亮点（编号${stray}）不是统计截止日期2025-09-30的填报轮次中已采纳的亮点做法`)
    expect(existsSync(path)).toBe(false)
    expect(issues()).toBe(before)
  })

  it('brief --highlights all prints every accepted 亮点, --no-reporting drops the 报送情况', async () => {
    const db = join(dir, 'city.db')
    writeFileSync(db, ctx.db.serialize())
    const out = join(dir, '简报-命令行.docx')
    const run = await cli(
      'brief',
      '--db',
      db,
      '--out',
      out,
      '--as-of',
      AS_OF,
      '--issued-on',
      ISSUED_ON,
      '--highlights',
      'all',
      '--no-reporting'
    )
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const text = paragraphTexts((await readDocx(out)).document).join('\n')
    for (const h of highlights) expect(text).toContain(h.text)
    expect(text).toContain('（二）')
    expect(text).not.toContain('报送情况：')
    const wrong = await cli('brief', '--db', db, '--out', join(dir, 'x.docx'), '--highlights', '3')
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('--highlights 只能为 all')
  }, 60_000)
})

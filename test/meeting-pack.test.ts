import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../src/main/app-context'
import { listDue } from '../src/main/ledger/due'
import { issueNotices, registerFile } from '../src/main/notice/notice-service'
import { PackJob } from '../src/main/pack/pack-job'
import { writePack, type PackWritten } from '../src/main/pack/pack-writer'
import { select, selectValue } from '../src/main/store/typed-query'
import { UserError } from '../src/shared/errors'
import { paragraphTexts, readDocx, sampleCityContext } from './documents-fixture'
import { assertRenderTools, convertToPdf, pdfInfo, readPdfText } from './documents-render'
import { listing, packOptions, readWithOpenpyxl, registerCounts } from './meeting-pack-helpers'
import { useSuiteTempDir } from './temp-dir'

const suiteDir = useSuiteTempDir()
const AS_OF = '2025-10-20'
const FOLDER = `${AS_OF} 领导小组会议`

/**
 * Issue 17 on the sample city: 督办通知 issued one by one on 2025-09-26 (reply due 2025-10-10), then on
 * 2025-10-20 a pack with every part, 催办 included. Every file of the pack is opened and read.
 */
describe('a meeting pack of the sample city', () => {
  let ctx: AppContext
  let out: string
  let written: PackWritten
  let before: Record<string, number>
  let seqBefore: number
  const folder = () => join(out, FOLDER)

  beforeAll(async () => {
    ctx = sampleCityContext()
    await issueNotices(
      ctx,
      {
        asOf: '2025-09-26',
        issuedOn: '2025-09-26',
        request: { kind: 'supervision', selection: { mode: 'overdue' } }
      },
      suiteDir()
    )
    before = registerCounts(ctx)
    seqBefore = selectValue<number>(ctx.db, "SELECT max(seq) FROM notice WHERE series = 'supervision'").one()
    out = suiteDir()
    written = await writePack(ctx, packOptions(AS_OF), out, new PackJob())
  }, 120_000)

  it('writes the folder and the .zip beside it, and nothing else', async () => {
    expect(listing(out)).toEqual([FOLDER, `${FOLDER}.zip`])
    expect(listing(folder())).toEqual([
      '00 材料目录.docx',
      '01 工作简报（第1期）.docx',
      '02 督办通知',
      '03 逾期及临期事项清单.xlsx'
    ])
    const zip = await JSZip.loadAsync(readFileSync(join(out, `${FOLDER}.zip`)))
    const inZip = Object.keys(zip.files)
      .filter((n) => !zip.files[n].dir)
      .sort()
    const onDisk = [
      ...listing(folder())
        .filter((n) => n !== '02 督办通知')
        .map((n) => `${FOLDER}/${n}`),
      ...listing(join(folder(), '02 督办通知')).map((n) => `${FOLDER}/02 督办通知/${n}`)
    ].sort()
    expect(inZip).toEqual(onDisk)
    const zipped = await zip.file(`${FOLDER}/03 逾期及临期事项清单.xlsx`)!.async('nodebuffer')
    expect(zipped.equals(readFileSync(join(folder(), '03 逾期及临期事项清单.xlsx')))).toBe(true)
  })

  it('registers the 简报 and every notice exactly once, numbered on from those issued before', () => {
    const after = registerCounts(ctx)
    const files = listing(join(folder(), '02 督办通知')).filter((n) => n.endsWith('.docx'))
    expect(after.briefings).toBe(before.briefings + 1)
    expect(after.packs).toBe(before.packs + 1)
    expect(after.notices).toBe(before.notices + files.length)
    const numbers = selectValue<string>(
      ctx.db,
      'SELECT number FROM notice WHERE as_of = ? ORDER BY series DESC, seq'
    ).all(AS_OF)
    expect(files.map((f) => f.split('-')[0]).sort()).toEqual([...numbers].sort())
    const supervision = selectValue<number>(
      ctx.db,
      "SELECT seq FROM notice WHERE as_of = ? AND series = 'supervision' ORDER BY seq"
    ).all(AS_OF)
    expect(supervision).toEqual(supervision.map((_, i) => seqBefore + 1 + i))
    const reminders = selectValue<number>(
      ctx.db,
      "SELECT seq FROM notice WHERE as_of = ? AND series = 'reminder' ORDER BY seq"
    ).all(AS_OF)
    // Every 9/26 notice is unanswered and past its 10/10 reply date: each gets one 催办通知, 第1号 on.
    expect(reminders).toEqual(Array.from({ length: seqBefore }, (_, i) => i + 1))
    expect(
      selectValue<string>(ctx.db, "SELECT summary FROM audit_log WHERE entity = 'meeting-pack'").all()
    ).toEqual([expect.stringContaining(`生成会议材料“${FOLDER}”`)])
  })

  it('lists exactly the due list of the date in the 清单, red first, on A4 landscape', () => {
    const sheet = readWithOpenpyxl(join(folder(), '03 逾期及临期事项清单.xlsx'), 4)
    const due = listDue(ctx, AS_OF)
    const lit = due.filter((d) => d.light === 'red' || d.light === 'yellow')
    expect(lit.length).toBeGreaterThan(50)
    expect(sheet.rows).toHaveLength(lit.length)
    const lights = sheet.rows.map((r) => r[1])
    const red = lit.filter((d) => d.light === 'red').length
    expect(lights).toEqual([
      ...Array<string>(red).fill('红灯（逾期）'),
      ...Array<string>(lit.length - red).fill('黄灯（临期）')
    ])
    const key = (kind: unknown, title: unknown, deadline: unknown) => `${kind}|${title}|${deadline}`
    const kindLabel = { task: '重点任务', milestone: '时间节点', 'village-item': '治理事项' } as const
    expect(sheet.rows.map((r) => key(r[2], r[3], r[9])).sort()).toEqual(
      lit.map((d) => key(kindLabel[d.kind], d.title, d.deadline)).sort()
    )
    expect(new Set(sheet.rows.map((r) => r[2]))).toEqual(new Set(['重点任务', '时间节点', '治理事项']))
    expect(sheet.paperSize).toBe(9)
    expect(sheet.orientation).toBe('landscape')
    // openpyxl 3.0 gives the range without the sheet's name.
    expect(sheet.printArea?.replace(/^.*!/, '')).toBe(`$A$1:$K$${lit.length + 3}`)
    expect(sheet.printTitleRows).toBe('$3:$3')
  })

  it('the 简报, the 清单 and the 督办通知 count the same items', async () => {
    const rows = readWithOpenpyxl(join(folder(), '03 逾期及临期事项清单.xlsx'), 4).rows
    const count = (kind: string, light: string) =>
      rows.filter((r) => r[2] === kind && String(r[1]).startsWith(light)).length
    const text = paragraphTexts((await readDocx(join(folder(), '01 工作简报（第1期）.docx'))).document).join(
      '\n'
    )
    expect(text).toContain(
      `全市村治理事项逾期${count('治理事项', '红灯')}项、临期${count('治理事项', '黄灯')}项，重点任务逾期${count('重点任务', '红灯')}项、临期${count('重点任务', '黄灯')}项`
    )
    // The 督办通知 list every overdue village item and task that has a responsible unit, once per unit.
    const listed = select<{ kind: string; n: number }>(
      ctx.db,
      `SELECT i.kind, count(DISTINCT coalesce(i.village_item_id, i.task_id)) AS n FROM notice_item i
         JOIN notice n ON n.id = i.notice_id WHERE n.as_of = ? AND n.series = 'supervision' GROUP BY i.kind`
    ).all(AS_OF)
    const unassigned = selectValue<number>(
      ctx.db,
      'SELECT count(*) FROM village_item WHERE applicable = 1 AND responsible_unit_id IS NULL'
    ).one()
    expect(unassigned).toBe(0)
    expect(Object.fromEntries(listed.map((l) => [l.kind, l.n]))).toEqual({
      'village-item': count('治理事项', '红灯'),
      task: count('重点任务', '红灯')
    })
  })

  it('its 发文登记表 reads as the register does once the pack is registered', async () => {
    const packed = readWithOpenpyxl(join(folder(), '02 督办通知', '发文登记表（2025年）.xlsx'), 3)
    const fresh = join(suiteDir(), '登记表.xlsx')
    const { bytes } = await registerFile(ctx, AS_OF, 2025)
    const { writeFileSync } = await import('node:fs')
    writeFileSync(fresh, bytes)
    const now = readWithOpenpyxl(fresh, 3)
    expect(packed.rows.length).toBe(registerCounts(ctx).notices)
    expect(packed.rows).toEqual(now.rows)
    // The 9/26 notices name the 催办通知 that chase them.
    expect(packed.rows.filter((r) => r[1] === '督办通知' && String(r[11]).includes('催')).length).toBe(
      seqBefore
    )
  })

  it('its 材料目录 names each part with its files and the snapshot time, on one GB/T 9704 page', async () => {
    const text = paragraphTexts((await readDocx(join(folder(), '00 材料目录.docx'))).document).join('\n')
    const notices = listing(join(folder(), '02 督办通知')).length
    expect(text).toContain('领导小组会议')
    expect(text).toContain(`除本目录外共3项材料、${notices + 2}个文件`)
    expect(text).toContain('工作简报（第1期）.docx')
    expect(text).toContain(`${notices}个`)
    expect(text).toContain('数据快照时间：2025年9月30日 16时00分')
    expect(written.snapshotAt).toBe('2025-09-30T16:00:00+08:00')
    assertRenderTools()
    const pdf = convertToPdf(join(folder(), '00 材料目录.docx'), suiteDir())
    const info = pdfInfo(pdf)
    expect(info.pages).toBe(1)
    expect(Math.round(info.widthMm)).toBe(210)
    const rendered = readPdfText(pdf).replace(/\s+/g, '')
    expect(rendered).toContain('材料目录')
    expect(rendered).toContain('逾期及临期事项清单.xlsx')
  }, 240_000)

  it('refuses a second pack into the same folder, writing and registering nothing', async () => {
    const counts = registerCounts(ctx)
    const error = await writePack(ctx, packOptions(AS_OF), out, new PackJob()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).message).toContain('已存在，未写入任何文件')
    expect(registerCounts(ctx)).toEqual(counts)
    expect(listing(out)).toEqual([FOLDER, `${FOLDER}.zip`])
  })
})

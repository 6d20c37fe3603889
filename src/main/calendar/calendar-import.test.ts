import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, Packer, Paragraph } from 'docx'
import { beforeEach, describe, expect, it } from 'vitest'
import { useTempDir } from '../../../test/temp-dir'
import type { AppContext } from '../app-context'
import { auditSince, lastAuditId, sampleTaskContext } from '../task/test-context'
import { importCalendar, previewCalendarImport } from './calendar-import'
import { calendarYear } from './calendar-service'
import { parseHolidayText } from './holiday-text'
import { SHIPPED_HOLIDAY_TEXT } from './shipped-holidays'

const tempDir = useTempDir()
let ctx: AppContext
let since: number

beforeEach(() => {
  ctx = sampleTaskContext()
  since = lastAuditId(ctx)
})

const fixture = (name: string): Buffer => readFileSync(join(__dirname, 'fixtures', name))
const NOTICE_2025 = fixture('notice-2025.txt').toString('utf8')
const NOTICE_2026 = fixture('notice-2026.txt').toString('utf8')
const shipped = (year: number) =>
  parseHolidayText(SHIPPED_HOLIDAY_TEXT).days.filter((d) => d.date.startsWith(`${year}-`))

function chosenFile(name: string, content: string | Buffer): { ref: string } {
  const path = join(tempDir(), name)
  writeFileSync(path, content)
  return { ref: ctx.files.register(path, 'calendar-text', 'input').ref }
}

/** The 2027 arrangement in CivDesk's lines (made up for the test; the notice comes out each November). */
const LINES_2027 = `# 2027年部分节假日安排（测试用）
2027-01-01 至 2027-01-03 休 元旦
2027-02-06 至 2027-02-12 休 春节
2027-02-13 班 春节调休
`

async function docxOf(text: string): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: text.split('\n').map((line) => new Paragraph({ text: line })) }]
  })
  return Packer.toBuffer(doc)
}

describe('the 2025 and 2026 notices, as published, import to exactly the shipped days', () => {
  it.each([
    ['pasted', 2025, () => ({ text: NOTICE_2025 })],
    ['pasted', 2026, () => ({ text: NOTICE_2026 })],
    ['UTF-8 with BOM', 2025, () => chosenFile('2025通知.txt', fixture('notice-2025-bom.txt'))],
    ['GBK (Notepad)', 2026, () => chosenFile('2026通知.txt', fixture('notice-2026-gbk.txt'))],
    [
      'UTF-16 (Notepad “Unicode”)',
      2026,
      () =>
        chosenFile(
          '2026u.txt',
          Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NOTICE_2026, 'utf16le')])
        )
    ]
  ] as const)('%s, %i', async (_, year, source) => {
    const preview = await previewCalendarImport(ctx, source())
    expect(preview.source).toBe('notice')
    expect(preview.years.map((y) => y.year)).toEqual([year])
    const [y] = preview.years
    expect(y.days).toEqual(shipped(year))
    expect(y).toMatchObject({ added: [], removed: [], changed: [], statusBefore: 'official' })
    expect(y.workdaysAfter).toBe(248)
    expect(y.workdaysBefore).toBe(248)
  })

  it('from a Word .docx saved from the web page', async () => {
    const preview = await previewCalendarImport(ctx, chosenFile('通知.docx', await docxOf(NOTICE_2026)))
    expect(preview.years[0].days).toEqual(shipped(2026))
  })

  it('with full-width digits and half-width punctuation alike', async () => {
    const fullWidth = NOTICE_2026.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
    const halfWidth = NOTICE_2025.replace(/（/g, '(')
      .replace(/）/g, ')')
      .replace(/：/g, ':')
      .replace(/，/g, ',')
    expect((await previewCalendarImport(ctx, { text: fullWidth })).years[0].days).toEqual(shipped(2026))
    expect((await previewCalendarImport(ctx, { text: halfWidth })).years[0].days).toEqual(shipped(2025))
  })

  it('shows per holiday the days off and the 上班 days', async () => {
    const [y] = (await previewCalendarImport(ctx, { text: NOTICE_2026 })).years
    expect(y.holidays.find((h) => h.name === '春节')).toEqual({
      name: '春节',
      off: [
        '2026-02-15',
        '2026-02-16',
        '2026-02-17',
        '2026-02-18',
        '2026-02-19',
        '2026-02-20',
        '2026-02-21',
        '2026-02-22',
        '2026-02-23'
      ],
      work: ['2026-02-14', '2026-02-28']
    })
    expect(y.holidays.map((h) => `${h.name}${h.off.length}/${h.work.length}`)).toEqual([
      '元旦3/1',
      '春节9/2',
      '清明节3/0',
      '劳动节5/1',
      '端午节3/0',
      '中秋节3/0',
      '国庆节7/2'
    ])
  })
})

describe('a provisional year becomes official when its notice is imported', () => {
  it('recounts 2027 and records the import in one audit row', async () => {
    expect(calendarYear(ctx, 2027).status).toBe('provisional')
    const source = chosenFile('2027年节假日.txt', LINES_2027)
    const [y] = (await previewCalendarImport(ctx, source)).years
    expect(y).toMatchObject({ year: 2027, statusBefore: 'provisional', removed: [], changed: [] })
    // Provisional 2027 from the law: 261 weekdays less 13 statutory days = 248.
    expect(y.workdaysBefore).toBe(248)
    // The file: 1 weekday of 元旦, 5 of 春节 off, one Saturday worked.
    expect(y.workdaysAfter).toBe(261 - 1 - 5 + 1)
    expect(auditSince(ctx, since)).toHaveLength(0)

    expect(await importCalendar(ctx, source, [2027])).toEqual({ years: [2027], days: 11 })
    expect(calendarYear(ctx, 2027)).toMatchObject({ status: 'official', workdays: 256 })
    expect(ctx.calendar().isWorkday('2027-02-13')).toBe(true)
    // The law's 国庆 is gone: the file is the whole arrangement.
    expect(ctx.calendar().isWorkday('2027-10-01')).toBe(true)
    const audit = auditSince(ctx, since)
    expect(audit).toHaveLength(1)
    expect(audit[0].summary).toBe('导入工作日历：2027年（休10天、班1天），来自“2027年节假日.txt”')
  })

  it('accepts the dates clerks type: 2027-1-1, 2027/1/1, 2027年1月1日, with or without spaces', async () => {
    const text = [
      '2027-1-1 休 元旦',
      '2027/2/6至2027/2/8休春节',
      '2027年2月9日 至 2027年2月12日 放假 春节',
      '２０２７年２月２０日（周六）上班 春节调休'
    ].join('\n')
    const [y] = (await previewCalendarImport(ctx, { text })).years
    expect(y.days.map((d) => `${d.date}${d.kind === 'holiday' ? '休' : '班'}`)).toEqual([
      '2027-01-01休',
      '2027-02-06休',
      '2027-02-07休',
      '2027-02-08休',
      '2027-02-09休',
      '2027-02-10休',
      '2027-02-11休',
      '2027-02-12休',
      '2027-02-20班'
    ])
  })
})

describe('bad input is refused with the line and what was expected; nothing is written', () => {
  const refused = async (text: string, message: RegExp | string) => {
    await expect(previewCalendarImport(ctx, { text })).rejects.toThrow(message)
    await expect(importCalendar(ctx, { text }, [2026], true)).rejects.toThrow(message)
    expect(auditSince(ctx, since)).toHaveLength(0)
    expect(calendarYear(ctx, 2026).days).toEqual(shipped(2026))
  }

  it('a weekday that does not match its date', () =>
    refused(
      NOTICE_2026.replace('1月4日（周日）上班', '1月4日（周六）上班'),
      /第5行（元旦）：2026年1月4日写的是“周六”，但这一天是星期日/
    ))

  it('an impossible date', () =>
    refused(NOTICE_2026.replace('2月28日（周六）', '2月30日（周六）'), /第6行（春节）：2月30日不存在/))

  it('a day both off and 上班', () =>
    refused(
      NOTICE_2026.replace('5月9日（周六）上班', '5月2日（周六）上班'),
      '2026-05-02既是“劳动节”放假日，又是“劳动节调休”上班日，前后矛盾'
    ))

  it('a 共N天 that does not match the dates', () =>
    refused(NOTICE_2026.replace('共9天', '共8天'), /第6行（春节）：写明“共8天”，但所列日期共9天/))

  it('text that is not a holiday notice', () =>
    refused('关于开展文明城市创建工作的通知\n请各单位于5月1日前报送材料。', /不是节假日安排/))

  it('a notice without its title gives no year', () =>
    refused(NOTICE_2026.split('\n').slice(4).join('\n'), /没有找到通知标题/))

  it('CivDesk lines with bad dates, by line number', () =>
    refused(
      '2027-01-01 休 元旦\n2027-02-30 休 春节\n明天放假\n',
      /第2行：日期“2027-02-30”不存在[\s\S]*第3行：无法识别/
    ))
})

describe('a year already official', () => {
  it('is replaced only with confirmation, and the preview shows what changes', async () => {
    const source = chosenFile('2026修订.txt', '2026-01-01 休 元旦\n2026-10-09 休 补休\n')
    const [y] = (await previewCalendarImport(ctx, source)).years
    expect(y.statusBefore).toBe('official')
    expect(y.added).toEqual([{ date: '2026-10-09', kind: 'holiday', name: '补休' }])
    expect(y.removed.length).toBe(shipped(2026).length - 1)
    await expect(importCalendar(ctx, source, [2026])).rejects.toThrow(
      '2026年已有正式的节假日安排。请先核对预览中的差异，确认替换后再导入（命令行加 --replace）'
    )
    expect(auditSince(ctx, since)).toHaveLength(0)
    await importCalendar(ctx, source, [2026], true)
    expect(calendarYear(ctx, 2026).days.map((d) => d.date)).toEqual(['2026-01-01', '2026-10-09'])
    expect(calendarYear(ctx, 2025).workdays).toBe(248)
  })

  it('refuses a year the text does not hold', async () => {
    await expect(importCalendar(ctx, chosenFile('2027.txt', LINES_2027), [2028])).rejects.toThrow(
      '“2027.txt”中没有2028年的安排'
    )
  })
})

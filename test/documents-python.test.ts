import { spawnSync } from 'node:child_process'
import { beforeAll, describe, expect, it } from 'vitest'
import { listRegister } from '../src/main/notice/notice-register'
import { writeRegisterInto } from '../src/main/notice/notice-service'
import { computeSummary } from '../src/main/ledger/summary'
import { sampleDocuments, type SampleDocuments } from './documents-samples'
import { useSuiteTempDir } from './temp-dir'

const suiteDir = useSuiteTempDir()

/**
 * A second, independent reader: python-docx (Debian's python3-docx, run with /usr/bin/python3 so that
 * another python3 earlier on PATH cannot hide Debian's modules) opens each document and reports what
 * Word would find: sections, footers, paragraphs, tables and the east-Asian fonts of runs.
 */
const READER = `
import json, sys
from docx import Document
from docx.oxml.ns import qn

def east_asia(run):
    rpr = run._element.rPr
    fonts = rpr.find(qn('w:rFonts')) if rpr is not None else None
    return fonts.get(qn('w:eastAsia')) if fonts is not None else None

out = {}
for path in sys.argv[1:]:
    d = Document(path)
    s = d.sections[0]
    out[path] = {
        'page': [s.page_width.emu / 635, s.page_height.emu / 635],
        'margins': [s.top_margin.emu / 635, s.bottom_margin.emu / 635, s.left_margin.emu / 635, s.right_margin.emu / 635],
        'oddEven': d.settings.odd_and_even_pages_header_footer,
        'footer': [(p.text, str(p.alignment)) for p in s.footer.paragraphs],
        'evenFooter': [(p.text, str(p.alignment)) for p in s.even_page_footer.paragraphs],
        'paragraphs': [p.text for p in d.paragraphs],
        'tables': [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
        'fonts': sorted({east_asia(r) or '' for p in d.paragraphs for r in p.runs} |
                        {east_asia(r) or '' for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs}),
    }
print(json.dumps(out, ensure_ascii=False))
`

interface Read {
  page: number[]
  margins: number[]
  oddEven: boolean
  footer: [string, string][]
  evenFooter: [string, string][]
  paragraphs: string[]
  tables: string[][][]
  fonts: string[]
}

describe('the documents as python-docx reads them', () => {
  let docs: SampleDocuments
  let read: Record<string, Read>

  beforeAll(async () => {
    docs = await sampleDocuments(suiteDir())
    const result = spawnSync('/usr/bin/python3', ['-c', READER, docs.briefing, docs.notice, docs.reminder], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    })
    if (result.status !== 0 && /No module named 'docx'/.test(result.stderr))
      throw new Error(
        'This check reads the documents with python-docx: apt-get install -y python3-docx (see .ci/run)'
      )
    expect(result.status, result.stderr).toBe(0)
    read = JSON.parse(result.stdout) as Record<string, Read>
  }, 120_000)

  it('finds A4 with the GB/T 9704 margins and odd/even page-number footers in every document', () => {
    for (const path of [docs.briefing, docs.notice, docs.reminder]) {
      const r = read[path]
      expect(r.page).toEqual([11906, 16838])
      expect(r.margins).toEqual([2098, 1984, 1587, 1474])
      expect(r.oddEven).toBe(true)
      // The page number itself is a PAGE field, computed by Word: the text around it is the 一字线.
      expect(r.footer).toEqual([['—  —', 'RIGHT (2)']])
      expect(r.evenFooter).toEqual([['—  —', 'LEFT (0)']])
    }
  })

  it('reads the briefing’s headline figures and district table as the store has them', () => {
    const r = read[docs.briefing]
    const s = computeSummary(docs.ctx, '2025-09-30')
    const text = r.paragraphs.join('\n')
    expect(text).toContain(
      `全市${s.villages}个城中村共确定治理事项${s.villageItems.total}项，已办结${s.villageItems.done}项`
    )
    const districts = r.tables[0]
    expect(districts[0]).toEqual(['区', '城中村数', '事项数', '已办结', '完成率', '按期率', '逾期数', '排名'])
    const city = districts[districts.length - 1]
    expect(city.slice(0, 4)).toEqual([
      '全市',
      String(s.villages),
      String(s.villageItems.total),
      String(s.villageItems.done)
    ])
    expect(districts.slice(1, -1).reduce((n, row) => n + Number(row[2]), 0)).toBe(s.villageItems.total)
    expect(r.fonts).toEqual(expect.arrayContaining(['方正小标宋简体', '楷体_GB2312', '黑体', '仿宋_GB2312']))
  })

  it('reads the notices’ numbers, addressee and the reminder’s citation', () => {
    const notice = read[docs.notice].paragraphs
    const number = notice.find((p) => /^示例文明办督〔2025〕\d+号$/.test(p))
    expect(number).toBeDefined()
    const reminder = read[docs.reminder].paragraphs.join('\n')
    expect(reminder).toMatch(/^示例文明办催〔2025〕1号$/m)
    expect(reminder).toContain('（示例文明办督〔2025〕1号）')
    expect(read[docs.notice].tables.at(-1)![0]).toEqual([
      '序号',
      '事项',
      '村/任务',
      '原定时限',
      '逾期工作日',
      '督办次数'
    ])
    expect(
      read[docs.reminder].tables
        .at(-1)!
        .slice(1)
        .every((row) => row[5] === '2')
    ).toBe(true)
  })

  it('reads the 发文登记表 with openpyxl: every notice, its number, unit and reply state', async () => {
    const path = await writeRegisterInto(docs.ctx, '2025-10-20', 2025, suiteDir())
    const result = spawnSync(
      '/usr/bin/python3',
      [
        '-c',
        `import json, sys
from openpyxl import load_workbook
ws = load_workbook(sys.argv[1])['发文登记']
print(json.dumps([[c.value for c in row] for row in ws.iter_rows(min_row=2)], ensure_ascii=False))`,
        path
      ],
      { encoding: 'utf8' }
    )
    expect(result.status, result.stderr).toBe(0)
    const rows = JSON.parse(result.stdout) as (string | number | null)[][]
    const register = listRegister(docs.ctx, '2025-10-20', 2025)
    expect(rows).toHaveLength(register.length + 1)
    const byNumber = new Map(rows.slice(1).map((r) => [r[2], r]))
    for (const n of register) {
      const row = byNumber.get(n.number)!
      expect(row[4]).toBe(n.unit)
      expect(row[6]).toBe(n.items)
      expect(row[9]).toBe(n.replyLabel)
    }
  })
})

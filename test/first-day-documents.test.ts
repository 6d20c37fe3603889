import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, cliJson } from './cli-harness'
import { paragraphTexts, readDocx } from './documents-fixture'
import { useTempDir } from './temp-dir'

const tempDir = useTempDir()

/** The office's own ledger: three tasks of its own units, two overdue on 2025-09-30. */
async function officeLedger(path: string): Promise<void> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('任务台账')
  sheet.addRow(['序号', '任务名称', '主责单位', '办结时限'])
  sheet.addRow([1, '背街小巷路面修复', '市城管局', '2025-06-30'])
  sheet.addRow([2, '老旧小区雨污分流', '市住建局', '2025-07-31'])
  sheet.addRow([3, '农贸市场提升改造', '市商务局', '2025-12-31'])
  await book.xlsx.writeFile(path)
}

/** Every XML part of a .docx, as text: body, headers, footers, properties. */
async function allParts(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const parts = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))
      .map((n) => zip.file(n)!.async('string'))
  )
  return parts.join('\n')
}

describe('a clerk’s first day on the command line (issue 13)', () => {
  it('a new data file asks for the office’s names before any document, and its documents carry no 示例', async () => {
    const dir = tempDir()
    const db = join(dir, '文明办.db')
    const ledger = join(dir, '台账.xlsx')
    await officeLedger(ledger)
    expect((await cli('init', '--db', db)).code).toBe(0)
    const office = await cliJson<Record<string, string> & { missing: string[] }>('office', '--db', db)
    expect(office.officeName).toBe('')
    expect(office.missing).toContain('officeName')
    const imported = await cli('import', ledger, '--db', db, '--as-of', '2025-09-30')
    expect(imported.code, imported.stderr).toBe(0)

    // No names yet: both documents are refused, naming the field, and nothing is written.
    const brief = await cli('brief', '--db', db, '--out', join(dir, '简报.docx'), '--as-of', '2025-09-30')
    expect(brief.code).toBe(2)
    expect(brief.stderr).toContain('“发文机关全称”')
    expect(brief.stderr).toContain('“简报名称”')
    expect(existsSync(join(dir, '简报.docx'))).toBe(false)
    const notices = await cli('notices', '--db', db, '--out', join(dir, '督办'), '--as-of', '2025-09-30')
    expect(notices.code).toBe(2)
    expect(notices.stderr).toContain('“督办通知发文代字”')
    expect(existsSync(join(dir, '督办'))).toBe(false)

    const set = await cli(
      'office',
      '--db',
      db,
      '--name',
      '甲市精神文明建设指导委员会办公室',
      '--short',
      '甲市文明办',
      '--code',
      '甲文明办督',
      '--reminder-code',
      '甲文明办催',
      '--briefing',
      '城中村治理工作简报'
    )
    expect(set.code, set.stderr).toBe(0)
    expect(set.stdout).toContain('已保存')

    const out = join(dir, '简报.docx')
    expect((await cli('brief', '--db', db, '--out', out, '--as-of', '2025-09-30')).code).toBe(0)
    const written = await cli('notices', '--db', db, '--out', join(dir, '督办'), '--as-of', '2025-09-30')
    expect(written.code, written.stderr).toBe(0)
    const docs = [
      out,
      ...readdirSync(join(dir, '督办'))
        .filter((n) => n.endsWith('.docx'))
        .map((n) => join(dir, '督办', n))
    ]
    expect(docs.length).toBeGreaterThanOrEqual(3)
    for (const doc of docs) {
      const xml = await allParts(doc)
      expect(xml, doc).not.toContain('示例')
      expect(xml, doc).toContain('甲市')
    }
    expect(readdirSync(join(dir, '督办')).some((n) => n.startsWith('甲文明办督〔2025〕1号'))).toBe(true)

    // Tasks but no urban villages: the 简报 leaves out the village paragraphs, table and chart.
    const text = paragraphTexts((await readDocx(out)).document)
    expect(text.join('\n')).not.toMatch(/城中村共确定治理事项|各区进展|本期变化|图1|村治理事项逾期/)
    expect(text).toContain('一、总体进展')
    expect(text).toContain('二、逾期及临期事项')
    expect(text).toContain('四、下步工作')
    expect(text.find((t) => t.startsWith('截至2025年9月30日，行动方案3项重点任务'))).toBeTruthy()
    expect((await readDocx(out)).files.some((f) => f.startsWith('word/media/'))).toBe(false)
  }, 60_000)

  it('init refuses to overwrite a file; --force replaces only one without work', async () => {
    const dir = tempDir()
    const db = join(dir, 'a.db')
    expect((await cli('init', '--db', db)).code).toBe(0)
    const again = await cli('init', '--db', db)
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('数据文件已存在')
    expect((await cli('init', '--db', db, '--force')).code).toBe(0)
    const demo = join(dir, 'demo.db')
    expect((await cli('demo', '--db', demo)).code).toBe(0)
    const before = readFileSync(demo)
    const forced = await cli('init', '--db', demo, '--force')
    expect(forced.code).toBe(2)
    expect(forced.stderr).toContain('已有任务或村庄数据')
    expect(readFileSync(demo).equals(before)).toBe(true)
  }, 60_000)
})

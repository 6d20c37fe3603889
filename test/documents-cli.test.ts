import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cli } from './cli-harness'
import { readDocx, paragraphTexts } from './documents-fixture'
import { useSuiteTempDir } from './temp-dir'

const suiteDir = useSuiteTempDir()

describe('brief and notices on the command line', () => {
  let dir: string
  let db: string
  beforeAll(async () => {
    dir = suiteDir()
    db = join(dir, 'demo.db')
    expect((await cli('demo', '--db', db)).code).toBe(0)
  }, 120_000)

  it('brief writes the 简报, prints its path, and numbers the next issue on', async () => {
    const out = join(dir, '简报.docx')
    const first = await cli('brief', '--db', db, '--out', out, '--as-of', '2025-09-30')
    expect(first).toMatchObject({ code: 0, stderr: '' })
    expect(first.stdout).toBe(`已生成2025年第1期简报（数据截至2025-09-30）：\n${out}\n`)
    const text = paragraphTexts((await readDocx(out)).document)
    expect(text).toContain('第1期')
    const second = await cli('brief', '--db', db, '--out', join(dir, '简报2.docx'), '--as-of', '2025-09-30')
    expect(second.stdout).toContain('2025年第2期')
    const chosen = await cli(
      'brief',
      '--db',
      db,
      '--out',
      join(dir, '简报9.docx'),
      '--as-of',
      '2025-09-30',
      '--issue-no',
      '9'
    )
    expect(chosen.stdout).toContain('2025年第9期')
  }, 60_000)

  it('notices writes one .docx per unit plus the register, and prints every file', async () => {
    const out = join(dir, '督办')
    const result = await cli('notices', '--db', db, '--out', out, '--as-of', '2025-09-26')
    expect(result.code).toBe(0)
    const printed = result.stdout.trim().split('\n')
    expect(printed.at(-1)).toBe(join(out, '发文登记表（2025年）.xlsx'))
    expect(printed.slice(0, -1).every((p) => /示例文明办督〔2025〕\d+号-.+\.docx$/.test(p))).toBe(true)
    for (const p of printed) expect(existsSync(p)).toBe(true)
    expect(readdirSync(out).sort()).toEqual(printed.map((p) => p.slice(out.length + 1)).sort())
    // The sample office has no contact person yet: said on stderr, not silently left out.
    expect(result.stderr).toContain('联系人')

    const reminders = await cli(
      'notices',
      '--db',
      db,
      '--out',
      join(dir, '催办'),
      '--as-of',
      '2025-10-20',
      '--kind',
      'reminder'
    )
    expect(reminders.code).toBe(0)
    expect(reminders.stdout).toContain('示例文明办催〔2025〕1号-')
    const none = await cli(
      'notices',
      '--db',
      db,
      '--out',
      join(dir, '催办2'),
      '--as-of',
      '2025-10-20',
      '--kind',
      'reminder'
    )
    expect(none).toMatchObject({ code: 0 })
    expect(none.stdout).toContain('没有反馈逾期且尚未催办的督办通知')
    expect(existsSync(join(dir, '催办2'))).toBe(false)
  }, 60_000)

  it('refuses bad arguments with exit code 2 and a Chinese message, writing nothing', async () => {
    const cases: [string[], RegExp][] = [
      [['brief', '--db', db], /缺少参数 --out/],
      [['brief', '--db', db, '--out', join(dir, 'x.pdf')], /应为 \.docx 文件/],
      [['brief', '--db', db, '--out', join(dir, 'no', 'x.docx')], /保存位置不存在/],
      [['brief', '--db', db, '--out', join(dir, 'y.docx'), '--issue-no', '0'], /--issue-no/],
      [
        [
          'brief',
          '--db',
          db,
          '--out',
          join(dir, 'y.docx'),
          '--as-of',
          '2025-09-30',
          '--issued-on',
          '2025-09-01'
        ],
        /印发日期/
      ],
      [['notices', '--db', db, '--out', join(dir, 'n'), '--kind', 'urgent'], /--kind/],
      [['notices', '--db', join(dir, 'missing.db'), '--out', join(dir, 'n')], /找不到数据文件/]
    ]
    for (const [args, message] of cases) {
      const result = await cli(...args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(message)
    }
    expect(existsSync(join(dir, 'y.docx'))).toBe(false)
    expect(existsSync(join(dir, 'n'))).toBe(false)
  }, 60_000)
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from './cli-harness'
import { listing } from './meeting-pack-helpers'
import { useSuiteTempDir } from './temp-dir'

const suiteDir = useSuiteTempDir()

/** Issue 17, CLI: `pack` prints { folder, zip, parts }; exit 2 with nothing written when it cannot go ahead. */
describe('cli pack', () => {
  it('writes the pack of the sample city and answers its folder, .zip and parts; a second run is refused', async () => {
    const dir = suiteDir()
    const db = join(dir, 'demo.db')
    expect((await cli('demo', '--db', db)).code).toBe(0)
    const out = join(dir, '会议材料')
    const args = ['pack', '--db', db, '--out', out, '--as-of', '2025-09-30', '--title', '调度会']
    const run = await cli(...args, '--meeting-date', '2025-10-09', '--issue-no', '7', '--json')
    expect(run.code, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout) as {
      folder: string
      zip: string
      parts: { name: string; files: number }[]
    }
    const folder = join(out, '2025-10-09 调度会')
    expect(report.folder).toBe(folder)
    expect(report.zip).toBe(`${folder}.zip`)
    expect(listing(out)).toEqual(['2025-10-09 调度会', '2025-10-09 调度会.zip'])
    const notices = listing(join(folder, '02 督办通知')).length
    expect(report.parts).toEqual([
      { name: '00 材料目录.docx', files: 1 },
      { name: '01 工作简报（第7期）.docx', files: 1 },
      { name: '02 督办通知', files: notices },
      { name: '03 逾期及临期事项清单.xlsx', files: 1 }
    ])

    const again = await cli(...args, '--meeting-date', '2025-10-09')
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('已存在，未写入任何文件')
    expect(listing(out)).toEqual(['2025-10-09 调度会', '2025-10-09 调度会.zip'])
  }, 120_000)

  it('exits 2 naming the missing office names, and writes nothing, on a file without them', async () => {
    const dir = suiteDir()
    const db = join(dir, 'new.db')
    expect((await cli('init', '--db', db)).code).toBe(0)
    const out = join(dir, '会议材料')
    const run = await cli('pack', '--db', db, '--out', out, '--as-of', '2025-09-30')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('不能生成会议材料，未写入任何文件')
    expect(run.stderr).toContain('发文机关全称')
    expect(listing(out)).toEqual([])
  })
})

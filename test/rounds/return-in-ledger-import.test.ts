import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../cli-harness'
import { useTempDir } from '../temp-dir'
import { FIRST_DATA_ROW, columnOf } from '../../src/main/round/return-layout'
import { cliRoundWithFiles, fillWith, resaveWithLibreOffice } from './round-helpers'

const temp = useTempDir()

const digest = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')

/**
 * A returned 填报表 dropped into the ledger import (the wizard or `import`): read as a 任务台账 its 序号
 * and 上期进展 would pass for 编号 and 进展情况, and the wizard would invite the clerk to map 事项 to
 * 工作任务. It is refused instead, naming the round and the unit and where it is taken in, with nothing
 * written, also after a LibreOffice re-save (which keeps the identity sheet, hidden).
 */
describe('a 填报表 in the ledger import', () => {
  it('is refused with the round, the unit and the way to 收取, and the data file is untouched', async () => {
    const dir = temp()
    const { db, id, sent: files } = await cliRoundWithFiles(dir)
    const sent = files[0]

    const filled = fillWith(sent.file, join(dir, '回复.xlsx'), {
      edit: [
        [FIRST_DATA_ROW, columnOf('本期进展'), '已完成方案编制'],
        [FIRST_DATA_ROW, columnOf('状态'), '推进中']
      ]
    })
    const resaved = resaveWithLibreOffice(filled, join(dir, 'resaved'))
    const before = digest(db)
    for (const file of [sent.file, filled, resaved]) {
      for (const kind of ['auto', 'tasks']) {
        const result = await cli('import', file, '--db', db, '--kind', kind)
        expect(result.code, `${file} as ${kind}`).toBe(2)
        expect(result.stderr).toContain(`是“2025年10月进展填报”发给${sent.unit}的填报表，不能作为台账导入`)
        expect(result.stderr).toContain('在“收取与审核”中收取')
      }
    }
    expect(digest(db)).toBe(before)
    // What the message points to takes the same file in.
    const collected = await cli('round', 'collect', '--db', db, '--round', String(id), resaved, '--dry-run')
    expect(collected.code, collected.stderr).toBe(0)
  }, 180_000)
})

import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIRST_DATA_ROW, columnOf } from '../../src/main/round/return-layout'
import { cli } from '../cli-harness'
import { useTempDir } from '../temp-dir'
import { cliRoundWithFiles, fillWith } from './round-helpers'

const temp = useTempDir()
const digest = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')

interface Collected {
  files: {
    file: string
    unit: string | null
    outcome: 'accepted' | 'refused'
    changes: unknown[]
    problems: { sheet: string | null; row: number | null; column: string | null; message: string }[]
  }[]
}

/**
 * `round collect` as README shows it: every sound file of a folder accepted whole, every file with a
 * problem refused with sheet, row and column, exit 2 when any was refused; --dry-run writes nothing.
 */
describe('round collect', () => {
  it('accepts the sound returns of a folder, refuses the bad one with where, and --dry-run writes nothing', async () => {
    const dir = temp()
    const { db, id, sent } = await cliRoundWithFiles(dir)
    const round = String(id)
    const inbox = join(dir, '回执')
    mkdirSync(inbox)
    const progress = columnOf('本期进展')
    const status = columnOf('状态')
    fillWith(sent[0].file, join(inbox, '改了名.xlsx'), {
      edit: [
        [FIRST_DATA_ROW, progress, '已完成方案编制'],
        [FIRST_DATA_ROW, status, '推进中']
      ]
    })
    fillWith(sent[1].file, join(inbox, `${sent[1].unit}.xlsx`), {
      edit: [
        [FIRST_DATA_ROW, progress, '正在施工'],
        [FIRST_DATA_ROW, status, '差不多']
      ]
    })

    const before = digest(db)
    const dry = await cli(
      'round',
      'collect',
      '--db',
      db,
      '--round',
      '1',
      inbox,
      '--as-of',
      '2025-10-10',
      '--dry-run',
      '--json'
    )
    expect(dry.code).toBe(2)
    expect(digest(db)).toBe(before)
    const planned = JSON.parse(dry.stdout) as Collected
    expect(planned.files.map((f) => [f.unit, f.outcome])).toEqual(
      expect.arrayContaining([
        [sent[0].unit, 'accepted'],
        [sent[1].unit, 'refused']
      ])
    )

    const real = await cli('round', 'collect', '--db', db, '--round', round, inbox, '--as-of', '2025-10-10')
    expect(real.code).toBe(2)
    // Files are named as found in the folder; the renamed one is known by its content.
    expect(real.stdout).toContain(`已采纳  改了名.xlsx（${sent[0].unit}，1项）`)
    expect(real.stdout).toContain(`未收取  ${sent[1].unit}.xlsx（${sent[1].unit}，1项）`)
    expect(real.stderr).toMatch(
      new RegExp(
        `工作表“填报表” 第${FIRST_DATA_ROW}行 [A-Z]+列：状态“差不多”无法识别，应为未启动、推进中或已办结`
      )
    )
    expect(real.stderr).toContain('1个文件未收取（问题见上）')

    const board = await cli(
      'round',
      'status',
      '--db',
      db,
      '--round',
      round,
      '--as-of',
      '2025-10-10',
      '--json'
    )
    const units = (JSON.parse(board.stdout) as { units: { unit: string; state: string }[] }).units
    expect(units.find((u) => u.unit === sent[0].unit)?.state).toBe('accepted')
    expect(units.find((u) => u.unit === sent[1].unit)?.state).toBe('missing')
    // Collected again, the accepted file is not applied twice.
    const again = await cli(
      'round',
      'collect',
      '--db',
      db,
      '--round',
      '1',
      join(inbox, '改了名.xlsx'),
      '--json'
    )
    const second = JSON.parse(again.stdout) as Collected
    expect(second.files[0].outcome).toBe('refused')
  }, 180_000)
})

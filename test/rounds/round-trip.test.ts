import JSZip from 'jszip'
import ExcelJS from 'exceljs'
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sampleCityContext } from '../documents-fixture'
import { useTempDir } from '../temp-dir'
import { acceptChecked } from '../../src/main/round/round-service'
import { roundBoard } from '../../src/main/round/round-board'
import { FIRST_DATA_ROW, HEADER_ROW, RETURN_COLUMNS } from '../../src/main/round/return-layout'
import { select, selectValue } from '../../src/main/store/typed-query'
import { checkFiles, fillWith, openAndWrite, resaveWithLibreOffice, rowKeys } from './round-helpers'

const temp = useTempDir()

describe('a round from opening to accepting the returns', () => {
  it('writes one workbook per unit whose identity sheet is veryHidden, reads back what openpyxl filled in, and accepts it once', async () => {
    const ctx = sampleCityContext()
    const dir = temp()
    const { opened, written } = await openAndWrite(ctx, dir)
    expect(written.files.length).toBe(opened.units.length)
    expect(written.files[0].path).toMatch(/2025年10月进展填报-.+\.xlsx$/)
    // The .zip holds the folder as written: every workbook byte for byte, and the 填报通知.
    const packed = await JSZip.loadAsync(readFileSync(written.zip))
    for (const f of written.files) {
      const entry = packed.file(`2025年10月进展填报/${f.path.split('/').pop()}`)
      expect(Buffer.compare(await entry!.async('nodebuffer'), readFileSync(f.path))).toBe(0)
    }
    expect(packed.file(/通知\.docx$/).length).toBe(1)
    const zip = await JSZip.loadAsync(readFileSync(written.files[0].path))
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string')
    expect(workbookXml).toMatch(/name="civdesk_identity"[^>]*state="veryHidden"/)
    const sheet2 = await zip.file('xl/worksheets/sheet2.xml')!.async('string')
    expect(sheet2).toContain('<sheetProtection')
    expect(sheet2).toContain('orientation="landscape"')
    expect(sheet2).toContain('<dataValidation')
    expect(workbookXml).toContain('_xlnm.Print_Titles')
    // Read by openpyxl, every data row: the sent cells grey and locked, the cells to fill white and
    // unlocked, 办结日期 as a date and 完成百分比 as a whole number.
    const look = spawnSync(
      '/usr/bin/python3',
      [
        '-c',
        `import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[1]
out = set()
for row in ws.iter_rows(min_row=${FIRST_DATA_ROW}, max_row=ws.max_row):
    for c in row:
        out.add((ws.cell(${HEADER_ROW}, c.column).value, c.protection.locked, c.fill.fgColor.rgb, c.number_format, c.font.name))
print(json.dumps(sorted(out)))`,
        written.files[0].path
      ],
      { encoding: 'utf8' }
    )
    expect(look.status, look.stderr).toBe(0)
    const cells = JSON.parse(look.stdout) as [string, boolean, string, string, string][]
    const byHeader = new Map(cells.map(([header, ...rest]) => [header, rest]))
    expect(byHeader.size, 'one look per column, the same on every row').toBe(RETURN_COLUMNS.length)
    for (const c of RETURN_COLUMNS) {
      const [locked, rgb, format, font] = byHeader.get(c.header)!
      expect([c.header, locked, rgb, font]).toEqual([
        c.header,
        c.fill === null,
        c.fill === null ? 'FFF2F2F2' : 'FFFFFFFF',
        '宋体'
      ])
      if (c.fill === 'completedDate') expect(format).toBe('yyyy-mm-dd')
      if (c.fill === 'percent') expect(format).toBe('0')
    }

    const unit = opened.units[0]
    const keys = rowKeys(ctx, opened.id, unit.unitId)
    const filled = fillWith(written.files[0].path, join(dir, '改了名字.xlsx'), {
      rows: {
        [keys[0]]: {
          本期进展: '完成立项审批',
          状态: '推进中',
          完成百分比: 60,
          填报人: '李四',
          联系电话: '12345',
          亮点做法: '一村一策'
        },
        [keys[1]]: { 本期进展: '已完成验收', 状态: '已办结', 完成百分比: 100, 办结日期: '2025年9月28日' }
      }
    })
    const { preview, checked } = await checkFiles(ctx, opened.id, [filled])
    const check = preview.files[0]
    expect(check.problems).toEqual([])
    expect(check.verdict).toBe('ok')
    expect(check.unit).toBe(unit.unit)
    expect(check.changes.map((c) => c.roundItemId)).toEqual([Number(keys[0]), Number(keys[1])])
    expect(check.changes[1].fields.find((f) => f.field === 'completedDate')?.new).toBe('2025-09-28')
    expect(check.emptyRows).toBe(keys.length - 2)

    const taskId = checked[0].rows[1].item.task_id!
    const before = selectValue<number>(ctx.db, 'SELECT count(*) FROM progress_report WHERE task_id = ?').one(
      taskId
    )
    const result = await acceptChecked(
      ctx,
      opened.id,
      filled,
      undefined,
      check.checksum,
      undefined,
      '2025-10-09'
    )
    expect(result.items).toBe(2)
    expect(
      selectValue<number>(ctx.db, 'SELECT count(*) FROM progress_report WHERE task_id = ?').one(taskId)
    ).toBe(before + 1)
    const task = select<{ status: string; percent: number; completedDate: string }>(
      ctx.db,
      'SELECT status, percent, completed_date AS completedDate FROM task WHERE id = ?'
    ).one(taskId)
    expect(task).toEqual({ status: 'done', percent: 100, completedDate: '2025-09-28' })
    const report = select<{ roundId: number; reportDate: string; highlight: string }>(
      ctx.db,
      'SELECT round_id AS roundId, report_date AS reportDate, highlight FROM progress_report WHERE round_return_id = ? ORDER BY id LIMIT 1'
    ).one(result.returnId)
    expect(report).toEqual({ roundId: opened.id, reportDate: '2025-09-30', highlight: '一村一策' })
    expect(
      selectValue<number>(
        ctx.db,
        "SELECT count(*) FROM audit_log WHERE entity = 'round' AND action = 'import'"
      ).one()
    ).toBe(1)

    // The same file again: refused, nothing written.
    const bytes = ctx.db.serialize()
    await expect(
      acceptChecked(ctx, opened.id, filled, undefined, check.checksum, undefined, '2025-10-09')
    ).rejects.toThrow(/已采纳|不能重复采纳/)
    expect(Buffer.compare(ctx.db.serialize(), bytes)).toBe(0)

    const board = roundBoard(ctx, opened.id, '2025-10-09')
    expect(board.units.find((u) => u.unitId === unit.unitId)).toMatchObject({
      state: 'accepted',
      onTime: true,
      returnedAt: '2025-10-09'
    })
    expect(board.counts.missing).toBe(opened.units.length - 1)
  }, 60_000)

  it('still recognises a workbook re-saved by LibreOffice (identity sheet kept, read-only cells unchanged)', async () => {
    const ctx = sampleCityContext()
    const dir = temp()
    const { opened, written } = await openAndWrite(ctx, dir)
    const keys = rowKeys(ctx, opened.id, opened.units[1].unitId)
    const filled = fillWith(written.files[1].path, join(dir, 'filled.xlsx'), {
      rows: { [keys[0]]: { 本期进展: '按计划推进', 状态: '推进中', 完成百分比: 40 } }
    })
    const resaved = resaveWithLibreOffice(filled, join(dir, 'lo'))
    const { preview } = await checkFiles(ctx, opened.id, [resaved])
    expect(preview.files[0].problems).toEqual([])
    expect(preview.files[0]).toMatchObject({ verdict: 'ok', unitId: opened.units[1].unitId })
    const fields = preview.files[0].changes[0].fields
    expect(fields.find((f) => f.label === '本期进展')?.new).toBe('按计划推进')
    expect(fields.find((f) => f.label === '完成百分比')?.new).toBe('40')
  }, 120_000)

  it('reads a sorted sheet by each row’s identity (reordering is not an error)', async () => {
    const ctx = sampleCityContext()
    const dir = temp()
    const { opened, written } = await openAndWrite(ctx, dir)
    const u = opened.units.findIndex((x) => x.items >= 2)
    const keys = rowKeys(ctx, opened.id, opened.units[u].unitId)
    const filled = fillWith(written.files[u].path, join(dir, 'sorted.xlsx'), {
      reverse: true,
      rows: { [keys[0]]: { 本期进展: '第一项', 状态: '推进中' } }
    })
    const { preview } = await checkFiles(ctx, opened.id, [filled])
    expect(preview.files[0].problems).toEqual([])
    expect(preview.files[0].changes[0]).toMatchObject({ roundItemId: Number(keys[0]), row: 3 + keys.length })
  }, 60_000)

  it('refuses what is wrong, naming sheet, row and column, and a refused file changes nothing', async () => {
    const ctx = sampleCityContext()
    const dir = temp()
    const { opened, written } = await openAndWrite(ctx, dir)
    const u = opened.units.findIndex((x) => x.items >= 2)
    const src = written.files[u].path
    const keys = rowKeys(ctx, opened.id, opened.units[u].unitId)
    const ok = { [keys[0]]: { 本期进展: '推进', 状态: '推进中' } }
    const cases: {
      name: string
      spec: Record<string, unknown>
      expect: { row: number | null; column: string | null; message: RegExp }
    }[] = [
      {
        name: 'readonly',
        spec: { rows: ok, edit: [[4, 5, '改过的事项名称']] },
        expect: { row: 4, column: 'E', message: /只读单元格“事项”被修改/ }
      },
      {
        name: 'status',
        spec: { rows: { [keys[0]]: { 状态: '差不多了' } } },
        expect: { row: 4, column: 'L', message: /状态“差不多了”无法识别/ }
      },
      {
        name: 'percent',
        spec: { rows: { [keys[0]]: { 完成百分比: 150 } } },
        expect: { row: 4, column: 'M', message: /超出/ }
      },
      {
        name: 'future',
        spec: { rows: { [keys[0]]: { 状态: '已办结', 办结日期: '2025-12-01' } } },
        expect: { row: 4, column: 'N', message: /晚于统计截止日期/ }
      },
      {
        name: 'messy-date',
        spec: { rows: { [keys[0]]: { 状态: '已办结', 办结日期: '九月底' } } },
        expect: { row: 4, column: 'N', message: /办结日期/ }
      },
      {
        name: 'long',
        spec: { rows: { [keys[0]]: { 佐证材料说明: '长'.repeat(501) } } },
        expect: { row: 4, column: 'O', message: /超过500个字/ }
      },
      {
        name: 'formula',
        spec: { rows: { [keys[0]]: { 完成百分比: '=10*5' } } },
        expect: { row: 4, column: 'M', message: /公式没有保存计算结果/ }
      },
      {
        name: 'added',
        spec: { rows: ok, insertRowAt: 5 },
        expect: { row: 5, column: 'A', message: /不是下发的事项/ }
      },
      {
        name: 'deleted',
        spec: { rows: ok, deleteRow: 5 },
        expect: { row: null, column: null, message: /的行被删除/ }
      },
      {
        name: 'merged',
        spec: { rows: ok, merge: 'J4:K4' },
        expect: { row: 4, column: 'J', message: /被合并/ }
      },
      {
        name: 'moved',
        spec: { rows: ok, moveColumn: [9, 10] },
        expect: { row: 3, column: 'J', message: /列“本期进展”被移动到 J 列/ }
      }
    ]
    const bytes = ctx.db.serialize()
    for (const c of cases) {
      const path = fillWith(src, join(dir, `${c.name}.xlsx`), c.spec)
      const { preview } = await checkFiles(ctx, opened.id, [path])
      const f = preview.files[0]
      expect(f.verdict, c.name).toBe('refused')
      expect(f.problems, c.name).toContainEqual(
        expect.objectContaining({
          sheet: c.expect.row === null ? '填报表' : '填报表',
          row: c.expect.row,
          column: c.expect.column,
          message: expect.stringMatching(c.expect.message)
        })
      )
      await expect(
        acceptChecked(ctx, opened.id, path, undefined, f.checksum, undefined, '2025-10-09'),
        c.name
      ).rejects.toThrow(/不能采纳/)
    }
    expect(Buffer.compare(ctx.db.serialize(), bytes)).toBe(0)
  }, 180_000)

  it('tells another round’s file, a file that is not a 填报表 and a second return of one unit apart', async () => {
    const ctx = sampleCityContext()
    const dir = temp()
    const { opened, written } = await openAndWrite(ctx, dir, '第一轮')
    const other = await openAndWrite(ctx, join(dir), '第二轮')
    const keys = rowKeys(ctx, opened.id, opened.units[0].unitId)
    const first = fillWith(written.files[0].path, join(dir, 'a.xlsx'), {
      rows: { [keys[0]]: { 本期进展: '初稿', 状态: '推进中' } }
    })
    const second = fillWith(written.files[0].path, join(dir, 'b.xlsx'), {
      rows: { [keys[0]]: { 本期进展: '修改稿', 状态: '推进中' } }
    })
    const foreign = other.written.files[0].path
    const plain = join(dir, 'plain.xlsx')
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('台账').addRow(['序号', '任务', '进展'])
    writeFileSync(plain, Buffer.from(await wb.xlsx.writeBuffer()))
    const { preview } = await checkFiles(ctx, opened.id, [first, second, foreign, plain])
    expect(preview.files[2].problems[0].message).toMatch(/属于另一轮填报（第二轮）/)
    expect(preview.files[3].problems[0].message).toMatch(/plain\.xlsx”不是本办下发的填报表/)
    const [a, b] = preview.files
    expect([a.duplicate?.stands, b.duplicate?.stands].sort()).toEqual(['other', 'this'])
    const standing = a.duplicate?.stands === 'this' ? a : b
    const dropped = standing === a ? b : a
    expect(dropped.verdict).toBe('refused')
    expect(standing.duplicate!.differences.join('')).toMatch(/本期进展/)
  }, 60_000)
})

import ExcelJS from 'exceljs'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportPreview, ImportResult, MappingOverride } from '../src/shared/contract'
import type { AppContext } from '../src/main/app-context'
import { createHandlers, type Handlers } from '../src/main/api/handlers'
import { openApp } from '../src/main/bootstrap'
import { exportToPath } from '../src/main/exchange/export-service'
import { commitLedger } from '../src/main/exchange/import-service'
import { openLedger } from '../src/main/exchange/ledger-file'
import { listTasks } from '../src/main/task/task-list'
import { silentLogger } from '../src/main/system/logger'
import { cli } from './cli-harness'
import { addSheet, badDatesLedger, plainLedger, workbookBytes } from './exchange-corpus'
import { AS_OF, chosenLedger, clock, demoApp, dispatcher, sha256 } from './exchange-helpers'
import { useTempDir } from './temp-dir'

/**
 * The wizard's two calls through the real dispatch, on a data file on disk: preview, then commit. The
 * commit refuses while a kept row has an error (nothing written, no backup), takes a backup first, writes
 * in one transaction with an audit row per created or changed task and one for the import, remembers a
 * corrected mapping, and refuses a file that changed after its preview.
 */
const tempDir = useTempDir()
let dir: string
let ctx: AppContext
let handlers: Handlers

beforeEach(async () => {
  dir = tempDir()
  ;({ ctx, handlers } = await demoApp(dir))
})
afterEach(() => ctx.db.close())

const call = dispatcher(() => handlers)

const chosen = (name: string, bytes: Buffer): string => chosenLedger(ctx, dir, name, bytes)

const preview = (file: string, mappings: MappingOverride[] = [], kind = 'tasks') =>
  call<ImportPreview>('exchange.preview', { file, kind, mappings, asOf: AS_OF })
const commit = (file: string, p: ImportPreview, extra: object = {}) =>
  call<ImportResult>('exchange.commit', {
    file,
    kind: p.kind,
    mappings: [],
    fingerprint: p.fingerprint,
    asOf: AS_OF,
    ...extra
  })
const auditCount = (where = '1') =>
  ctx.db.prepare(`SELECT count(*) FROM audit_log WHERE ${where}`).pluck().get() as number
const backups = () =>
  existsSync(ctx.backupDir) ? readdirSync(ctx.backupDir).filter((f) => f.endsWith('-import.db')) : []

describe('committing an import', () => {
  it('refuses while an error row is kept — nothing written, no backup — and imports once it is deselected', async () => {
    const file = chosen('时限.xlsx', await badDatesLedger())
    const p = await preview(file)
    expect(p.counts).toMatchObject({ new: 1, error: 8 })
    const before = sha256(ctx.dataFile)
    await expect(commit(file, p)).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/有8行有误，未导入任何内容.*取消勾选/)
    })
    expect(sha256(ctx.dataFile)).toBe(before)
    expect(backups()).toEqual([])

    const auditsBefore = auditCount()
    const excludedRows = p.rows
      .filter((r) => r.status === 'error')
      .map((r) => ({ sheet: r.sheet, row: r.row }))
    const result = await commit(file, p, { excludedRows })
    expect(result).toMatchObject({ created: 1, updated: 0, excluded: 8, unitsCreated: [] })
    expect(backups()).toHaveLength(1)
    expect(result.backupFile).toBe(backups()[0])
    // One audit row for the created task and one for the import as a whole.
    expect(auditCount() - auditsBefore).toBe(2)
    expect(auditCount("action = 'import' AND summary LIKE '%新增1项%未勾选8行%'")).toBe(1)
    expect(listTasks(ctx, AS_OF).find((t) => t.code === 'B0')).toMatchObject({
      deadline: '2025-06-30',
      leadUnits: ['市城市管理局']
    })
  })

  it('re-importing an edited export changes exactly the edited fields, audited field by field', async () => {
    const exported = join(dir, 'export.xlsx')
    await exportToPath(ctx, { what: 'tasks', asOf: AS_OF, rowIds: null }, exported)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(readFileSync(exported) as unknown as ExcelJS.Buffer)
    const sheet = workbook.getWorksheet('任务台账')!
    const row = 4 + listTasks(ctx, AS_OF).findIndex((t) => t.code === '1.6')
    sheet.getCell(row, 10).value = '2025年12月底'
    sheet.getCell(row, 7).value = `${sheet.getCell(row, 7).value}、市乡村振兴局`
    sheet.getCell(row, 15).value = '已完成消防设施补短板验收'
    sheet.getCell(row, 16).value = null
    const file = chosen('改过的台账.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()))

    const p = await preview(file)
    expect(p.counts).toEqual({ new: 0, changed: 1, unchanged: 59, error: 0 })
    expect(p.newUnits).toEqual(['市乡村振兴局'])
    const changed = p.rows.find((r) => r.status === 'changed')!
    expect(changed.changes.map((c) => c.label)).toEqual(['配合单位', '完成时限', '进展情况'])
    expect(changed.changes[1]).toMatchObject({ before: '2025-11-14', after: '2025-12-31' })

    const result = await commit(file, p)
    expect(result).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 59,
      reportsAdded: 1,
      unitsCreated: ['市乡村振兴局']
    })
    const task = listTasks(ctx, AS_OF).find((t) => t.code === '1.6')!
    expect(task.deadline).toBe('2025-12-31')
    expect(task.supportUnits).toContain('市乡村振兴局')
    expect(task.latestReport).toMatchObject({ date: AS_OF, text: '已完成消防设施补短板验收' })
    const audit = ctx.db
      .prepare("SELECT before, after FROM audit_log WHERE entity = 'task' AND action = 'update'")
      .get() as { before: string; after: string }
    expect(JSON.parse(audit.after)).toMatchObject({ 完成时限: '2025-12-31' })
    expect(JSON.parse(audit.before)).toMatchObject({ 完成时限: '2025-11-14' })
    expect(auditCount("entity = 'unit' AND action = 'create'")).toBe(1)
  })

  it('a corrected mapping imports the sheet and is remembered for the next file with the same headers', async () => {
    const sheetWith = (serial: number, title: string) =>
      workbookBytes((wb) =>
        addSheet(wb, '清单', [
          ['序号', '整治内容', '牵头单位', '完成时限'],
          [serial, title, '市城管局', '2025-10-31']
        ])
      )
    const first = chosen('清单一.xlsx', await sheetWith(1, '拆除违章搭盖'))
    const auto = await preview(first)
    expect(auto.sheets[0].problem).toMatch(/没有对应“工作任务”的列/)
    expect(auto.rows).toEqual([])
    await expect(commit(first, auto)).rejects.toMatchObject({ code: 'file-refused' })

    const mappings: MappingOverride[] = [
      {
        sheet: '清单',
        columns: auto.sheets[0].columns.map((c) => ({
          index: c.index,
          field: c.header === '整治内容' ? 'title' : c.field
        }))
      }
    ]
    const corrected = await preview(first, mappings)
    expect(corrected.sheets[0]).toMatchObject({ source: 'clerk', problem: null })
    expect(corrected.counts.new).toBe(1)
    await commit(first, corrected, { mappings })

    const second = chosen('清单二.xlsx', await sheetWith(2, '清理楼道堆物'))
    const next = await preview(second)
    expect(next.sheets[0]).toMatchObject({ source: 'remembered', problem: null })
    expect(next.rows[0]).toMatchObject({ status: 'new', label: '2 清理楼道堆物' })
  })

  it('a mapping naming one field twice is refused with the columns named', async () => {
    const file = chosen('台账.xlsx', await plainLedger())
    const p = await preview(file)
    const columns = p.sheets[0].columns.map((c) => ({
      index: c.index,
      field: c.index <= 2 ? 'title' : c.field
    }))
    await expect(preview(file, [{ sheet: 'Sheet1', columns }])).rejects.toThrow(
      /“工作任务”只能对应一列，现在对应了 A、B 列/
    )
  })

  it('refuses a file that changed after its preview', async () => {
    const file = chosen('台账.xlsx', await plainLedger())
    const p = await preview(file)
    writeFileSync(join(dir, '台账.xlsx'), await badDatesLedger())
    const before = sha256(ctx.dataFile)
    await expect(commit(file, p)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/预览之后被修改过/)
    })
    expect(sha256(ctx.dataFile)).toBe(before)
  })

  it('into an empty data file: creates the plan with its three phases, the units and the tasks', async () => {
    ctx.db.close()
    ctx = await openApp({ dataFile: join(dir, '新.db'), shell: 'cli', log: silentLogger, clock })
    handlers = createHandlers(ctx)
    expect((await call<{ isEmpty: boolean }>('app.info', {})).isEmpty).toBe(true)
    const file = chosen('台账.xlsx', await plainLedger())
    const p = await preview(file)
    expect(p.createsPlan).toMatch(/三年行动方案/)
    const result = await commit(file, p)
    expect(result.created).toBe(5)
    expect(result.unitsCreated).toHaveLength(p.newUnits.length)
    expect(ctx.db.prepare('SELECT key FROM phase ORDER BY year').pluck().all()).toEqual([
      'pilot',
      'push',
      'full-coverage'
    ])
    expect((await call<{ isEmpty: boolean }>('app.info', {})).isEmpty).toBe(false)
    expect(listTasks(ctx, AS_OF)).toHaveLength(5)
  })

  it('a change made while the backup runs is seen: the commit plans again inside its transaction', async () => {
    const file = await openLedger(await plainLedger(), '台账.xlsx', 'tasks')
    const committing = commitLedger(ctx, file, { mappings: [], excludedRows: [], asOf: AS_OF })
    // The commit is now waiting for its backup; meanwhile another window adds task A1 by hand.
    ctx.db
      .prepare(
        `INSERT INTO task (plan_id, code, title, created_at, updated_at)
         VALUES ((SELECT id FROM plan), 'A1', '手工新增的同编号任务', ?, ?)`
      )
      .run(clock.now(), clock.now())
    const result = await committing
    expect(result).toMatchObject({ created: 4, updated: 1 })
    expect(listTasks(ctx, AS_OF).filter((t) => t.code === 'A1')).toHaveLength(1)
  })

  it('the CLI imports, and a second run of the same file finds everything unchanged', async () => {
    const path = join(dir, '台账.xlsx')
    writeFileSync(path, await plainLedger())
    ctx.db.close()
    const first = await cli('import', path, '--db', ctx.dataFile, '--as-of', AS_OF, '--json')
    expect(first.code, first.stderr).toBe(0)
    expect(JSON.parse(first.stdout).result).toMatchObject({ created: 5 })
    const dry = await cli('import', path, '--db', ctx.dataFile, '--dry-run')
    expect(dry.stdout).toMatch(/新增0项，修改0项，未变5项，有误0行/)
    expect(dry.stdout).toMatch(/试运行/)
    ctx = await openApp({ dataFile: ctx.dataFile, shell: 'cli', log: silentLogger, clock })
    handlers = createHandlers(ctx)
  })
})

import ExcelJS from 'exceljs'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ImportKindInfo, ImportPreview, ImportResult } from '../src/shared/contract'
import type { Handlers } from '../src/main/api/handlers'
import type { AppContext } from '../src/main/app-context'
import type { ImportKind, PlannedRow } from '../src/main/exchange/kinds/import-kind'
import { registerImportKind } from '../src/main/exchange/kinds/registry'
import { writeAudits } from '../src/main/store/audit'
import { select, selectValue } from '../src/main/store/typed-query'
import { AS_OF, chosenLedger, demoApp, dispatcher } from './exchange-helpers'
import { useTempDir } from './temp-dir'

/**
 * Issue 12's proof that an import kind is a plug-in: a throwaway kind, declared here and nowhere in src/,
 * reads a two-column sheet (单位, 简称) into the unit_alias table through the real pipeline — dispatch,
 * file guard, header detection, mapping memory, preview, backup, one audited transaction — without a
 * line of the pipeline or the wizard knowing it.
 */
type AliasRow = PlannedRow & { unitId: number | null; alias: string; label: string }

const aliasKind: ImportKind<AliasRow> = {
  info: {
    kind: 'unit-aliases',
    title: '单位简称',
    importLabel: '导入单位简称',
    fields: [
      { field: 'unit', label: '单位', required: true },
      { field: 'alias', label: '简称', required: true },
      { field: 'note', label: '备注', required: false }
    ],
    export: null
  },
  headerWords: { unit: ['单位', '单位名称'], alias: ['简称', '别名'], note: ['备注'] },
  requiredFields: ['unit', 'alias'],
  wording: {
    noHeader: '前20行中找不到表头（应有“单位、简称”列）',
    missingKey: '没有“单位”或“简称”列，未读取',
    belongsHere: '这是单位简称表，请用“导入单位简称”导入'
  },
  plan(db, sheets) {
    const units = new Map(
      select<{ name: string; id: number }>(db, 'SELECT name, id FROM unit')
        .all()
        .map((u) => [u.name, u.id])
    )
    const known = new Set(selectValue<string>(db, 'SELECT alias FROM unit_alias').all())
    const rows = sheets.flatMap((sheet) =>
      sheet.rows.map((cells): AliasRow => {
        const unit = cells.cell('unit').text
        const alias = cells.cell('alias').text
        const unitId = units.get(unit) ?? null
        if (unitId === null) cells.error('unit', `单位“${unit}”不在单位名录中`)
        if (alias === '') cells.error('alias', '简称为空')
        const status = cells.errors.length > 0 ? 'error' : known.has(alias) ? 'unchanged' : 'new'
        const draft = { sheet: cells.sheet, row: cells.row, errors: cells.errors }
        return { draft, status, unitId, alias, label: `${unit} → ${alias}` }
      })
    )
    return {
      rows,
      creates: null,
      previewRow: (r) => ({ ...r.draft, status: r.status, label: r.label, summary: '', changes: [] }),
      newUnits: () => [],
      apply(db, clock, kept) {
        const insert = db.prepare('INSERT INTO unit_alias (alias, unit_id) VALUES (?, ?)')
        const fresh = kept.filter((r) => r.status === 'new')
        for (const r of fresh) insert.run(r.alias, r.unitId)
        writeAudits(
          db,
          clock,
          fresh.map((r) => ({
            entity: 'unit',
            entityId: r.unitId,
            action: 'update',
            summary: `新增简称 ${r.label}`
          }))
        )
        const summary = { updated: 0, reportsAdded: 0, unitsCreated: [], summaryTail: '' }
        return { ...summary, created: fresh.length, unchanged: kept.length - fresh.length }
      }
    }
  }
}

const tempDir = useTempDir()
let dir: string
let ctx: AppContext
let handlers: Handlers
let unregister: () => void
let unitNames: string[]

beforeAll(() => {
  unregister = registerImportKind(aliasKind)
})
afterAll(() => unregister())

beforeEach(async () => {
  dir = tempDir()
  ;({ ctx, handlers } = await demoApp(dir))
  unitNames = selectValue<string>(ctx.db, 'SELECT name FROM unit ORDER BY id LIMIT 2').all()
})
afterEach(() => ctx.db.close())

const call = dispatcher(() => handlers)

/** A sheet as a clerk would send it: a title row, the header, then one row per alias. */
async function aliasFile(rows: [string, string][], header: string[] = ['单位名称', '简称']): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('简称表')
  sheet.addRow(['各单位简称（2025年）'])
  sheet.addRow(header)
  for (const row of rows) sheet.addRow(row)
  return chosenLedger(ctx, dir, '简称.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()))
}

const request = (file: string) => ({ file, kind: 'unit-aliases', asOf: AS_OF })
const aliases = () => selectValue<string>(ctx.db, 'SELECT alias FROM unit_alias ORDER BY alias').all()
const count = (sql: string) => selectValue<number>(ctx.db, sql).one()
const backups = () =>
  existsSync(ctx.backupDir) ? readdirSync(ctx.backupDir).filter((f) => f.endsWith('-import.db')) : []

describe('an import kind registered in a test only', () => {
  it('is declared to the wizard by exchange.kinds, with its fields and required columns', async () => {
    const kinds = await call<ImportKindInfo[]>('exchange.kinds', {})
    expect(kinds.map((k) => k.kind)).toEqual(['tasks', 'villages', 'assessments', 'unit-aliases'])
    expect(kinds[3]).toEqual(aliasKind.info)
  })

  it('previews a sheet with a problem at its sheet, row and column, and commits the kept rows in one audited transaction after a backup', async () => {
    const file = await aliasFile([
      [unitNames[0], '甲简称'],
      ['不存在的单位', '乙简称'],
      [unitNames[1], '丙简称']
    ])
    const preview = await call<ImportPreview>('exchange.preview', request(file))
    expect(preview.kind).toBe('unit-aliases')
    expect(preview.sheets[0]).toMatchObject({ sheet: '简称表', headerRow: 2, problem: null })
    expect(preview.counts).toEqual({ new: 2, changed: 0, unchanged: 0, error: 1 })
    expect(preview.rows[1].errors).toEqual([
      {
        sheet: '简称表',
        row: 4,
        column: 'A',
        header: '单位名称',
        message: '单位“不存在的单位”不在单位名录中'
      }
    ])
    const before = aliases()
    const auditsBefore = count('SELECT count(*) FROM audit_log')

    // Kept with its error, the row stops the whole import: nothing written, no backup.
    const refused = { ...request(file), fingerprint: preview.fingerprint }
    await expect(call('exchange.commit', refused)).rejects.toThrow(
      /有1行有误，未导入任何内容：工作表“简称表”第4行 A列（单位名称）/
    )
    expect(aliases()).toEqual(before)
    expect(backups()).toEqual([])

    const result = await call<ImportResult>('exchange.commit', {
      ...refused,
      excludedRows: [{ sheet: '简称表', row: 4 }]
    })
    expect(result).toMatchObject({ created: 2, updated: 0, unchanged: 0, excluded: 1 })
    expect(backups()).toEqual([result.backupFile])
    expect(aliases()).toEqual([...before, '丙简称', '甲简称'].sort())
    expect(count('SELECT count(*) FROM audit_log') - auditsBefore).toBe(3)
    expect(count("SELECT count(*) FROM audit_log WHERE entity = 'unit' AND summary LIKE '新增简称%'")).toBe(2)
    expect(
      count(
        "SELECT count(*) FROM audit_log WHERE action = 'import' AND summary LIKE '导入单位简称“简称.xlsx”：新增2项%未勾选1行'"
      )
    ).toBe(1)
  })

  it('writes nothing at all when a row fails half-way through the commit', async () => {
    // The same new alias twice: the kind's planner lets it through, the table's key refuses the second.
    const file = await aliasFile([
      [unitNames[0], '重复简称'],
      [unitNames[1], '重复简称']
    ])
    const preview = await call<ImportPreview>('exchange.preview', request(file))
    expect(preview.counts.new).toBe(2)
    const before = aliases()
    const auditsBefore = count('SELECT count(*) FROM audit_log')
    await expect(
      call('exchange.commit', { ...request(file), fingerprint: preview.fingerprint })
    ).rejects.toThrow()
    expect(aliases()).toEqual(before)
    expect(count('SELECT count(*) FROM audit_log')).toBe(auditsBefore)
  })

  it("remembers the clerk's mapping under the kind's name", async () => {
    const file = await aliasFile([[unitNames[0], '丁简称']], ['单位名称', '常用称呼', '备注'])
    const first = await call<ImportPreview>('exchange.preview', request(file))
    expect(first.sheets[0].problem).toBe('没有对应“简称”的列，无法导入这张表。请指定哪一列是“简称”。')
    const mappings = [
      {
        sheet: '简称表',
        columns: [
          { index: 1, field: 'unit' },
          { index: 2, field: 'alias' }
        ]
      }
    ]
    const mapped = await call<ImportPreview>('exchange.preview', { ...request(file), mappings })
    await call('exchange.commit', { ...request(file), mappings, fingerprint: mapped.fingerprint })
    expect(count("SELECT count(*) FROM import_mapping WHERE kind = 'unit-aliases'")).toBe(1)
    const again = await call<ImportPreview>('exchange.preview', request(file))
    expect(again.sheets[0]).toMatchObject({ source: 'remembered', problem: null })
  })
})

describe('kinds the registry does not know', () => {
  it('registers a kind only under a new, well-formed name whose header words are its own fields', () => {
    expect(() => registerImportKind(aliasKind)).toThrow(/registered twice/)
    expect(() => registerImportKind({ ...aliasKind, info: { ...aliasKind.info, kind: '单位' } })).toThrow(
      /must match/
    )
    const stray = {
      ...aliasKind,
      info: { ...aliasKind.info, kind: 'stray' },
      headerWords: { unitName: ['单位'] }
    }
    expect(() => registerImportKind(stray)).toThrow(/unknown fields unitName/)
  })

  it('refuses an unknown kind in Chinese, naming the kinds there are', async () => {
    const file = await aliasFile([[unitNames[0], '戊简称']])
    await expect(call('exchange.preview', { ...request(file), kind: 'budgets' })).rejects.toThrow(
      '没有“budgets”这种导入类型，可导入的有：tasks（任务台账）、villages（村治理事项）、assessments（测评结果）、unit-aliases（单位简称）'
    )
    await expect(call('exchange.preview', { ...request(file), kind: 'Tasks; DROP' })).rejects.toThrow(
      /导入类型应为英文小写名称/
    )
  })

  it('refuses a field the kind does not have, and an export the kind does not offer', async () => {
    const file = await aliasFile([[unitNames[0], '己简称']])
    const mappings = [{ sheet: '简称表', columns: [{ index: 1, field: 'deadline' }] }]
    await expect(call('exchange.preview', { ...request(file), mappings })).rejects.toThrow(
      '“deadline”不是这类台账的列'
    )
    const out = ctx.files.register(join(dir, 'out.xlsx'), 'export-xlsx', 'output').ref
    await expect(call('exchange.export', { what: 'unit-aliases', file: out, asOf: AS_OF })).rejects.toThrow(
      '单位简称没有对应的导出格式'
    )
  })
})

import type { Database } from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  BAD_DATES,
  badDatesLedger,
  DATE_FORMS,
  dateFormsLedger,
  multiSheetLedger,
  phaseYearLedger,
  plainLedger,
  repeatedHeaderLedger,
  restartingSerialLedger,
  richCellsLedger,
  sectionedLedger,
  statusLedger,
  titledLedger,
  twoRowHeaderLedger,
  unitsLedger
} from './exchange-corpus'
import { previewBytes, sampleDb, taskValues } from './exchange-helpers'
import { openMemoryDatabase } from '../src/main/store/open-database'

/**
 * The realistic ledgers of the corpus, read into a fresh sample city (nothing written): for each, the
 * tasks it yields with their fields, or the row errors with sheet, row, column and reason.
 */
let db: Database
beforeAll(() => {
  db = sampleDb()
})

describe('reading task ledgers as a careful clerk would', () => {
  it('a plain sheet: header on row 1, codes, units, 状态 and 进度 in its own words', async () => {
    const { plan, preview } = await previewBytes(db, await plainLedger())
    expect(preview.counts).toEqual({ new: 5, changed: 0, unchanged: 0, error: 0 })
    const tasks = taskValues(plan)
    expect(tasks.get('A1')).toMatchObject({
      title: '开展出租屋消防安全隐患排查',
      deadline: '2025-06-30',
      status: 'in-progress',
      percent: 60,
      lead: ['市消防救援支队'],
      support: ['市公安局', '市住房和城乡建设局']
    })
    expect(tasks.get('A3')).toMatchObject({ status: 'done', percent: 100, completedDate: null })
    expect(tasks.get('A4')).toMatchObject({ deadline: null })
    expect(tasks.get('A5')).toMatchObject({ percent: 40 })
    // 示例市供电公司 is spelled neither as the unit's name nor as one of its aliases: a new unit, listed.
    expect(preview.newUnits).toEqual(['示例市供电公司'])
    expect(preview.sheets[0]).toMatchObject({ headerRow: 1, source: 'auto', contextYear: null })
  })

  it('title rows above the header: the header is found on row 4 and the title gives the year', async () => {
    const { plan, preview } = await previewBytes(db, await titledLedger())
    expect(preview.sheets[0].headerRow).toBe(4)
    expect(preview.sheets[0].contextYear).toMatchObject({ year: 2025 })
    expect(preview.counts.error).toBe(0)
    const tasks = taskValues(plan)
    // 序号 1, 2 is unique here, so it is taken as the code; 6月30日前 takes 2025 from the title.
    expect(tasks.get('1')).toMatchObject({
      title: '推进城中村出租屋消防技术改造提升',
      measures: '对出租屋加装独立式烟感',
      deadline: '2025-06-30',
      leader: '林海涛',
      lead: ['市消防救援支队']
    })
    expect(tasks.get('2')).toMatchObject({ deadline: '2025-09-30', lead: ['市城市管理局'] })
  })

  it('a two-row merged header: 牵头单位 and 配合单位 under 责任单位, the rest merged down', async () => {
    const { plan, preview } = await previewBytes(db, await twoRowHeaderLedger())
    expect(preview.sheets[0].headerRow).toBe(3)
    const fields = Object.fromEntries(preview.sheets[0].columns.map((c) => [c.letter, c.field]))
    expect(fields).toMatchObject({
      A: 'code',
      B: 'title',
      C: 'leadUnits',
      D: 'supportUnits',
      E: 'deadline',
      F: 'note'
    })
    expect(preview.counts).toMatchObject({ new: 2, error: 0 })
    expect(taskValues(plan).get('2')).toMatchObject({
      title: '规范瓶装燃气使用',
      lead: ['市城市管理局'],
      support: ['示例市燃气集团有限公司', '市市场监督管理局'],
      deadline: '2025-11-30'
    })
  })

  it('section headings become the group; notes, totals, signatures and blank rows are passed over', async () => {
    const { plan, preview } = await previewBytes(db, await sectionedLedger())
    expect(preview.counts).toEqual({ new: 4, changed: 0, unchanged: 0, error: 0 })
    expect(preview.skippedRows).toBe(8)
    const tasks = taskValues(plan)
    expect(tasks.get('11.1')).toMatchObject({ group: '一、消防安全', deadline: '2025-05-31' })
    // The lead unit merged down over 11.1 and 11.2 belongs to both.
    expect(tasks.get('11.2')).toMatchObject({ group: '一、消防安全', lead: ['市消防救援支队'] })
    expect(tasks.get('11.3')).toMatchObject({ group: '（一）用电安全', lead: ['国网示例供电公司'] })
    expect(tasks.get('12.1')).toMatchObject({ group: '二、环境整治', deadline: '2025-06-30' })
    // The sheet's name "2025年" gives the year and the phase of new tasks.
    expect(preview.sheets[0].contextYear).toMatchObject({ year: 2025 })
    expect(tasks.get('12.1')?.phase).toBe('full-coverage')
  })

  it('a 序号 that restarts under each heading is not a code: rows are matched by title', async () => {
    const { plan, preview } = await previewBytes(db, await restartingSerialLedger())
    const code = preview.sheets[0].columns.find((c) => c.header === '序号')!
    expect(code.field).toBeNull()
    expect(preview.sheets[0].notes.join()).toMatch(/重新编号/)
    expect(preview.counts).toEqual({ new: 4, changed: 0, unchanged: 0, error: 0 })
    const tasks = taskValues(plan)
    expect(tasks.get('开展消防安全专项整治')).toMatchObject({ code: null, group: '一、消防安全' })
    expect(tasks.get('建设垃圾分类投放点')).toMatchObject({ group: '二、环境卫生' })
  })

  it('every date form of the issue reads to its day; 长期 forms to no deadline', async () => {
    const { plan, preview } = await previewBytes(db, await dateFormsLedger())
    expect(preview.rows.filter((r) => r.status === 'error').map((r) => r.errors)).toEqual([])
    const tasks = taskValues(plan)
    DATE_FORMS.forEach((form, i) => {
      expect(tasks.get(`D${i + 1}`)?.deadline, form.text).toBe(form.expected)
    })
  })

  it('a date it cannot read is a row error naming the sheet, row, column and value — never a guess', async () => {
    const { preview } = await previewBytes(db, await badDatesLedger())
    expect(preview.counts).toMatchObject({ new: 1, error: BAD_DATES.length })
    BAD_DATES.forEach((bad, i) => {
      const row = preview.rows.find((r) => r.row === i + 3)!
      expect(row.status).toBe('error')
      expect(row.errors).toHaveLength(1)
      expect(row.errors[0]).toMatchObject({ sheet: '任务', row: i + 3, column: 'D', header: '完成时限' })
      expect(row.errors[0].message).toMatch(bad.reason)
    })
  })

  it('without a year in the title or sheet name, "6月30日前" takes the year of the row\'s 阶段', async () => {
    const { plan, preview } = await previewBytes(db, await phaseYearLedger())
    expect(preview.counts.error).toBe(0)
    const tasks = taskValues(plan)
    expect(tasks.get('P1')).toMatchObject({ phase: 'push', deadline: '2024-06-30' })
    expect(tasks.get('P2')).toMatchObject({ phase: 'pilot', deadline: '2023-12-31' })
  })

  it('units split on 、，,；; and spaces, matched by name or alias, brackets kept whole, new ones listed', async () => {
    const { plan, preview } = await previewBytes(db, await unitsLedger())
    const tasks = taskValues(plan)
    expect(tasks.get('U1')).toMatchObject({
      lead: ['市城市管理局'],
      support: ['市住房和城乡建设局', '市公安局', '市水利局', '市财政局', '市消防救援支队']
    })
    expect(tasks.get('U2')).toMatchObject({
      lead: ['市委宣传部（市文明办）'],
      support: ['市乡村振兴局', '市委宣传部（市文明办）']
    })
    expect(preview.newUnits).toEqual(['市乡村振兴局'])
  })

  it('状态, 进度 and 完成日期 must agree; a bare 0.5 is not taken for 50%', async () => {
    const { plan, preview } = await previewBytes(db, await statusLedger())
    const tasks = taskValues(plan)
    expect(tasks.get('S1')).toMatchObject({ status: 'done', percent: 100, completedDate: '2025-06-20' })
    expect(tasks.get('S2')).toMatchObject({ status: 'in-progress', percent: 80 })
    expect(tasks.get('S3')).toMatchObject({ status: 'done', completedDate: '2025-06-25' })
    const errorOf = (code: string) =>
      preview.rows
        .find((r) => r.label.startsWith(code))!
        .errors.map((e) => e.message)
        .join()
    expect(errorOf('S4')).toMatch(/已办结，但进度只有50%/)
    expect(errorOf('S5')).toMatch(/填写了完成日期，但状态是“推进中”/)
    expect(errorOf('S6')).toMatch(/状态“差不多了”无法识别/)
    expect(errorOf('S7')).toMatch(/进度“0.5”不明确/)
    expect(preview.counts.error).toBe(4)
  })

  it('several sheets: each year sheet is read with its own year; hidden and text-only sheets are skipped', async () => {
    const { plan, preview } = await previewBytes(db, await multiSheetLedger())
    expect(preview.sheets.map((s) => s.sheet)).toEqual(['2024年', '2025年'])
    expect(preview.skippedSheets.map((s) => s.sheet).sort()).toEqual(['下拉选项', '填表说明'].sort())
    const tasks = taskValues(plan)
    expect(tasks.get('Y24')?.deadline).toBe('2024-10-31')
    expect(tasks.get('Y25')?.deadline).toBe('2025-10-31')
  })

  it('a header repeated further down and a 合计 row are not tasks', async () => {
    const { preview } = await previewBytes(db, await repeatedHeaderLedger())
    expect(preview.counts).toMatchObject({ new: 2, error: 0 })
    expect(preview.skippedRows).toBe(2)
  })

  it('rich text is joined, hyperlinks give their text, formulas their cached result', async () => {
    const { plan } = await previewBytes(db, await richCellsLedger())
    const tasks = taskValues(plan)
    expect(tasks.get('T1')).toMatchObject({ title: '推进10+1治理内容', note: '方案链接' })
    expect(tasks.get('T2')?.title).toBe('推进10+1治理内容（续）')
  })

  it('into an empty data file: the plan is created on commit, every unit is new', async () => {
    const empty = openMemoryDatabase()
    const { preview } = await previewBytes(empty, await plainLedger())
    expect(preview.createsPlan).toMatch(/三年行动方案/)
    expect(preview.counts.new).toBe(5)
    expect(preview.newUnits).toContain('市消防救援支队')
  })
})

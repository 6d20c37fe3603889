import ExcelJS from 'exceljs'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ProblemRow, RoundScore } from '../src/shared/contract'
import { createHandlers } from '../src/main/api/handlers'
import { selectValue } from '../src/main/store/typed-query'
import { MESSY_ROWS, resultsWorkbook } from './assessment-workbook'
import { cli, cliJson } from './cli-harness'
import { paragraphTexts, readDocx } from './documents-fixture'
import { assertRenderTools, convertToPdf, pdfInfo, readPdfText } from './documents-render'
import { demoApp, dispatcher } from './exchange-helpers'
import { useSuiteTempDir } from './temp-dir'
import { ooxmlVerdict } from './ooxml-validate'

/**
 * The round's documents from the CLI, as the "Done when" asks: the 测评通报 (GB/T 9704, numbered in
 * the 督办 series) and the 整改台账, their figures equal to `assess score --json`.
 */
const suiteDir = useSuiteTempDir()
let dir: string
let db: string
let score: RoundScore
let bulletin: string

beforeAll(async () => {
  dir = suiteDir()
  const { ctx } = await demoApp(dir)
  const call = dispatcher(() => createHandlers(ctx))
  await call('assessment.installSample', { year: 2025 })
  await call('assessment.openRound', { year: 2025, quarter: 3, openedOn: '2025-09-01' })
  db = ctx.dataFile
  ctx.db.close()
  const results = join(dir, '第三方测评结果.xlsx')
  writeFileSync(results, await resultsWorkbook(MESSY_ROWS))
  const imported = await cli(
    'assess',
    'import',
    results,
    '--db',
    db,
    '--round',
    '2025年第三季度',
    '--as-of',
    '2025-09-30'
  )
  expect(imported.stderr).toBe('')
  expect(imported.code).toBe(0)
  score = await cliJson<RoundScore>(
    'assess',
    'score',
    '--db',
    db,
    '--round',
    '2025Q3',
    '--as-of',
    '2025-09-30',
    '--json'
  )
  bulletin = join(dir, '测评通报.docx')
  const report = await cli(
    'assess',
    'report',
    '--db',
    db,
    '--round',
    '2025年第三季度',
    '--out',
    bulletin,
    '--as-of',
    '2025-09-30',
    '--deadline',
    '2025-10-31'
  )
  expect(report.code).toBe(0)
}, 120_000)

describe('assess score', () => {
  it('prints the issue’s shape with the hand-computed figures', () => {
    expect(score.round).toBe('2025年第三季度')
    const districts = score.areas.filter((a) => a.level === 'district')
    expect(districts.map((d) => [d.name, d.total, d.rank, d.board, d.veto])).toEqual([
      ['西岭区', 97.1, 1, 'red', false],
      ['东湖区', 90.43, 2, 'red', false]
    ])
    // 湖滨 (实地 90.70) ranks above 东渡 (第三方 90.00) within 东湖区.
    expect(score.areas.find((a) => a.name === '湖滨街道')).toMatchObject({
      level: 'town',
      parent: '东湖区',
      rank: 1
    })
    expect(score.problems).toEqual({ total: 4, open: 4, overdue: 0, closed: 0 })
  })
})

describe('the 测评通报', () => {
  it('is numbered in the 督办 series, prints assess score’s figures and the problem list', async () => {
    const { document } = await readDocx(bulletin)
    const texts = paragraphTexts(document)
    expect(texts).toContain('示例文明办督〔2025〕1号')
    expect(texts.join('')).toContain('关于2025年第三季度城中村常态长效测评情况的通报')
    // The district table: every figure as `assess score` gives it, 2 decimals.
    for (const d of score.areas.filter((a) => a.level === 'district')) {
      expect(texts).toContain(d.name)
      expect(texts).toContain(d.total!.toFixed(2))
      for (const v of Object.values(d.components)) expect(texts).toContain(v.toFixed(2))
    }
    expect(texts.join('')).toContain(`本轮测评共抽查点位4个，发现问题${score.problems.total}个`)
    expect(texts.join('')).toContain('红榜（区）：西岭区、东湖区')
    // 附件: all four problems, in the list, each with the 位置 the evaluators gave (as the 交办单 has it).
    expect(texts).toContain('测评问题清单')
    for (const row of MESSY_ROWS.filter((r) => r[7] !== ''))
      expect(texts).toContain(row[8] ? `${row[7]}（位置：${row[8]}）` : row[7])
    expect(MESSY_ROWS.some((r) => r[7] !== '' && r[8])).toBe(true)
    expect(document).toContain('<pic:pic')
  })

  it('passes the OOXML validator and renders as A4 pages in LibreOffice', () => {
    expect(ooxmlVerdict(bulletin)).toBe('ok')
    assertRenderTools()
    const pdf = convertToPdf(bulletin, join(dir, 'pdf'))
    const info = pdfInfo(pdf)
    expect(info.widthMm).toBeCloseTo(210, 0)
    expect(info.heightMm).toBeCloseTo(297, 0)
    expect(info.pages).toBeGreaterThanOrEqual(2)
    const text = readPdfText(pdf).replace(/\s+/g, '')
    expect(text).toContain('97.10')
    expect(text).toContain('测评问题清单')
  }, 120_000)

  it('takes the next number in the series for a 督办通知 issued after it', async () => {
    const second = join(dir, '第二份.docx')
    expect(
      (
        await cli(
          'assess',
          'report',
          '--db',
          db,
          '--round',
          '2025年第三季度',
          '--out',
          second,
          '--as-of',
          '2025-10-09'
        )
      ).code
    ).toBe(0)
    const paragraphs = paragraphTexts((await readDocx(second)).document)
    expect(paragraphs).toContain('示例文明办督〔2025〕2号')
    // Without --deadline, 30 days after the 印发日期, as the 测评 page and the meeting pack set it.
    expect(paragraphs.join('\n')).toContain('2025年11月8日（含）前')
  })
})

describe('assess problems and the 整改台账', () => {
  it('lists the problems with state and light, and refuses an unknown round in Chinese', async () => {
    const problems = await cliJson<ProblemRow[]>(
      'assess',
      'problems',
      '--db',
      db,
      '--as-of',
      '2025-09-30',
      '--json'
    )
    expect(problems.map((p) => [p.district, p.state, p.light])).toEqual([
      ['东湖区', 'pending', null],
      ['东湖区', 'pending', null],
      ['东湖区', 'pending', null],
      ['西岭区', 'pending', null]
    ])
    const wrong = await cli('assess', 'score', '--db', db, '--round', '2024年第一季度', '--json')
    expect(wrong.code).not.toBe(0)
    expect(wrong.stderr).toContain('没有“2024年第一季度”这个测评轮次，已有：2025年第三季度')
  })

  it('writes the 整改台账 styled like the ledger export', async () => {
    const { openApp } = await import('../src/main/bootstrap')
    const { silentLogger } = await import('../src/main/system/logger')
    const { writeRectificationLedger } = await import('../src/main/assessment/documents/report-service')
    const ctx = await openApp({ dataFile: db, shell: 'cli', log: silentLogger })
    const path = join(dir, '整改台账.xlsx')
    try {
      expect(await writeRectificationLedger(ctx, { roundId: 1, asOf: '2025-09-30' }, path)).toBe(4)
      expect(selectValue<number>(ctx.db, 'SELECT count(*) FROM assessment_bulletin').one()).toBe(2)
    } finally {
      ctx.db.close()
    }
    expect(ooxmlVerdict(path)).toBe('ok')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(path)
    const ws = wb.worksheets[0]
    expect(ws.getCell(1, 1).value).toBe('2025年第三季度城中村常态长效测评问题整改台账')
    expect(ws.getRow(3).values).toContain('整改时限')
    expect(ws.getCell(4, 7).value).toBe('主巷道口有暴露垃圾')
    // Where at the point, as the evaluators wrote it: the unit has to find it.
    expect(ws.getCell(3, 8).value).toBe('位置')
    expect(ws.getCell(4, 8).value).toBe('主巷道口')
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
  })
})

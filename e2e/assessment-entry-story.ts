import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import type { ProblemRow, RoundScore, Scheme, SchemeNode } from '../src/shared/contract'
import { formatChineseDate } from '../src/shared/civil-date'
import { cliJson } from './harness/cli'
import { expect, type Workspace } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { AssessmentPage, type PointEntry } from './pages/assessment-page'

export const ROUND = '2025年第三季度'

/** The 实地暗访 测评内容 of the scheme in force that apply to a 城中村, as `assess scheme` prints them. */
function fieldCriteria(dataFile: string): SchemeNode[] {
  const scheme = cliJson<Scheme>(['assess', 'scheme', '--db', dataFile, '--year', '2025'])
  const out: SchemeNode[] = []
  const walk = (nodes: readonly SchemeNode[]): void =>
    nodes.forEach((n) => {
      if (n.level === 3 && n.component === scheme.components[0].key && !n.objectType) out.push(n)
      walk(n.children)
    })
  walk(scheme.nodes)
  return out
}

const shown = (n: number): string => String(Math.round(n * 100) / 100)

/** The two points of the clerk's own 暗访 of the quarter: one with problems, one all 符合. */
export function entries(dataFile: string): { withProblems: PointEntry; clean: PointEntry } {
  const criteria = fieldCriteria(dataFile)
  const passFail = criteria.find((c) => c.rule?.type === 'pass-fail' && !c.veto)
  const perProblem = criteria.find((c) => c.rule?.type === 'per-problem')
  if (!passFail || !perProblem)
    throw new Error('the sample scheme has no pass-fail or per-problem 实地暗访 item')
  return {
    withProblems: {
      areaPath: '东湖区·湖滨街道·小屿社区',
      name: '小屿社区后巷',
      failed: [{ item: passFail, description: '公厕无人保洁，地面积水', location: '社区公厕' }],
      problems: [{ item: perProblem, description: '巷尾堆放建筑垃圾', location: '后巷巷尾' }]
    },
    clean: { areaPath: '西岭区·枫林镇', name: '枫林镇农贸街', failed: [], problems: [] }
  }
}

/** The 测评 page at the 测评轮次 tab, with the sample scheme and the quarter's round open. */
export async function openQuarter(page: Page, city: Workspace): Promise<AssessmentPage> {
  await city.open(page)
  await new AppShell(page).goTo('测评')
  const assess = new AssessmentPage(page)
  await assess.openTab('测评体系')
  await assess.installSample.click()
  await expect(assess.sampleTag).toBeVisible()
  await assess.openTab('测评轮次')
  await assess.openDefaultRound()
  await expect(assess.roundsTable).toContainText(ROUND)
  return assess
}

/**
 * The clerk's own 暗访 quarter, without an evaluators' workbook (issue 16): two points entered by hand
 * from the scheme's checklist, a 问卷 for one 区, the ranking (the figures `assess score` prints) and a
 * score explained, a problem handed to a unit through 申请销号 and 复核通过 to 已销号, and the 交办单 and
 * 整改台账 written and read back.
 */
export async function assessmentEntryStory(page: Page, city: Workspace): Promise<void> {
  const assess = await openQuarter(page, city)
  const { withProblems, clean } = entries(city.dataFile)
  const [failed] = withProblems.failed!
  const [found] = withProblems.problems!

  // The checklist is the 实地暗访 items only: a 第三方评估 item is not there to be left empty.
  await assess.fillPoint(withProblems)
  await expect(assess.pointEntryDialog.getByRole('row', { name: /无占道经营/ })).toHaveCount(0)
  await assess.pointEntryDialog.getByRole('button', { name: /^录\s*入$/ }).click()
  await assess.pointEntryDialog.waitFor({ state: 'hidden' })
  await assess.enterPoint(clean)
  const points = assess.page.getByTestId('round-points')
  await expect(points).toContainText(withProblems.name)
  await expect(points).toContainText(clean.name)

  // 问卷 for 东湖区: 400 samples, 92.5% satisfied.
  await assess.enterSurvey('东湖区', 400, 92.5)
  const surveys = assess.root
    .locator('.ant-card')
    .filter({ hasText: '问卷调查' })
    .getByRole('row', { name: /^东湖区\s/ })
  await expect(surveys).toContainText('400')
  await expect(surveys).toContainText('92.5%')

  // The ranking: each ranked 区's total is the one `assess score` computes.
  const score = cliJson<RoundScore>(['assess', 'score', '--db', city.dataFile, '--round', ROUND])
  const districts = score.areas
    .filter((a) => a.level === 'district' && a.rank !== null)
    .sort((a, b) => a.rank! - b.rank!)
  expect(districts.map((d) => d.name).sort()).toEqual(['东湖区', '西岭区'])
  await assess.openTab('排名')
  for (const d of districts) {
    const row = assess.rankingRow(d.name)
    await expect(row.locator('td').nth(0)).toHaveText(String(d.rank))
    await expect(row.getByRole('button', { name: new RegExp(`^${d.name}总分`) })).toHaveText(shown(d.total!))
  }

  // 东湖区's total explained: the hand-entered point with both problems, the 问卷, no 第三方评估.
  const donghu = districts.find((d) => d.name === '东湖区')!
  await assess.explainTotal('东湖区')
  await expect(assess.explain.getByTestId('explain-total')).toHaveText(shown(donghu.total!))
  await expect(assess.explain).toContainText(withProblems.name)
  await expect(assess.explain).toContainText(found.description)
  await expect(assess.explain).toContainText(failed.item.name)
  await expect(assess.explain.getByTestId('explain-component-satisfaction')).toContainText(
    shown(donghu.components.satisfaction!)
  )
  await expect(assess.explain.getByTestId('explain-component-third-party')).toContainText('无得分')
  await assess.page.keyboard.press('Escape')
  await assess.explain.waitFor({ state: 'hidden' })

  // 问题清单: the two problems, 交办 to the 区 government, ten working days.
  await assess.openTab('问题清单')
  const problems = cliJson<ProblemRow[]>(['assess', 'problems', '--db', city.dataFile, '--round', ROUND])
  expect(problems.map((p) => p.description).sort()).toEqual([failed.description, found.description].sort())
  await expect(assess.problemsCount).toHaveText(`共${problems.length}个问题`)
  await expect(assess.problemRow(found.description)).toContainText(found.item.name)
  await assess.tickAllProblems()
  await assess.assignTo('东湖区人民政府', 10)
  await expect(assess.problemState(found.description)).toHaveText('整改中')
  await expect(assess.problemState(failed.description)).toHaveText('整改中')

  // The unit reports the building waste cleared: 申请销号, then 复核通过 → 已销号.
  const rectification = '已于9月29日清运后巷巷尾建筑垃圾，设置围挡并落实每日巡查。'
  await assess.tickProblem(found.description)
  await assess.requestClosing(rectification)
  await expect(assess.problemState(found.description)).toHaveText('申请销号')
  await assess.tickProblem(found.description)
  await assess.approve()
  await expect(assess.problemState(found.description)).toHaveText('已销号')

  const after = cliJson<ProblemRow[]>(['assess', 'problems', '--db', city.dataFile, '--round', ROUND])
  const closed = after.find((p) => p.description === found.description)!
  expect(closed.state).toBe('closed')
  expect(closed.closedOn).not.toBeNull()
  await expect(assess.problemLight(found.description)).toHaveText(closed.light!.label)
  await assess.problemRow(found.description).locator('[col-id="description"]').click()
  const drawer = assess.problemDrawer
  await expect(drawer.getByRole('row', { name: /^销号日期/ })).toContainText(closed.closedOn!)
  await expect(drawer.getByRole('row', { name: /^位置/ })).toContainText(found.location)
  await expect(drawer.getByRole('row', { name: /^整改说明/ })).toContainText(rectification)
  const history = drawer.getByTestId('problem-history')
  await expect(history).toContainText('交办')
  await expect(history).toContainText('申请销号')
  await expect(history).toContainText(`复核通过，销号 ${closed.closedOn}`)
  await page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'hidden' })

  // 通报与台账: the 交办单 of 东湖区人民政府 and the 整改台账, downloaded and read.
  await assess.openTab('通报与台账')
  await assess.writeHandovers.click()
  await expect(assess.writtenFiles).toContainText('问题整改交办单')
  const [handover] = await Promise.all([page.waitForEvent('download'), assess.downloadLink(/交办单/).click()])
  expect(handover.suggestedFilename()).toContain('东湖区人民政府')
  const zip = await JSZip.loadAsync(readFileSync(await handover.path()))
  const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '')
  expect(text).toContain('东湖区人民政府')
  // The 交办单 hands over what is still to fix: the open problem with its 整改时限, not the one 销号.
  const open = after.filter((p) => p.state !== 'closed')
  expect(open.map((p) => p.description)).toEqual([failed.description])
  for (const p of open) {
    expect(text).toContain(`${p.description}（位置：${p.location}）`)
    expect(text).toContain(formatChineseDate(p.deadline!))
  }
  expect(text).not.toContain(found.description)

  await assess.writeLedger.click()
  await expect(assess.writtenFiles).toContainText('整改台账')
  const [ledger] = await Promise.all([page.waitForEvent('download'), assess.downloadLink(/整改台账/).click()])
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(readFileSync(await ledger.path()) as unknown as ArrayBuffer)
  const ws = wb.getWorksheet('整改台账')!
  const cellText = (v: ExcelJS.CellValue): string =>
    v && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v ?? '')
  let header = 0
  ws.eachRow((row, n) => {
    if (header === 0 && cellText(row.getCell(1).value) === '序号') header = n
  })
  expect(header).toBeGreaterThan(0)
  const columns = new Map<string, number>()
  ws.getRow(header).eachCell((cell, col) => columns.set(cellText(cell.value), col))
  const rows: { description: string; location: string; state: string; unit: string }[] = []
  for (let n = header + 1; n <= ws.rowCount; n++) {
    const row = ws.getRow(n)
    const description = cellText(row.getCell(columns.get('问题描述')!).value)
    if (description === '') continue
    rows.push({
      description,
      location: cellText(row.getCell(columns.get('位置')!).value),
      state: cellText(row.getCell(columns.get('状态')!).value),
      unit: cellText(row.getCell(columns.get('责任单位')!).value)
    })
  }
  expect(rows).toHaveLength(after.length)
  expect(rows.map((r) => r.description).sort()).toEqual(after.map((p) => p.description).sort())
  for (const p of after) {
    const row = rows.find((r) => r.description === p.description)!
    expect(row.location).toBe(p.location)
    expect(row.state).toBe(p.stateLabel)
    expect(row.unit).toBe(p.unit)
  }
  expect(rows.find((r) => r.description === found.description)!.state).toBe('已销号')
}

import JSZip from 'jszip'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { ProblemRow, RoundScore, Scheme, SchemeNode } from '../src/shared/contract'
import { addSheet, workbookBytes, type Row } from '../test/exchange-corpus'
import { cliJson } from './harness/cli'
import { expect, type Workspace } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { AssessmentPage } from './pages/assessment-page'
import { ImportWizard } from './pages/import-wizard'

const ROUND = '2025年第三季度'

/** The Ⅲ 测评内容 of the scheme in force, by code, as `assess scheme` prints it. */
function criteria(dataFile: string): Map<string, SchemeNode> {
  const scheme = cliJson<Scheme>(['assess', 'scheme', '--db', dataFile, '--year', '2025'])
  const out = new Map<string, SchemeNode>()
  const walk = (nodes: readonly SchemeNode[]): void =>
    nodes.forEach((n) => {
      if (n.level === 3) out.set(n.code, n)
      walk(n.children)
    })
  walk(scheme.nodes)
  return out
}

/**
 * The evaluators' workbook as an agency sends it: two title rows, 区 merged down its rows and written
 * as 东湖 in one block and 东湖区 in another, towns without 道 (湖滨街), criteria by code or by name, one
 * row per finding, a point where nothing was found (扣分 0).
 */
async function evaluatorsWorkbook(path: string, byCode: Map<string, SchemeNode>): Promise<void> {
  const name = (code: string): string => {
    const c = byCode.get(code)
    if (!c) throw new Error(`the sample scheme has no 测评内容 ${code}`)
    return c.name
  }
  const rows: Row[] = [
    ['示例市2025年第三季度城中村常态长效测评第三方测评结果'],
    [
      '测评机构：示例测评咨询有限公司',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '测评时间：2025年9月'
    ],
    ['序号', '区', '镇（街）', '点位名称', '点位类型', '测评内容', '扣分', '存在问题', '具体位置'],
    [1, '东湖', '湖滨街', '后墘社主巷', '城中村', '1.1.1', 2, '主巷道口有暴露垃圾', '主巷道口'],
    [
      2,
      undefined,
      '湖滨街',
      '后墘社主巷',
      '城中村',
      `2.1.1 ${name('2.1.1')}`,
      2,
      '巷口水果店出店经营',
      '巷口'
    ],
    [3, undefined, '东渡街道', '东渡后巷', '背街小巷', name('1.1.1'), 4, '巷尾两处卫生死角', '巷尾'],
    [4, '西岭区', '枫林镇', '新垵村村口', '城中村', '1.1.1', 6, '村口垃圾堆积未清运', '村口'],
    [5, undefined, '枫林镇', '新垵村村口', '城中村', '2.2.1', 1, '墙面乱张贴小广告', '村委会外墙'],
    [6, '南港区', '港湾街道', '垵尾社', '城中村', '1.1.1', 0, '', ''],
    [7, '北山区', '北山街道', '北山老街', '背街小巷', '1.1.1', 8, '垃圾桶满溢、地面污水横流', '老街中段'],
    [8, '东湖区', '望海街道', '望海社', '城中村', '1.1.1', 2, '绿化带积存垃圾', '社区公园旁']
  ]
  writeFileSync(
    path,
    await workbookBytes((wb) => addSheet(wb, '第三方测评', rows, ['A1:I1', 'B4:B6', 'B7:B8']))
  )
}

/**
 * The quarter's assessment (issue 16) as the clerk goes through it: the sample scheme, a new round, the
 * evaluators' messy workbook imported into it, the ranking (the figures `assess score` prints), a score
 * explained, problems handed to a unit, a 申请销号 and a 复核 退回, and the 测评通报 written. `shot` is
 * called at each screen worth a look.
 */
export async function assessmentStory(
  page: Page,
  city: Workspace,
  shot: (name: string) => Promise<void>
): Promise<void> {
  await city.open(page)
  await new AppShell(page).goTo('测评')
  const assess = new AssessmentPage(page)

  // No scheme yet: the page says so and offers the sample, marked as a sample to adapt.
  await expect(page.getByTestId('rounds-empty')).toContainText('还没有测评体系')
  await assess.openTab('测评体系')
  await assess.installSample.click()
  await expect(assess.sampleTag).toBeVisible()
  await expect(assess.schemeTree).toContainText('一票否决')
  await shot('scheme')

  // A round for the quarter of the 统计截止日期 (2025-09-30), then the evaluators' workbook into it.
  await assess.openTab('测评轮次')
  await assess.openDefaultRound()
  await expect(assess.roundsTable).toContainText(ROUND)
  const workbook = join(city.dir, '第三方测评结果.xlsx')
  await evaluatorsWorkbook(workbook, criteria(city.dataFile))
  const wizard = new ImportWizard(page)
  await assess.importResults.click()
  await wizard.chooseFile(workbook)
  await wizard.toPreview.click()
  await expect(wizard.count('error')).toHaveText('0')
  await shot('import-preview')
  await wizard.commitButton.click()
  await expect(wizard.result).toContainText('导入完成')
  await expect(wizard.seeTasks).toHaveText('查看排名')
  await wizard.seeTasks.click()

  // The ranking of the 区 is the one `assess score` computes, 东湖 and 东湖区 counted as one 区.
  const score = cliJson<RoundScore>(['assess', 'score', '--db', city.dataFile, '--round', ROUND])
  const districts = score.areas
    .filter((a) => a.level === 'district' && a.rank !== null)
    .sort((a, b) => a.rank! - b.rank!)
  expect(districts.map((d) => d.name)).toContain('东湖区')
  expect(districts.filter((d) => d.name === '东湖区')).toHaveLength(1)
  const rows = assess.rankingTable.locator('tbody tr.ant-table-row')
  await expect(rows.first()).toContainText(districts[0].name)
  for (const d of districts) {
    const row = assess.rankingRow(d.name)
    await expect(row.locator('td').nth(0)).toHaveText(String(d.rank))
    await expect(row.getByRole('button', { name: new RegExp(`^${d.name}总分`) })).toHaveText(
      String(Math.round(d.total! * 100) / 100)
    )
  }
  const red = districts.filter((d) => d.board === 'red').map((d) => d.name)
  if (red.length > 0) await expect(assess.boardSummary).toContainText(red.join('、'))
  await shot('ranking')

  // 东湖区's score explained: its points and the deductions the workbook gave them.
  const donghu = districts.find((d) => d.name === '东湖区')!
  await assess.explainTotal('东湖区')
  await expect(assess.explain.getByTestId('explain-total')).toHaveText(
    String(Math.round(donghu.total! * 100) / 100)
  )
  await expect(assess.explain).toContainText('后墘社主巷')
  await expect(assess.explain).toContainText('主巷道口有暴露垃圾')
  await shot('explain')
  await page.keyboard.press('Escape')
  await assess.explain.waitFor({ state: 'hidden' })

  // The problem list: every finding with a deduction, as `assess problems` lists them.
  await assess.openTab('问题清单')
  const problems = cliJson<ProblemRow[]>(['assess', 'problems', '--db', city.dataFile, '--round', ROUND])
  expect(problems.length).toBe(7)
  await expect(assess.problemsCount).toHaveText(`共${problems.length}个问题`)

  // 东湖区's four problems handed to the 区 government, ten working days.
  await assess.filterProblems('按区筛选', '东湖区')
  await expect(assess.problemsCount).toContainText('筛选出4个')
  await assess.tickAllProblems()
  await assess.assignTo('东湖区人民政府', 10)
  await expect(assess.problemState('主巷道口有暴露垃圾')).toHaveText('整改中')
  await expect(assess.problemLight('主巷道口有暴露垃圾')).toContainText('剩')
  await expect(assess.problemRow('绿化带积存垃圾')).toContainText('东湖区人民政府')

  // The unit reports one fixed: 申请销号 with its 整改说明 …
  await assess.tickProblem('主巷道口有暴露垃圾')
  await assess.requestClosing('已于9月28日清运暴露垃圾，增设分类垃圾桶2个，落实保洁员每日巡查。')
  await expect(assess.problemState('主巷道口有暴露垃圾')).toHaveText('申请销号')
  await shot('problems')

  // … and the 复核 finds it not fixed: 退回, back to 整改中, the reason in its history.
  await assess.tickProblem('主巷道口有暴露垃圾')
  await assess.sendBack('复核时巷道口仍有暴露垃圾，保洁不到位。')
  await expect(assess.problemState('主巷道口有暴露垃圾')).toHaveText('整改中')
  await assess.problemRow('主巷道口有暴露垃圾').locator('[col-id="description"]').click()
  await expect(assess.problemDrawer).toContainText('复核时巷道口仍有暴露垃圾，保洁不到位。')
  await expect(assess.problemDrawer).toContainText('已于9月28日清运暴露垃圾')
  await shot('problem-history')
  await page.keyboard.press('Escape')
  await assess.problemDrawer.waitFor({ state: 'hidden' })

  // The 测评通报: written, numbered, with the ranking's own figures.
  await assess.openTab('通报与台账')
  await assess.writeReport.click()
  await expect(assess.writtenFiles).toContainText('测评通报')
  await shot('documents')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    assess.downloadLink(/测评通报/).click()
  ])
  const zip = await JSZip.loadAsync(readFileSync(await download.path()))
  const xml = await zip.file('word/document.xml')!.async('string')
  const text = xml.replace(/<[^>]+>/g, '')
  expect(text).toContain(ROUND)
  for (const d of districts) expect(text).toContain(d.name)
  expect(text).toContain(String(Math.round(districts[0].total! * 100) / 100))

  // 总览's 测评情况: the round, the ranking of the 区 and the problem counts `assess score` gives.
  const shell = new AppShell(page)
  await shell.goTo('总览')
  const card = page.getByTestId('assessment-status-card')
  await expect(card).toContainText(`测评情况：${ROUND}`)
  const cardRanking = card.getByTestId('assessment-card-ranking')
  await expect(cardRanking.locator('tbody tr.ant-table-row')).toHaveCount(
    score.areas.filter((a) => a.level === 'district').length
  )
  await expect(cardRanking.locator('tbody tr.ant-table-row').first()).toContainText(districts[0].name)
  for (const d of districts) {
    const row = cardRanking.locator('tbody tr.ant-table-row', { hasText: d.name })
    await expect(row.locator('td').nth(0)).toHaveText(String(d.rank))
    await expect(row.locator('td').nth(2)).toHaveText(String(Math.round(d.total! * 100) / 100))
  }
  const now = cliJson<RoundScore>(['assess', 'score', '--db', city.dataFile, '--round', ROUND]).problems
  await expect(card.getByTestId('problems-未销号')).toContainText(String(now.open))
  await expect(card.getByTestId('problems-逾期')).toContainText('0')
  await shot('dashboard-card')

  // Past the ten working days 东湖区 was given, its problems are overdue: 逾期 opens just those.
  await shell.setAsOf('2025-11-28')
  const later = cliJson<RoundScore>([
    'assess',
    'score',
    '--db',
    city.dataFile,
    '--round',
    ROUND,
    '--as-of',
    '2025-11-28'
  ]).problems
  expect(later.overdue).toBe(4)
  await expect(card.getByTestId('problems-逾期')).toContainText('4')
  await card.getByRole('button', { name: '逾期问题4个，查看' }).click()
  await expect(assess.root.getByRole('tab', { name: '问题清单', selected: true })).toBeVisible()
  await expect(assess.problemsCount).toContainText(`筛选出4个，共${problems.length}个`)
  await expect(assess.problemRow('主巷道口有暴露垃圾')).toBeVisible()
}

import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { ProblemRow } from '../src/shared/contract'
import { entries, openQuarter, ROUND } from './assessment-entry-story'
import { cliJson } from './harness/cli'
import { chooseFilesThrough } from './harness/file-chooser'
import { expect, type Workspace } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { RoundsPage } from './pages/rounds-page'
import { fillReturn, unzipWorkbooks } from './units/unit-returns'

const UNIT = '东湖区人民政府'
const FILL_ROUND = '2025年9月测评问题整改填报'
const REPLY = '已清运建筑垃圾并设置围挡，落实每日巡查'

/**
 * Problem replies through a reporting round (issue 16): the 测评 quarter's problems are 交办 to a unit,
 * the clerk opens a 整改填报 from the 问题清单, the unit marks its problems 已办结 in its 填报表, and once
 * the return is 采纳 each problem stands at 申请销号 with the unit's words as its 整改说明 and the round and
 * file it came from in its history. `shot` is called at each screen worth a look.
 */
export async function problemRoundStory(
  page: Page,
  city: Workspace,
  shot: (name: string) => Promise<void>
): Promise<void> {
  const assess = await openQuarter(page, city)
  const { withProblems } = entries(city.dataFile)
  await assess.enterPoint(withProblems)

  await assess.openTab('问题清单')
  const openRound = page.getByTestId('open-problem-round')
  // Nothing is 整改中 yet: there is nothing to ask a unit about.
  await expect(openRound).toBeDisabled()
  await assess.tickAllProblems()
  await assess.assignTo(UNIT, 10)
  const found = cliJson<ProblemRow[]>(['assess', 'problems', '--db', city.dataFile, '--round', ROUND])
  expect(found.length).toBeGreaterThan(0)
  for (const p of found) await expect(assess.problemState(p.description)).toHaveText('整改中')

  // 发起整改填报: the dialog asks about the 测评问题 only, of the one unit that has them.
  await openRound.click()
  const rounds = new RoundsPage(page)
  const dialog = rounds.openDialog
  await dialog.waitFor()
  await expect(dialog.getByLabel('填报标题')).toHaveValue(FILL_ROUND)
  await expect(dialog.getByRole('checkbox', { name: '测评问题整改' })).toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: '重点任务' })).not.toBeChecked()
  await expect(rounds.reach).toContainText('将向 1 个单位发放填报表')
  await shot('open-dialog')
  await rounds.confirmRound()
  await expect(rounds.workspace.getByTestId('round-title')).toHaveText(FILL_ROUND)

  await rounds.openTab('生成填报表')
  await rounds.writeFiles()
  await expect(rounds.writtenFiles).toContainText('已生成 1 份填报表')
  const books = await unzipWorkbooks(await (await rounds.download(/\.zip/)).path(), join(city.dir, 'sent'))
  expect([...books.keys()]).toEqual([UNIT])

  // The unit has rectified every problem it was handed.
  const inbox = join(city.dir, 'inbox')
  mkdirSync(inbox)
  const returned = join(inbox, `${UNIT}整改情况.xlsx`)
  fillReturn(books.get(UNIT)!, returned, {
    values: { 本期进展: `${REPLY}（第{i}个问题）`, 状态: '已办结', 办结日期: '2025-09-30', 填报人: '李四' }
  })
  await rounds.openTab('收取与审核')
  await chooseFilesThrough(page, rounds.collect.getByTestId('collect-files'), returned)
  await expect(rounds.collectedFile(`${UNIT}整改情况`)).toContainText('可采纳')
  await rounds.showFile(`${UNIT}整改情况`)
  await expect(rounds.reviewRows).toHaveCount(found.length)
  await expect(rounds.reviewRows.first()).toContainText('测评问题')
  await shot('review')
  await rounds.acceptAll.click()
  await expect(rounds.collectedFile(`${UNIT}整改情况`)).toContainText('已采纳')

  // Back in the 问题清单: every problem asks for 销号, with the unit's words and where they came from.
  await new AppShell(page).goTo('测评')
  await assess.openTab('问题清单')
  const after = cliJson<ProblemRow[]>(['assess', 'problems', '--db', city.dataFile, '--round', ROUND])
  for (const p of after) {
    expect(p.state).toBe('requested')
    await expect(assess.problemState(p.description)).toHaveText('申请销号')
  }
  const first = after[0]
  await assess.problemRow(first.description).locator('[col-id="description"]').click()
  const drawer = assess.problemDrawer
  await expect(drawer.getByRole('row', { name: /^整改说明/ })).toContainText(REPLY)
  await expect(drawer.getByTestId('problem-history-source').last()).toContainText(
    `来源：${FILL_ROUND} · ${UNIT}整改情况.xlsx`
  )
  await shot('problem-drawer')
  await page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'hidden' })
}

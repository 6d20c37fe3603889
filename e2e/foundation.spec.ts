import type { Summary, TaskRow } from '../src/shared/contract'
import { cliJson } from './harness/cli'
import { expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { DashboardPage } from './pages/dashboard-page'
import { FirstRunPage } from './pages/first-run-page'
import { TaskLedgerPage } from './pages/task-ledger-page'

test('a clerk opens a new data file, loads the sample city and sees the same figures as the CLI', async ({
  page,
  emptyFile
}) => {
  await emptyFile.open(page)
  const firstRun = new FirstRunPage(page)
  await expect(firstRun.welcome).toBeVisible()
  await expect(firstRun.importLedger).toBeVisible()
  await firstRun.loadSample.click()

  const shell = new AppShell(page)
  const dashboard = new DashboardPage(page)
  await expect(dashboard.root).toBeVisible()
  // The sample data brings its own as-of date, so every light is reproducible.
  await expect(shell.asOfInput).toHaveValue('2025年9月30日')

  const summary = cliJson<Summary>(['summary', '--db', emptyFile.dataFile, '--as-of', '2025-09-30'])
  expect(await dashboard.taskCounts()).toEqual(summary.tasks)
  const { total, done, red, yellow, green } = summary.villageItems
  expect(await dashboard.villageItemCounts()).toEqual({ total, done, red, yellow, green })
  await expect(page.getByText(`城中村治理事项（${summary.villages}个城中村）`)).toBeVisible()

  const due = cliJson<unknown[]>(['due', '--db', emptyFile.dataFile, '--as-of', '2025-09-30'])
  expect(await dashboard.dueTotal()).toBe(due.length)
})

test('moving the as-of date changes the lights, as the CLI computes them', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  const shell = new AppShell(page)
  const dashboard = new DashboardPage(page)
  await shell.setAsOf('2025-06-30')
  await expect(shell.asOfInput).toHaveValue('2025年6月30日')
  const summary = cliJson<Summary>(['summary', '--db', sampleCity.dataFile, '--as-of', '2025-06-30'])
  await expect.poll(() => dashboard.taskCounts()).toEqual(summary.tasks)
})

test('the task ledger lists every task of the plan with its light', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  const shell = new AppShell(page)
  await shell.goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  const tasks = cliJson<TaskRow[]>(['tasks', '--db', sampleCity.dataFile])
  await expect.poll(() => ledger.shownCount()).toBe(tasks.length)

  const first = tasks[0]
  await expect(ledger.cell(first.code!, 'title')).toHaveText(first.title)
  await expect(ledger.cell(first.code!, 'leadUnits')).toHaveText(first.leadUnits.join('、'))
  await expect(ledger.grid.getByText(/逾期\d+个工作日/).first()).toBeVisible()
  await expect(ledger.grid.locator('.ag-header-cell-text', { hasText: '牵头单位' })).toBeVisible()
})

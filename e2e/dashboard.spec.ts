import type { DueItem, Summary } from '../src/shared/contract'
import { cliJson } from './harness/cli'
import { expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { DashboardPage } from './pages/dashboard-page'
import { VillageItemDrawer } from './pages/village-item-drawer'

const share = (part: number, total: number) => (total === 0 ? 0 : Math.round((part / total) * 1000) / 10)

test('总览 shows the figures `summary --json` gives, by category too, and every red and yellow item', async ({
  page,
  sampleCity
}) => {
  const summary = cliJson<Summary>(['summary', '--db', sampleCity.dataFile, '--as-of', '2025-09-30'])
  const due = cliJson<DueItem[]>(['due', '--db', sampleCity.dataFile, '--as-of', '2025-09-30'])
  await sampleCity.open(page)
  const dashboard = new DashboardPage(page)
  await expect(dashboard.root).toBeVisible()
  expect(await dashboard.taskCounts()).toEqual(summary.tasks)
  const { total, done, red, yellow, green } = summary.villageItems
  expect(await dashboard.villageItemCounts()).toEqual({ total, done, red, yellow, green })
  for (const category of ['basic', 'upgrade', 'long-term'] as const) {
    const c = summary.villageItemsByCategory[category]
    expect(await dashboard.categoryPercent(category)).toBe(share(c.done, c.total))
  }
  expect(await dashboard.dueTotal()).toBe(due.length)
  await expect(dashboard.districtChart).toBeVisible()
  await expect(dashboard.unitChart).toBeVisible()
  await expect(dashboard.completionsChart).toBeVisible()
})

test('a red task in the list opens in 任务台账 with its detail', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  const dashboard = new DashboardPage(page)
  let row = dashboard.dueRows('任务').first()
  while ((await row.count()) === 0) {
    await dashboard.nextDuePage()
    row = dashboard.dueRows('任务').first()
  }
  const title = await dashboard.openDue(row)
  await expect(page.getByRole('heading', { name: '任务台账', level: 4 })).toBeVisible()
  await expect(page.getByTestId('task-detail')).toContainText(title.replace(/^\S+\s/, ''))
})

test('a red village item in the list opens its drawer right there', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  const dashboard = new DashboardPage(page)
  const row = dashboard.dueRows('村治理事项').first()
  const title = await dashboard.openDue(row)
  const drawer = new VillageItemDrawer(page)
  await expect(drawer.title).toHaveText(title)
  await expect(drawer.light).toHaveText(/^逾期\d+个工作日$/)
  await drawer.close.click()
  await expect(new AppShell(page).nav.getByRole('menuitem', { name: '总览' })).toHaveClass(/selected/)
})

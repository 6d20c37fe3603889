import { expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { DocumentsPage } from './pages/documents-page'
import { FirstRunPage } from './pages/first-run-page'
import { OfficeSetup } from './pages/office-setup'
import { WallChartPage } from './pages/wall-chart-page'

test('a blank data file: every page says what to import instead of empty axes, errors or spinners', async ({
  page,
  emptyFile
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await emptyFile.open(page)
  await new FirstRunPage(page).startBlank.click()
  await new OfficeSetup(page).later.click()
  const shell = new AppShell(page)

  await shell.goTo('总览')
  await expect(page.getByTestId('chart-empty')).toHaveCount(3)
  await expect(page.getByTestId('district-chart')).toContainText('导入村治理事项')

  await shell.goTo('治理事项')
  await expect(page.getByTestId('matrix-empty')).toContainText('还没有城中村')

  await shell.goTo('进度计划')
  const wall = new WallChartPage(page)
  await wall.mode('按村')
  await expect(page.getByTestId('wall-empty')).toContainText('导入村治理事项')
  await expect(page.locator('.ant-alert-error')).toHaveCount(0)
  await expect(page.locator('.ant-message-error')).toHaveCount(0)
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0)

  await shell.goTo('文档')
  await expect(new DocumentsPage(page).briefing.getByTestId('briefing-no-villages')).toBeVisible()
})

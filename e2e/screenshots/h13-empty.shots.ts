import { expect, test } from '../harness/fixtures'
import { AppShell, type NavLabel } from '../pages/app-shell'
import { FirstRunPage } from '../pages/first-run-page'
import { OfficeSetup } from '../pages/office-setup'

const OUT = 'docs/screenshots'

test('the pages of a blank data file at 1366×768', async ({ page, emptyFile }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await emptyFile.open(page)
  await new FirstRunPage(page).startBlank.click()
  await new OfficeSetup(page).later.click()
  const shell = new AppShell(page)
  await expect(shell.nav).toBeVisible()
  const pages: [NavLabel, string][] = [
    ['总览', 'dashboard'],
    ['任务台账', 'ledger'],
    ['治理事项', 'items'],
    ['进度计划', 'schedule'],
    ['文档', 'documents']
  ]
  for (const [label, name] of pages) {
    await shell.goTo(label)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(600)
    await page.screenshot({ path: `${OUT}/61-empty-${name}.png` })
  }
  await shell.goTo('进度计划')
  await page.getByTestId('wall-toolbar').getByText('按村', { exact: true }).click()
  await page.waitForTimeout(600)
  await page.screenshot({ path: `${OUT}/61-empty-schedule-villages.png` })
})

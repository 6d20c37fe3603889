import { expect, test } from '../harness/fixtures'
import { AppShell } from '../pages/app-shell'
import { TaskLedgerPage } from '../pages/task-ledger-page'

const OUT = 'docs/screenshots'

// The notice a clerk sees when a row edited under 逾期 is 办结 and leaves the list (issue 13, keyboard).
for (const viewport of [
  { width: 1600, height: 960 },
  { width: 1366, height: 768 }
]) {
  test(`row left the filter at ${viewport.width}×${viewport.height}`, async ({ page, sampleCity }) => {
    await page.setViewportSize(viewport)
    await sampleCity.open(page)
    await new AppShell(page).goTo('任务台账')
    const ledger = new TaskLedgerPage(page)
    await expect(ledger.grid.locator('.ag-row').first()).toBeVisible()
    await ledger.preset('逾期')
    const overdue = await ledger.codesShown()
    await ledger.chooseInCell(overdue[0], 'status', '已办结')
    await expect(page.getByTestId('left-filter-notice')).toContainText('已不符合当前筛选')
    await page.waitForTimeout(300)
    await page.screenshot({ path: `${OUT}/63-ledger-left-filter-${viewport.width}.png` })
  })
}

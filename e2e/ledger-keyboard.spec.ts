/// <reference lib="dom" />
import { expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { TaskLedgerPage } from './pages/task-ledger-page'

test('a skip link takes the keyboard to the grid’s first cell, past the filters and the column headers', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await expect(ledger.grid.locator('.ag-row').first()).toBeVisible()
  // The page's first stop for the keyboard.
  await page
    .locator('.ledger-page')
    .focus()
    .catch(() => undefined)
  const skip = page.getByRole('link', { name: '跳到任务表格' })
  await skip.focus()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  const focused = ledger.grid.locator('.ag-cell-focus')
  await expect(focused).toHaveCount(1)
  expect(
    await page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-index'))
  ).toBe('0')
  // From there the arrows walk the cells.
  await page.keyboard.press('ArrowDown')
  expect(
    await page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-index'))
  ).toBe('1')
})

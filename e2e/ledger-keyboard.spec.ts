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

test('the row actions in 操作 are reached and pressed by keyboard: Enter on the cell, Tab between, Enter to press', async ({
  page,
  sampleCity
}) => {
  test.slow()
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await ledger.reveal('1.6')
  const actions = ledger.cell('1.6', 'actions')
  await actions.focus()
  await page.keyboard.press('Enter')
  await expect(actions.getByRole('button', { name: '填报' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(actions.getByRole('button', { name: '详情' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(ledger.detail).toContainText('1.6')
  await page.keyboard.press('Escape')
  await expect(ledger.detail).toBeHidden()

  // Shift+Tab back to 填报, Enter opens the report dialog for the same task; Esc from a button is the cell.
  await actions.focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Shift+Tab')
  await expect(actions.getByRole('button', { name: '填报' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(actions).toBeFocused()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  const report = page.getByRole('dialog').filter({ has: page.getByLabel('进展情况') })
  await expect(report).toBeVisible()
  await expect(report.getByLabel('进展情况')).toBeFocused()
})

/** The focused cell of the grid: its column and the 编号 of its row. */
async function focusedCell(ledger: TaskLedgerPage): Promise<{ code: string; colId: string } | null> {
  const at = await ledger.page.evaluate(() => {
    const cell = document.activeElement?.closest('.ag-cell')
    const row = cell?.closest('.ag-row')
    return cell && row
      ? { rowIndex: row.getAttribute('row-index'), colId: cell.getAttribute('col-id') }
      : null
  })
  if (!at?.rowIndex || !at.colId) return null
  const code = await ledger.grid
    .locator(`.ag-row[row-index="${at.rowIndex}"] .ag-cell[col-id="code"]`)
    .first()
    .textContent()
  return { code: code ?? '', colId: at.colId }
}

test('a row edited out of the filter hands the focus to its neighbour in the same column and says it left', async ({
  page,
  sampleCity
}) => {
  test.slow()
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await expect(ledger.grid.locator('.ag-row').first()).toBeVisible()
  await ledger.preset('逾期')
  const overdue = await ledger.codesShown()
  expect(overdue.length).toBeGreaterThan(3)
  const notice = page.getByRole('status').filter({ hasText: '已不符合当前筛选' })

  // 办结 in the middle of the list: the row below takes its place and the focus.
  await ledger.chooseInCell(overdue[1], 'status', '已办结')
  await expect(notice).toHaveText(`任务 ${overdue[1]} 已不符合当前筛选，已移出列表`)
  await expect.poll(() => ledger.shownCount()).toBe(overdue.length - 1)
  await expect.poll(() => focusedCell(ledger)).toEqual({ code: overdue[2], colId: 'status' })
  // The arrows go on from there.
  await page.keyboard.press('ArrowUp')
  await expect.poll(() => focusedCell(ledger)).toEqual({ code: overdue[0], colId: 'status' })

  // The last row: the focus goes to the one before it.
  const last = overdue[overdue.length - 1]
  await ledger.chooseInCell(last, 'status', '已办结')
  await expect(notice).toHaveText(`任务 ${last} 已不符合当前筛选，已移出列表`)
  await expect.poll(() => focusedCell(ledger)).toEqual({ code: overdue[overdue.length - 2], colId: 'status' })
})

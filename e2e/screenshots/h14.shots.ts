import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expect, test } from '../harness/fixtures'
import { AppShell } from '../pages/app-shell'
import { SettingsPage } from '../pages/settings-page'
import { TaskLedgerPage } from '../pages/task-ledger-page'

const OUT = 'docs/screenshots'
const settle = (page: Page) => page.waitForTimeout(500)
const SIZES = [
  { width: 1600, height: 960 },
  { width: 1366, height: 768 }
]

/**
 * Issue 14 at the two window sizes clerks use: a provisional 2027 in 设置 → 工作日历 and in the ledger
 * (header badge, 估 marks), the 2026 notice pasted as published, and its preview.
 */
for (const size of SIZES) {
  const tag = `${size.width}x${size.height}`
  test(`工作日历: provisional 2027 and the notice import, ${tag}`, async ({ page, sampleCity }) => {
    await page.setViewportSize(size)
    await sampleCity.open(page)
    const shell = new AppShell(page)
    await shell.setAsOf('2027-01-15')
    await expect(page.getByTestId('provisional-calendar')).toBeVisible()

    await shell.goTo('任务台账')
    const ledger = new TaskLedgerPage(page)
    await expect(page.locator('.ledger-light [data-provisional]').first()).toBeVisible()
    await expect.poll(() => ledger.shownCount()).toBeGreaterThan(0)
    await settle(page)
    await page.screenshot({ path: `${OUT}/60-ledger-provisional-${tag}.png` })

    const settings = new SettingsPage(page)
    await settings.open('工作日历')
    await expect(page.getByTestId('calendar-provisional')).toBeVisible()
    await settle(page)
    await page.screenshot({ path: `${OUT}/61-calendar-provisional-${tag}.png` })

    await page.getByRole('button', { name: '导入年度安排' }).click()
    await page
      .getByTestId('calendar-paste')
      .fill(readFileSync('src/main/calendar/fixtures/notice-2026.txt', 'utf8'))
    await settle(page)
    await page.screenshot({ path: `${OUT}/62-calendar-paste-notice-${tag}.png` })
    await page
      .getByTestId('calendar-source-dialog')
      .getByRole('button', { name: /^预\s?览$/ })
      .click()
    await settings.importDialog.waitFor()
    await settings.importDialog.getByTestId('calendar-import-replace').click()
    await settle(page)
    await page.screenshot({ path: `${OUT}/63-calendar-notice-preview-${tag}.png` })
  })
}

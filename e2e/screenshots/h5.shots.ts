import { expect, test } from '../harness/fixtures'
import { AppShell } from '../pages/app-shell'
import { DocumentsPage } from '../pages/documents-page'

const OUT = 'docs/screenshots'

/** The 文档 page on the sample city: the briefing preview, the notices plan, the register. */
test('文档 page on the sample city', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  const shell = new AppShell(page)
  await shell.goTo('文档')
  const docs = new DocumentsPage(page)
  const content = page.locator('.ant-layout-content')
  const settle = async () => {
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(400)
  }

  await expect(docs.problems).not.toHaveValue('')
  await settle()
  await page.screenshot({ path: `${OUT}/50-documents-briefing.png` })
  await content.evaluate((el) => el.scrollTo(0, el.scrollHeight))
  await settle()
  await page.screenshot({ path: `${OUT}/50-documents-briefing-lower.png` })

  await docs.openTab('督办/催办通知')
  await expect(docs.noticePlan).toBeVisible()
  await settle()
  await page.screenshot({ path: `${OUT}/51-documents-notices.png` })
  await docs.notices.getByRole('radio', { name: '选择逾期或临期事项' }).check({ force: true })
  await expect(docs.notices.getByTestId('notice-item-picker')).toBeVisible()
  await docs.notices.getByRole('button', { name: '选中全部逾期' }).click()
  await settle()
  await page.screenshot({ path: `${OUT}/52-documents-notice-items.png` })
  await docs.notices.getByRole('radio', { name: /全部逾期事项/ }).check({ force: true })
  await docs.issueNotices.click()
  await expect(docs.writtenFiles).toBeVisible({ timeout: 60_000 })
  await docs.writtenFiles.scrollIntoViewIfNeeded()
  await settle()
  await page.screenshot({ path: `${OUT}/53-documents-notices-written.png` })

  await docs.openTab('发文登记')
  await expect(docs.registerRows.first()).toBeVisible()
  await shell.setAsOf('2025-10-20')
  await page.getByRole('heading', { name: '文档', level: 4 }).click()
  await expect(docs.register.getByText(/反馈逾期（[1-9]/)).toBeVisible()
  await settle()
  await page.screenshot({ path: `${OUT}/54-documents-register.png` })
})

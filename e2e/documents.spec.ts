import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import type { Summary } from '../src/shared/contract'
import { cliJson } from './harness/cli'
import { expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { DocumentsPage } from './pages/documents-page'

test('a clerk makes the briefing for the leadership meeting, edits 存在问题 and downloads the .docx', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('文档')
  const docs = new DocumentsPage(page)

  // The preview's headline figures are the store's, as the CLI computes them for the same date.
  const summary = cliJson<Summary>(['summary', '--db', sampleCity.dataFile, '--as-of', '2025-09-30'])
  await expect.poll(() => docs.headline('total')).toBe(summary.villageItems.total)
  expect(await docs.headline('villages')).toBe(summary.villages)
  expect(await docs.headline('done')).toBe(summary.villageItems.done)
  expect(await docs.headline('red')).toBe(summary.villageItems.red)
  await expect(docs.briefing.getByTestId('briefing-title')).toContainText('2025年第1期')

  // 存在问题 comes prefilled from the progress reports; the clerk rewrites it.
  await expect(docs.problems).toHaveValue(/（一）/)
  const edited = '（一）资金保障不足。东湖区两个村的配套资金尚未到位，请区财政于10月底前拨付。'
  await docs.problems.fill(edited)
  await docs.generateBriefing.click()
  await expect(docs.writtenFiles).toContainText('城中村现代化治理工作简报第1期.docx')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    docs.downloadLink('城中村现代化治理工作简报第1期.docx').click()
  ])
  expect(download.suggestedFilename()).toBe('城中村现代化治理工作简报第1期.docx')
  const zip = await JSZip.loadAsync(readFileSync(await download.path()))
  const xml = await zip.file('word/document.xml')!.async('string')
  expect(xml).toContain('资金保障不足。')
  expect(xml).toContain('东湖区两个村的配套资金尚未到位，请区财政于10月底前拨付。')
  expect(xml).toContain(`全市${summary.villages}个城中村共确定治理事项${summary.villageItems.total}项`)

  // The issue is kept: the next one is 第2期.
  await expect(docs.briefing.getByTestId('briefing-title')).toContainText('2025年第2期')
})

test('a clerk supervises every overdue unit, marks a reply, then chases the late ones', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  const shell = new AppShell(page)
  await shell.goTo('文档')
  const docs = new DocumentsPage(page)

  await docs.openTab('督办/催办通知')
  await expect(docs.noticePlan).toContainText(/将生成督办通知 \d+ 份/)
  const title = await docs.noticePlan.locator('.ant-card-head-title').textContent()
  const count = Number(/(\d+) 份/.exec(title ?? '')![1])
  expect(count).toBeGreaterThan(5)
  await expect(docs.noticePlan).toContainText('反馈期限2025年10月14日（5个工作日')
  await docs.issueNotices.click()
  await expect(docs.progress).toContainText(`${count}/${count}`)
  await expect(docs.writtenFiles).toContainText(`已生成 ${count + 1} 个文件`)
  await expect(docs.writtenFiles).toContainText('示例文明办督〔2025〕1号-')
  await expect(docs.writtenFiles).toContainText('发文登记表（2025年）.xlsx')

  // The register fills with every notice, each waiting for its reply.
  await docs.openTab('发文登记')
  await expect.poll(() => docs.registerTotal()).toBe(count)
  const first = await docs.registerRow('示例文明办督〔2025〕1号')
  await expect(first).toContainText('剩5个工作日')

  // The first unit replied on 2025-10-09.
  await shell.setAsOf('2025-10-20')
  await expect(first).toContainText('逾期')
  await first.getByRole('button', { name: '登记反馈' }).click()
  const picker = page.getByLabel('反馈日期')
  await picker.fill('2025年10月9日')
  await picker.press('Enter')
  await expect(first).toContainText('已反馈（10月9日）')

  // The others are late: one 催办通知 each, citing the 督办通知.
  await docs.register.getByTestId('remind-overdue').click()
  await expect(docs.noticePlan).toContainText(`将生成催办通知 ${count - 1} 份`)
  await expect(docs.noticePlan).toContainText('示例文明办督〔2025〕2号')
  await docs.issueNotices.click()
  await expect(docs.progress).toContainText(`${count - 1}/${count - 1}`)
  await expect(docs.writtenFiles).toContainText('示例文明办催〔2025〕1号-')

  await docs.openTab('发文登记')
  await docs.register.getByLabel('查找通知').fill('')
  await expect.poll(() => docs.registerTotal()).toBe(count + count - 1)
  await expect(await docs.registerRow('示例文明办催〔2025〕1号')).toContainText('引 示例文明办督〔2025〕2号')
  await expect(await docs.registerRow('示例文明办督〔2025〕2号')).toContainText(
    '已催办 示例文明办催〔2025〕1号'
  )
})

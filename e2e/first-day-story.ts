import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, type Workspace } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { DocumentsPage } from './pages/documents-page'
import { FirstRunPage } from './pages/first-run-page'
import { ImportWizard } from './pages/import-wizard'
import { OfficeSetup } from './pages/office-setup'

/** The office's own ledger: its own units, nothing from the sample city. */
async function officeLedger(path: string): Promise<void> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('任务台账')
  sheet.addRow(['序号', '任务名称', '牵头单位', '完成时限', '状态'])
  sheet.addRow(['1', '背街小巷路面修复', '甲市城管局', '2025-06-30', '推进中'])
  sheet.addRow(['2', '老旧小区雨污分流', '甲市住建局', '2025-07-31', '推进中'])
  sheet.addRow(['3', '农贸市场提升改造', '甲市商务局', '2025-12-31', '未启动'])
  await book.xlsx.writeFile(path)
}

/**
 * A clerk's first day (issue 13): 从空白开始 → the office's names (examples only as placeholders) → the
 * office's ledger → a 简报 refused while its name is empty, which opens 单位与公文 → the 简报, headed with
 * the office's own names and nothing of the sample city. `shot` is called at each screen worth a look.
 */
export async function firstDay(
  page: Page,
  file: Workspace,
  shot: (name: string) => Promise<void>
): Promise<void> {
  const ledger = join(file.dir, '台账.xlsx')
  await officeLedger(ledger)
  await file.open(page)
  const firstRun = new FirstRunPage(page)
  await expect(firstRun.loadSample).toBeVisible()
  await expect(firstRun.importLedger).toBeVisible()
  await shot('first-run')
  await firstRun.startBlank.click()

  const setup = new OfficeSetup(page)
  await expect(setup.field('发文机关全称')).toHaveValue('')
  await expect(setup.field('发文机关全称')).toHaveAttribute('placeholder', /^例如：某某市/)
  await expect(setup.form).toContainText('督办、催办通知的发文机关标志和落款')
  await shot('office-setup')
  await setup.field('发文机关全称').fill('甲市精神文明建设指导委员会办公室')
  await setup.field('发文机关简称').fill('甲市文明办')
  await setup.field('督办通知发文代字').fill('甲文明办督')
  await setup.field('催办通知发文代字').fill('甲文明办催')
  // 简报名称 left empty on purpose: the 简报 must then be refused.
  await setup.save.click()

  const shell = new AppShell(page)
  await expect(shell.nav).toBeVisible()
  await expect(page.getByTestId('office-banner')).toHaveCount(0)
  await shell.goTo('任务台账')
  const wizard = new ImportWizard(page)
  await wizard.open('tasks')
  await wizard.chooseFile(ledger)
  await wizard.toPreview.click()
  await expect(wizard.count('new')).toHaveText('3')
  await wizard.commitButton.click()
  await expect(wizard.result).toContainText('新增3项')
  await wizard.finish.click()

  await shell.goTo('文档')
  const docs = new DocumentsPage(page)
  // Tasks but no villages: the preview says the 简报 leaves the village parts out.
  await expect(docs.briefing.getByTestId('briefing-no-villages')).toBeVisible()
  await docs.generateBriefing.click()
  const refusal = page.locator('.ant-modal-confirm')
  await expect(refusal).toContainText('“简报名称”')
  await expect(page.getByRole('tab', { name: '单位与公文', selected: true })).toBeVisible()
  await shot('documents-refused')
  await refusal.getByRole('button', { name: '知道了' }).click()
  const office = page.getByRole('form', { name: '单位与公文' })
  await office.getByLabel('简报名称').fill('城中村治理工作简报')
  await office.getByRole('button', { name: /^保\s?存$/ }).click()
  await expect(page.getByText('已保存：简报名称')).toBeVisible()

  await shell.goTo('文档')
  await docs.generateBriefing.click()
  await expect(docs.writtenFiles).toContainText('城中村治理工作简报第1期.docx')
  await shot('documents-written')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    docs.downloadLink('城中村治理工作简报第1期.docx').click()
  ])
  const zip = await JSZip.loadAsync(readFileSync((await download.path())!))
  const parts = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => n.endsWith('.xml'))
      .map((n) => zip.file(n)!.async('string'))
  )
  const xml = parts.join('\n')
  expect(xml).not.toContain('示例')
  expect(xml).toContain('甲市精神文明建设指导委员会办公室')
}

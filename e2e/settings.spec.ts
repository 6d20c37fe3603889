import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import { expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { SettingsPage } from './pages/settings-page'
import { TaskLedgerPage } from './pages/task-ledger-page'

/** A year file as a clerk types it from the notice (the 2027 dates are made up for the test). */
const YEAR_2027 = `# 2027年部分节假日安排
2027-01-01 至 2027-01-03 休 元旦
2027-02-06 至 2027-02-12 休 春节
2027-02-13 班 春节调休
`

test('editing the calendar changes a light at once, and 操作日志 has it', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  const shell = new AppShell(page)
  await shell.setAsOf('2025-10-10')
  await shell.goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await ledger.reveal('5.9')
  // Due 2025-10-15: the 调休 Saturday 10-11 is one of its 4 working days left.
  await expect(await ledger.shownCell('5.9', 'light')).toHaveText('剩4个工作日')
  await expect((await ledger.shownCell('5.9', 'light')).locator('[data-light]')).toHaveAttribute(
    'data-light',
    'green'
  )

  const settings = new SettingsPage(page)
  await settings.open('工作日历')
  await expect(settings.yearTitle).toHaveText('2025年')
  await expect(settings.day('2025-10-11')).toHaveClass(/day-workday/)
  await settings.changeDay('2025-10-11', '恢复为休息日')
  await expect(settings.day('2025-10-11')).toHaveClass(/day-weekend/)
  await expect.poll(() => settings.workdaysShown()).toBe(247)

  await shell.goTo('任务台账')
  await ledger.reveal('5.9')
  await expect(await ledger.shownCell('5.9', 'light')).toHaveText('剩3个工作日')
  await expect((await ledger.shownCell('5.9', 'light')).locator('[data-light]')).toHaveAttribute(
    'data-light',
    'yellow'
  )

  await settings.open('工作日历')
  await settings.changeDay('2025-12-31', '标为“休”', '年终盘点')
  await expect(settings.day('2025-12-31')).toHaveClass(/day-holiday/)
  await expect(settings.day('2025-12-31')).toHaveAttribute('aria-label', '2025-12-31 星期三 休 年终盘点')

  const log = new SettingsPage(page)
  await log.open('操作日志')
  await expect(
    await log.findAudit('工作日历：2025-10-11（星期六）恢复为休息日（原为“班” 国庆节调休）')
  ).toHaveCount(1)
  await expect(await log.findAudit('工作日历：2025-12-31（星期三）标为“休” 年终盘点')).toHaveCount(1)
})

test('a clerk imports next year’s holidays from a text file after a preview', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  const settings = new SettingsPage(page)
  await settings.open('工作日历')
  await expect(page.getByTestId('calendar-yearly-update')).toContainText('每年11月前后国务院办公厅发布')

  await settings.chooseYearFile('坏文件.txt', '2027-01-01 休 元旦\n2027-02-30 休 春节\n')
  await expect(page.getByTestId('calendar-source-problem')).toContainText('第2行：日期“2027-02-30”不存在')
  await expect(settings.importDialog).toBeHidden()
  await page
    .getByTestId('calendar-source-dialog')
    .getByRole('button', { name: /取\s?消/ })
    .click()

  await settings.importYearFile('2027年节假日安排.txt', YEAR_2027)
  const preview = settings.importDialog.getByTestId('calendar-import-preview')
  await expect(preview).toContainText('2027年')
  await expect(preview).toContainText('预估')
  await expect(preview).toContainText('新增11天')
  // From the law's provisional 2027 (248 working days) to the file's.
  await expect(preview).toContainText('248 → 256天（+8）')
  await expect(settings.importDialog.getByTestId('calendar-import-holidays-2027')).toContainText(
    '2月6日至12日，共7天'
  )
  await settings.importDialog.getByRole('button', { name: /导入所选年份/ }).click()
  await expect(settings.importDialog).toBeHidden()

  await expect(settings.yearTitle).toHaveText('2027年')
  await expect(settings.day('2027-02-08')).toHaveClass(/day-holiday/)
  await expect(settings.day('2027-02-13')).toHaveClass(/day-workday/)
  await expect.poll(() => settings.workdaysShown()).toBe(256)

  const log = new SettingsPage(page)
  await log.open('操作日志')
  await expect(
    await log.findAudit('导入工作日历：2027年（休10天、班1天），来自“2027年节假日安排.txt”')
  ).toHaveCount(1)
})

/** A 2027 notice in the published form; the dates are made up for the test (the real one comes each November). */
const NOTICE_2027 = [
  '国务院办公厅关于2027年部分节假日安排的通知',
  '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  '经国务院批准，现将2027年元旦、春节放假调休日期的具体安排通知如下。',
  '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
  '二、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。2月20日（周六）上班。',
  '节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。',
  '国务院办公厅',
  '2026年11月5日'
].join('\n')

test('a year with no notice is marked provisional in the header and the ledger until its notice is pasted', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  const shell = new AppShell(page)
  await expect(page.getByTestId('provisional-calendar')).toHaveCount(0)
  await shell.setAsOf('2027-01-15')
  await expect(page.getByTestId('provisional-calendar')).toHaveText('2027年工作日为预估')
  await shell.goTo('任务台账')
  await expect(page.locator('.ledger-light [data-provisional]').first()).toBeVisible()

  const settings = new SettingsPage(page)
  await settings.open('工作日历')
  await expect(page.getByTestId('calendar-status')).toHaveText('预估')
  await expect(page.getByTestId('calendar-provisional')).toContainText('2027年尚无国务院办公厅放假安排')
  await expect(settings.day('2027-09-15')).toHaveClass(/day-holiday/)

  await settings.pasteNotice(NOTICE_2027)
  await settings.importDialog.waitFor()
  const holidays = settings.importDialog.getByTestId('calendar-import-holidays-2027')
  await expect(holidays).toContainText('2月5日至12日，共8天')
  await expect(holidays).toContainText('2月20日')
  await expect(settings.importDialog.getByTestId('calendar-import-preview')).toContainText(
    '248 → 255天（+7）'
  )
  await settings.importDialog.getByRole('button', { name: /导入所选年份/ }).click()
  await expect(settings.importDialog).toBeHidden()
  await expect(page.getByTestId('calendar-status')).toHaveText('正式安排')
  await expect(page.getByTestId('provisional-calendar')).toHaveCount(0)
  await shell.goTo('任务台账')
  await expect(page.locator('.ledger-light').first()).toBeVisible()
  await expect(page.locator('.ledger-light [data-provisional]')).toHaveCount(0)
})

test('pasting the notice for a year already official shows the differences and needs confirmation', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  const settings = new SettingsPage(page)
  await settings.open('工作日历')
  await settings.pasteNotice(readFileSync('src/main/calendar/fixtures/notice-2026.txt', 'utf8'))
  await settings.importDialog.waitFor()
  const preview = settings.importDialog.getByTestId('calendar-import-preview')
  await expect(preview).toContainText('已有正式安排')
  await expect(preview).toContainText('无变化')
  await expect(preview).toContainText('248天（不变）')
  await expect(settings.importDialog.getByTestId('calendar-import-holidays-2026')).toContainText(
    '2月15日至23日，共9天'
  )
  const ok = settings.importDialog.getByRole('button', { name: /导入所选年份/ })
  await expect(ok).toBeDisabled()
  await settings.importDialog.getByTestId('calendar-import-replace').click()
  await expect(ok).toBeEnabled()
})

test('a clerk exports a year in the same text format', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  const settings = new SettingsPage(page)
  await settings.open('工作日历')
  const download = await settings.exportYear()
  expect(download.suggestedFilename()).toBe('2025年节假日安排.txt')
  const text = readFileSync((await download.path())!, 'utf8')
  expect(text).toContain('2025-10-11 班 国庆节调休')
  expect(text).toContain('2025-10-01 休 国庆节、中秋节')
})

test('the office settings and the yellow window are saved and logged', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  const settings = new SettingsPage(page)
  await settings.open('单位与公文')
  const form = page.getByRole('form', { name: '单位与公文' })
  await form.getByLabel('督办通知发文代字').fill('示例文明办督查')
  await expect(form).toContainText('发文字号示例：示例文明办督查〔')
  await form.getByLabel('联系电话').fill('0592-1234567')
  await form.getByLabel('联系电话').press('Enter')
  await expect(page.getByText('已保存：督办通知发文代字、联系电话')).toBeVisible()

  // A name may be cleared: documents are then refused until it is filled again.
  await form.getByLabel('发文机关简称').fill('')
  await form.getByRole('button', { name: /^保\s?存$/ }).click()
  await expect(page.getByText('已保存：发文机关简称')).toBeVisible()

  // 临期 reaches 6 working days: task 5.9 (due 2025-10-15, 6 working days left) turns yellow.
  await settings.open('工作日历')
  await settings.setYellowWindow(6)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await ledger.reveal('5.9')
  await expect((await ledger.shownCell('5.9', 'light')).locator('[data-light]')).toHaveAttribute(
    'data-light',
    'yellow'
  )

  const log = new SettingsPage(page)
  await log.open('操作日志')
  await expect(await log.findAudit('修改设置：督办通知发文代字、联系电话')).toHaveCount(1)
  await expect(await log.findAudit('修改设置：临期提醒（工作日）')).toHaveCount(1)
})

test('操作日志 filters by date, object, action and words, and exports what it shows', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  const shell = new AppShell(page)
  await shell.goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await ledger.editCell('1.6', 'percent', '70')
  await expect(await ledger.shownCell('1.6', 'percent')).toHaveText('70%')
  const settings = new SettingsPage(page)
  await settings.open('工作日历')
  await settings.changeDay('2025-12-31', '标为“休”', '年终盘点')
  await expect(settings.day('2025-12-31')).toHaveClass(/day-holiday/)
  await settings.setYellowWindow(4)
  await expect(page.getByText('临期提醒改为剩4个工作日以内亮黄灯')).toBeVisible()

  await settings.open('操作日志')
  // The sample's own row plus the three changes above.
  await expect.poll(() => settings.totalAudit()).toBe(4)
  await settings.filterAudit({ entity: '工作日历' })
  await expect.poll(() => settings.totalAudit()).toBe(1)
  await expect(settings.auditRows().first()).toContainText('工作日历：2025-12-31（星期三）标为“休” 年终盘点')
  await settings.auditRows().first().locator('.ant-table-row-expand-icon').click()
  await expect(settings.auditTable).toContainText('年终盘点')

  await page.reload()
  await settings.open('操作日志')
  await settings.filterAudit({ action: '修改设置' })
  await expect.poll(() => settings.totalAudit()).toBe(1)
  await page.reload()
  await settings.open('操作日志')
  await settings.filterAudit({ text: '任务 1.6' })
  await expect.poll(() => settings.totalAudit()).toBe(1)
  await expect(settings.auditRows().first()).toContainText('进度 65% → 70%')
  await settings.filterAudit({ text: '', from: '2020-01-01', to: '2020-12-31' })
  await expect.poll(() => settings.totalAudit()).toBe(0)

  await page.reload()
  await settings.open('操作日志')
  await settings.filterAudit({ text: '工作日历' })
  await expect.poll(() => settings.totalAudit()).toBe(1)
  const download = await settings.exportAudit()
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile((await download.path())!)
  const sheet = book.getWorksheet('操作日志')!
  expect(sheet.rowCount).toBe(2)
  expect(String(sheet.getRow(2).getCell(5).value)).toContain('工作日历：2025-12-31')
})

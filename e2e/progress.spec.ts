import type { TaskRow } from '../src/shared/contract'
import { cliJson } from './harness/cli'
import { expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { ProgressDialog } from './pages/progress-dialog'
import { ScheduleDialog } from './pages/schedule-dialog'
import { SettingsPage } from './pages/settings-page'
import { TaskLedgerPage } from './pages/task-ledger-page'

const taskOf = (dataFile: string, code: string) =>
  cliJson<TaskRow[]>(['tasks', '--db', dataFile]).find((t) => t.code === code)!

test('a clerk reports progress and sees it in the timeline and as the ledger’s latest report', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await ledger.openReport('1.6')
  const dialog = new ProgressDialog(page)
  await expect(dialog.root).toContainText('进展填报 — 1.6 实现城中村消防设施全覆盖')
  await expect(dialog.entries.first()).toBeVisible()
  const before = await dialog.entries.count()
  await dialog.fill({
    percent: 80,
    text: '全市城中村微型消防站建成率达到95%',
    problems: '个别村消防水源不足',
    nextSteps: '10月底前完成剩余站点验收'
  })
  await dialog.saveWithKeyboard()
  await expect(dialog.root).toBeHidden()

  await expect(await ledger.shownCell('1.6', 'percent')).toHaveText('80%')
  await expect(await ledger.shownCell('1.6', 'latestReport')).toHaveText(
    '2025-09-30（80%） 全市城中村微型消防站建成率达到95%'
  )
  await ledger.openDetail('1.6')
  const newest = ledger.detail.getByTestId('progress-entry').first()
  await expect(newest).toContainText('2025年9月30日')
  await expect(newest).toContainText('全市城中村微型消防站建成率达到95%')
  await expect(newest).toContainText('存在问题：个别村消防水源不足')
  await expect(newest).toContainText('下步计划：10月底前完成剩余站点验收')
  await expect(ledger.detail.getByTestId('progress-entry')).toHaveCount(before + 1)
  expect(taskOf(sampleCity.dataFile, '1.6').percent).toBe(80)
  await page.keyboard.press('Escape')

  const log = new SettingsPage(page)
  await log.open('操作日志')
  await expect(
    await log.findAudit('填报任务 1.6「实现城中村消防设施全覆盖」进展（2025-09-30，80%）')
  ).toHaveCount(1)
})

test('a bad report is refused in the dialog, Esc leaves without saving', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await ledger.openReport('1.6')
  const dialog = new ProgressDialog(page)
  await expect(dialog.entries.first()).toBeVisible()
  const before = await dialog.entries.count()
  await dialog.fill({ percent: 120, text: '误填' })
  await dialog.save()
  await expect(dialog.root).toContainText('完成进度应为0到100之间的整数')
  await page.keyboard.press('Escape')
  await expect(dialog.root).toBeHidden()
  await ledger.openReport('1.6')
  await expect(dialog.entries).toHaveCount(before)
  await expect(await ledger.shownCell('1.6', 'percent')).toHaveText('65%')
})

test('marking 办结 records the date and the light becomes 按期办结 or 逾期办结', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  const dialog = new ProgressDialog(page)

  await ledger.openReport('1.6')
  await dialog.fill({ text: '消防设施全覆盖任务完成，通过验收', markDone: true })
  await dialog.save()
  await expect(dialog.root).toBeHidden()
  await expect(await ledger.shownCell('1.6', 'light')).toHaveText('按期办结')
  await expect(await ledger.shownCell('1.6', 'completedDate')).toHaveText('2025-09-30')
  await expect(await ledger.shownCell('1.6', 'status')).toHaveText('已办结')

  await ledger.openReport('5.7')
  await dialog.fill({ text: '“门前三包”责任书全部签订', markDone: true })
  await dialog.save()
  await expect(dialog.root).toBeHidden()
  await expect(await ledger.shownCell('5.7', 'light')).toHaveText('逾期办结')
  expect(taskOf(sampleCity.dataFile, '5.7')).toMatchObject({ status: 'done', completedDate: '2025-09-30' })

  await ledger.openDetail('5.7')
  await expect(ledger.detail.getByTestId('progress-entry').first()).toContainText('办结')
  await page.keyboard.press('Escape')
  const log = new SettingsPage(page)
  await log.open('操作日志')
  await expect(await log.findAudit('标记办结，办结日期2025-09-30')).toHaveCount(2)
})

test('a clerk schedules a task backwards and marks a milestone done', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await ledger.openDetail('2.4')
  await ledger.detail.getByRole('button', { name: '倒排工期' }).click()
  const dialog = new ScheduleDialog(page)
  await expect(dialog.root.getByText('替换（现有4个）')).toBeVisible()
  // Across the 2025 National Day holiday: 10/1–10/8 off, Sunday 9/28 worked.
  await dialog.fill('2025-10-10', [
    ['制定整治方案', 2],
    ['组织整改', 5]
  ])
  await expect
    .poll(() => dialog.previewRows())
    .toEqual([
      ['制定整治方案', '2', '2025年9月25日', '2025年9月26日'],
      ['组织整改', '5', '2025年9月28日', '2025年10月10日']
    ])
  await expect(dialog.root).toContainText('同时把任务完成时限改为该日期（现为2025-09-30）')
  await dialog.save.click()
  await expect(dialog.root).toBeHidden()

  const milestones = ledger.detail.getByTestId('milestone-table')
  await expect(milestones.locator('tbody tr.ant-table-row')).toHaveCount(2)
  await expect(milestones.locator('tbody tr.ant-table-row').nth(0)).toContainText('2025-09-26')
  await expect(milestones.locator('tbody tr.ant-table-row').nth(0)).toContainText('逾期3个工作日')
  await expect(milestones.locator('tbody tr.ant-table-row').nth(1)).toContainText('2025-10-10')
  await milestones.locator('tbody tr.ant-table-row').nth(0).getByRole('button', { name: '标记完成' }).click()
  await expect(milestones.locator('tbody tr.ant-table-row').nth(0)).toContainText('逾期办结')
  await page.keyboard.press('Escape')

  const log = new SettingsPage(page)
  await log.open('操作日志')
  await expect(
    await log.findAudit(
      '倒排工期：任务 2.4「完成城中村用电安全隐患整治全覆盖」，最终完成时限2025-10-10，2个时间节点（替换原有4个）'
    )
  ).toHaveCount(1)
  await expect(await log.findAudit('时间节点“制定整治方案”')).toHaveCount(1)
})

import type { Page } from '@playwright/test'
import { expect, test } from '../harness/fixtures'
import { AppShell } from '../pages/app-shell'
import { ProgressDialog } from '../pages/progress-dialog'
import { ScheduleDialog } from '../pages/schedule-dialog'
import { SettingsPage } from '../pages/settings-page'
import { TaskLedgerPage } from '../pages/task-ledger-page'

const OUT = 'docs/screenshots'

/** Lets fonts, grid columns and antd's motion settle before the picture (screenshots only, never in tests). */
const settle = (page: Page) => page.waitForTimeout(500)

test('任务台账: the plan with headings, a refused edit, the detail, progress and 倒排工期', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await expect.poll(() => ledger.shownCount()).toBe(60)
  await settle(page)
  await page.screenshot({ path: `${OUT}/10-ledger.png` })

  await ledger.editCell('1.6', 'deadline', '2025-02-30')
  await expect(ledger.cellError).toBeVisible()
  await settle(page)
  await page.screenshot({ path: `${OUT}/10-ledger-refused-edit.png` })
  await page.getByRole('button', { name: '关闭提示' }).click()

  await ledger.preset('逾期')
  await ledger.search.fill('城中村')
  await settle(page)
  await page.screenshot({ path: `${OUT}/10-ledger-presets.png` })
  await ledger.clearFilters()

  await ledger.openDetail('2.4')
  await settle(page)
  await page.screenshot({ path: `${OUT}/11-ledger-detail.png` })

  await ledger.detail.getByRole('button', { name: '倒排工期' }).click()
  const schedule = new ScheduleDialog(page)
  await schedule.fill('2025-10-31', [
    ['摸底排查', 5],
    ['集中整改', 10],
    ['复查验收', 3]
  ])
  await expect(schedule.preview).toBeVisible()
  await settle(page)
  await page.screenshot({ path: `${OUT}/12-backward-schedule.png` })
  await page.keyboard.press('Escape')
  await expect(schedule.root).toBeHidden()
  await page.keyboard.press('Escape')
  await expect(ledger.detail).toBeHidden()

  await ledger.openReport('1.6')
  const dialog = new ProgressDialog(page)
  await dialog.fill({
    percent: 80,
    text: '全市城中村微型消防站建成率达到95%，剩余5个站点正在设备调试。',
    problems: '个别村消防水源不足',
    nextSteps: '10月底前完成剩余站点验收'
  })
  await settle(page)
  await page.screenshot({ path: `${OUT}/13-progress-report.png` })
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: '新增任务' }).click()
  await settle(page)
  await page.screenshot({ path: `${OUT}/14-ledger-add-task.png` })
  await page.keyboard.press('Escape')

  // Last, as it scrolls the grid sideways: the units editor, known units picked from the list and a new
  // name typed in; Esc leaves it unsaved.
  const editor = await ledger.typeUnits('5.7', 'supportUnits', ['示例市城中村改造指挥部'])
  await expect(editor).toContainText('示例市城中村改造指挥部')
  await settle(page)
  await page.screenshot({ path: `${OUT}/10-ledger-units-editor.png` })
  await page.keyboard.press('Escape')
  await expect(editor).toBeHidden()
})

test('设置: the working-day calendar, an import preview, the office and 操作日志', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  const ledger = new TaskLedgerPage(page)
  await new AppShell(page).goTo('任务台账')
  await ledger.editCell('1.6', 'deadline', '2025-11-28')
  await expect(ledger.cell('1.6', 'deadline')).toHaveText('2025-11-28')

  const settings = new SettingsPage(page)
  await settings.open('工作日历')
  await settings.changeDay('2025-12-31', '标为“休”', '年终盘点')
  await settle(page)
  await page.screenshot({ path: `${OUT}/15-settings-calendar.png` })

  await settings.importYearFile(
    '2027年节假日安排.txt',
    '2027-01-01 至 2027-01-03 休 元旦\n2027-02-06 至 2027-02-12 休 春节\n2027-02-13 班 春节调休\n'
  )
  await settings.importDialog.getByText('2027年逐日明细').click()
  await settle(page)
  await page.screenshot({ path: `${OUT}/15-settings-calendar-import.png` })
  await page.keyboard.press('Escape')

  await settings.open('单位与公文')
  await settle(page)
  await page.screenshot({ path: `${OUT}/15-settings-office.png` })

  await settings.open('操作日志')
  await settings.auditRows().first().locator('.ant-table-row-expand-icon').click()
  await settle(page)
  await page.screenshot({ path: `${OUT}/15-settings-audit-log.png` })
})

import { tasksOf } from './harness/cli'
import { expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { CatalogEditorPage } from './pages/catalog-editor-page'
import { ScheduleDialog } from './pages/schedule-dialog'
import { TaskLedgerPage } from './pages/task-ledger-page'

test('the units editor: Enter picks the highlighted unit, a new one only through 新建单位, Tab adds nothing', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  const before = tasksOf(sampleCity.dataFile).find((t) => t.code === '5.7')!.supportUnits

  // A fragment of a known unit: Enter takes the unit the list highlights, not the fragment.
  const editor = await ledger.typeUnits('5.7', 'supportUnits', ['生态环境'])
  const input = editor.locator('input')
  // An unknown name: the list offers 新建单位“…” and the clerk is told the name.
  await input.fill('城中村临时指挥部')
  await expect(
    editor.locator('.ant-select-item-option', { hasText: '新建单位“城中村临时指挥部”' })
  ).toBeVisible()
  await input.press('Enter')
  await expect(page.getByText('将新建单位“城中村临时指挥部”，保存后加入单位名录')).toBeVisible()
  // Tab with a fragment typed saves what is shown and adds no unit named after the fragment.
  await input.fill('水务')
  await page.keyboard.press('Tab')
  await expect(editor).toBeHidden()

  await expect
    .poll(() => tasksOf(sampleCity.dataFile).find((t) => t.code === '5.7')!.supportUnits)
    .toEqual([...before, '市生态环境局', '城中村临时指挥部'])
})

test('a refused edit’s bubble closes on Esc and when the focus moves on, and never stays over a dialog', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await ledger.editCell('1.6', 'percent', '120')
  await expect(ledger.cellError).toContainText('进度应为0到100之间的整数')
  await page.keyboard.press('Escape')
  await expect(ledger.cellError).toBeHidden()

  await ledger.editCell('1.6', 'percent', '120')
  await expect(ledger.cellError).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(ledger.cellError).toBeHidden()

  await ledger.editCell('1.6', 'percent', '120')
  await expect(ledger.cellError).toBeVisible()
  await page.getByRole('button', { name: /新增任务/ }).click()
  await expect(page.locator('.ant-modal')).toBeVisible()
  await expect(ledger.cellError).toBeHidden()
})

test('every dialog opens with the focus on its first field, so the clerk types at once', async ({
  page,
  sampleCity
}) => {
  test.slow()
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)

  await page.getByRole('button', { name: '新增任务' }).click()
  await expect(ledger.taskForm.getByLabel('编号')).toBeFocused()
  await page.keyboard.type('1.9')
  await expect(ledger.taskForm.getByLabel('编号')).toHaveValue('1.9')
  await ledger.taskForm.getByRole('button', { name: /取\s*消/ }).click()
  await expect(ledger.taskForm).toBeHidden()

  // 进展填报: the date comes filled in (统计截止日期); the first field to write is 进展情况.
  await ledger.openReport('1.6')
  const report = page.getByRole('dialog').filter({ has: page.getByLabel('进展情况') })
  await expect(report.getByLabel('进展情况')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(report).toBeHidden()

  await ledger.openDetail('2.4')
  await ledger.detail.getByRole('button', { name: '倒排工期' }).click()
  const schedule = new ScheduleDialog(page)
  await expect(schedule.root.getByLabel('最终完成时限')).toBeFocused()
  // Esc closes the date picker the focused field opened, then the dialog, then the drawer. Each is
  // awaited: an Esc pressed while the dialog still animates out never reaches the drawer.
  await page.keyboard.press('Escape')
  await expect(page.locator('.ant-picker-dropdown:visible')).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(schedule.root).toBeHidden()
  await page.keyboard.press('Escape')
  await expect(ledger.detail).toBeHidden()

  const catalog = new CatalogEditorPage(page)
  await catalog.open()
  await catalog.addButton.click()
  await expect(catalog.dialog.getByRole('radio').first()).toBeFocused()
})

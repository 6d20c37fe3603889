import { tasksOf } from './harness/cli'
import { expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { TaskLedgerPage } from './pages/task-ledger-page'

test('a deadline moved past its phase’s year asks whether the task moves to that phase', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  // 1.1 is a 试点 (2023) task; its deadline moves into 2024, the 攻坚 year.
  expect(tasksOf(sampleCity.dataFile).find((t) => t.code === '1.1')!.phase).toBe('pilot')
  await ledger.editCell('1.1', 'deadline', '2024-03-29')
  const ask = page.getByRole('dialog').filter({ hasText: '是否调整任务所属阶段' })
  await expect(ask).toContainText('已超出“试点”阶段的年份。是否把任务移到2024年的“攻坚”阶段？')
  await ask.getByRole('button', { name: '移到“攻坚”阶段' }).click()
  await expect.poll(() => tasksOf(sampleCity.dataFile).find((t) => t.code === '1.1')!.phase).toBe('push')
  expect(tasksOf(sampleCity.dataFile).find((t) => t.code === '1.1')!.deadline).toBe('2024-03-29')

  // 只改完成时限 keeps the phase and saves the deadline.
  await ledger.editCell('1.2', 'deadline', '2024-02-29')
  await ask.getByRole('button', { name: '只改完成时限' }).click()
  await expect
    .poll(() => tasksOf(sampleCity.dataFile).find((t) => t.code === '1.2')!.deadline)
    .toBe('2024-02-29')
  expect(tasksOf(sampleCity.dataFile).find((t) => t.code === '1.2')!.phase).toBe('pilot')
})

test('the task form asks the same when its deadline falls in another phase’s year, and applies the answer', async ({
  page,
  sampleCity
}) => {
  test.slow()
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  const ask = page.getByRole('dialog').filter({ hasText: '是否调整任务所属阶段' })
  const form = ledger.taskForm

  // A new task under 试点 (2023) due in 2024: 移到“攻坚”阶段 saves it in the 攻坚 phase.
  await page.getByRole('button', { name: '新增任务' }).click()
  await form.getByLabel('编号').fill('1.9')
  await form.getByLabel('阶段').click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '试点' }).click()
  await form.getByLabel('任务名称').fill('开展出租屋消防通道清理')
  await form.getByLabel('完成时限').click()
  await form.getByLabel('完成时限').fill('2024-06-28')
  await form.getByLabel('完成时限').press('Enter')
  await form.getByRole('button', { name: /保\s*存/ }).click()
  await expect(ask).toContainText('已超出“试点”阶段的年份。是否把任务移到2024年的“攻坚”阶段？')
  await ask.getByRole('button', { name: '移到“攻坚”阶段' }).click()
  await expect(form).toBeHidden()
  await expect.poll(() => tasksOf(sampleCity.dataFile).find((t) => t.code === '1.9')?.phase).toBe('push')
  expect(tasksOf(sampleCity.dataFile).find((t) => t.code === '1.9')!.deadline).toBe('2024-06-28')
  await page.keyboard.press('Escape')

  // Editing 1.2 (试点) to a 2024 deadline and answering 不调整阶段 keeps 试点 and saves the deadline.
  expect(tasksOf(sampleCity.dataFile).find((t) => t.code === '1.2')!.phase).toBe('pilot')
  await ledger.openDetail('1.2')
  await ledger.detail.getByRole('button', { name: '编辑' }).click()
  await form.getByLabel('完成时限').click()
  await form.getByLabel('完成时限').fill('2024-04-30')
  await form.getByLabel('完成时限').press('Enter')
  await form.getByRole('button', { name: /保\s*存/ }).click()
  await expect(ask).toContainText('是否把任务移到2024年的“攻坚”阶段？')
  await ask.getByRole('button', { name: '不调整阶段' }).click()
  await expect(form).toBeHidden()
  await expect
    .poll(() => tasksOf(sampleCity.dataFile).find((t) => t.code === '1.2')!.deadline)
    .toBe('2024-04-30')
  expect(tasksOf(sampleCity.dataFile).find((t) => t.code === '1.2')!.phase).toBe('pilot')
})

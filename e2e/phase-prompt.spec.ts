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

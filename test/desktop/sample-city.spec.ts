import ExcelJS from 'exceljs'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Summary, TaskRow } from '../../src/shared/contract'
import { AppShell } from '../../e2e/pages/app-shell'
import { DashboardPage } from '../../e2e/pages/dashboard-page'
import { TaskLedgerPage } from '../../e2e/pages/task-ledger-page'
import { expect, test } from './harness/fixtures'
import { appInfo, valueFromPage } from './harness/page-calls'

test('--demo opens the sample city: 总览 and 任务台账 drawn from the data over IPC', async ({ desktop }) => {
  const app = desktop.start(['--demo'])
  const { page } = await app.shown()
  const info = await appInfo(page)
  expect(info.isEmpty).toBe(false)
  const asOf = info.sampleAsOf!
  const summary = await valueFromPage<Summary>(page, 'ledger.summary', { asOf })

  const shell = new AppShell(page)
  await shell.goTo('总览')
  const dashboard = new DashboardPage(page)
  await expect(dashboard.root).toBeVisible()
  await expect
    .poll(() => dashboard.taskCounts())
    .toMatchObject({ total: summary.tasks.total, red: summary.tasks.red })
  await expect(dashboard.districtChart).toBeVisible()

  await shell.goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  const tasks = await valueFromPage<TaskRow[]>(page, 'task.list', { asOf })
  await expect.poll(() => ledger.shownCount()).toBe(tasks.length)
  expect((await ledger.codesShown()).slice(0, 3)).toEqual(tasks.slice(0, 3).map((t) => t.code))
})

test('an edit is saved through IPC, read back, and still there after a restart', async ({ desktop }) => {
  const first = desktop.start(['--demo'])
  const { page } = await first.shown()
  const asOf = (await appInfo(page)).sampleAsOf!
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await ledger.editCell('1.6', 'deadline', '2025/10/9')
  await expect(await ledger.shownCell('1.6', 'deadline')).toHaveText('2025-10-09')
  const read = async (p: typeof page) =>
    (await valueFromPage<TaskRow[]>(p, 'task.list', { asOf })).find((t) => t.code === '1.6')!.deadline
  expect(await read(page)).toBe('2025-10-09')
  expect(await first.quit()).toBe(0)

  const second = desktop.start()
  const again = (await second.shown()).page
  expect(await read(again)).toBe('2025-10-09')
  await new AppShell(again).goTo('任务台账')
  await expect(await new TaskLedgerPage(again).shownCell('1.6', 'deadline')).toHaveText('2025-10-09')
})

test('an export is written where the save dialog says, and 打开 hands it to the shell', async ({
  desktop
}) => {
  const app = desktop.start(['--demo'])
  const { page } = await app.shown()
  const asOf = (await appInfo(page)).sampleAsOf!
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await ledger.preset('逾期')
  const red = (await valueFromPage<Summary>(page, 'ledger.summary', { asOf })).tasks.red
  await expect.poll(() => ledger.shownCount()).toBe(red)

  // A real save dialog only returns a folder that exists.
  mkdirSync(join(desktop.dir, '导出'))
  const chosen = join(desktop.dir, '导出', '逾期任务.xlsx')
  app.standIn.saveAnswers.push(chosen)
  await page.getByTestId('export-tasks').click()
  await expect(page.getByText(`已导出${red}项任务`)).toBeVisible()
  const [call] = app.standIn.dialogCalls.filter((c) => c.kind === 'save')
  expect(call.hadOwner).toBe(true)
  expect(call.options.defaultPath).toBe(
    join(app.standIn.app.getPath('documents'), `任务台账（截至${asOf}）.xlsx`)
  )
  expect(call.options.filters).toEqual([{ name: expect.any(String), extensions: ['xlsx'] }])
  expect(existsSync(chosen)).toBe(true)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(readFileSync(chosen) as unknown as ExcelJS.Buffer)
  expect(workbook.getWorksheet('任务台账')!.rowCount - 3).toBe(red)

  await page.getByTestId('open-export').click()
  await expect.poll(() => app.standIn.shellCalls).toEqual([{ kind: 'openPath', target: chosen }])
})

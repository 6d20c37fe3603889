import { cliJson, tasksOf } from './harness/cli'
import { expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { AreaTree } from './pages/area-tree'
import { SettingsPage } from './pages/settings-page'
import { TaskLedgerPage } from './pages/task-ledger-page'

const AS_OF = '2025-09-30'
test('the ledger shows the plan in order under its phase and section headings', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  const tasks = tasksOf(sampleCity.dataFile)
  await expect.poll(() => ledger.shownCount()).toBe(tasks.length)
  // Plan order: 试点 first, its sections in order, each section's heading merged over its tasks.
  expect((await ledger.codesShown()).slice(0, 4)).toEqual(tasks.slice(0, 4).map((t) => t.code))
  await expect(ledger.headingCells('phase').filter({ hasText: '试点2023' })).toHaveCount(1)
  await expect(
    ledger
      .headingCells('group')
      .filter({ hasText: /^一、消防安全$/ })
      .first()
  ).toBeVisible()
  await expect(await ledger.shownCell('1.1', 'light')).toHaveText('按期办结')
})

test('a clerk edits a cell: it is saved, the light follows, and 操作日志 has it', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await ledger.editCell('1.6', 'deadline', '2025/10/9')
  await expect(await ledger.shownCell('1.6', 'deadline')).toHaveText('2025-10-09')
  await expect(await ledger.shownCell('1.6', 'light')).toHaveText('剩1个工作日')
  await expect((await ledger.shownCell('1.6', 'light')).locator('[data-light]')).toHaveAttribute(
    'data-light',
    'yellow'
  )
  expect(tasksOf(sampleCity.dataFile).find((t) => t.code === '1.6')!.deadline).toBe('2025-10-09')

  // 取消 and Esc leave the units as they were: nothing saved, no unit made.
  const unitsBefore = await (await ledger.shownCell('5.7', 'supportUnits')).textContent()
  for (const leave of ['取消', 'Esc'] as const) {
    const editor = await ledger.typeUnits('5.7', 'supportUnits', ['示例市城中村改造指挥部'])
    if (leave === '取消') await editor.getByRole('button', { name: /^取\s?消$/ }).click()
    else await page.keyboard.press('Escape')
    await expect(editor).toBeHidden()
    await expect(await ledger.shownCell('5.7', 'supportUnits')).toHaveText(unitsBefore!)
  }
  expect(tasksOf(sampleCity.dataFile).find((t) => t.code === '5.7')!.supportUnits).not.toContain(
    '示例市城中村改造指挥部'
  )

  // Tab saves what the editor shows (not the option the list has highlighted) and moves to the next cell.
  const leadBefore = await (await ledger.shownCell('5.7', 'leadUnits')).textContent()
  const lead = await ledger.typeUnits('5.7', 'leadUnits', ['市生态环境局'])
  await page.keyboard.press('Tab')
  await expect(lead).toBeHidden()
  await expect(await ledger.shownCell('5.7', 'leadUnits')).toHaveText(`${leadBefore}、市生态环境局`)
  // The next cell on screen: 状态 and 进度 are frozen at the right, so 办结日期 follows 牵头单位.
  await expect(ledger.grid.locator('.ag-cell-focus')).toHaveAttribute('col-id', 'completedDate')

  // Units are picked or typed; a name CivDesk does not know becomes a new unit, said so in 操作日志.
  await ledger.addUnits('5.7', 'supportUnits', ['示例市城中村改造指挥部'])
  await expect(await ledger.shownCell('5.7', 'supportUnits')).toContainText('示例市城中村改造指挥部')

  await ledger.chooseInCell('5.7', 'status', '已办结')
  await expect(await ledger.shownCell('5.7', 'light')).toHaveText('逾期办结')
  await expect(await ledger.shownCell('5.7', 'completedDate')).toHaveText(AS_OF)

  const log = new SettingsPage(page)
  await log.open('操作日志')
  await expect(await log.findAudit('完成时限 2025-11-14 → 2025-10-09')).toHaveCount(1)
  await expect(await log.findAudit('状态 未启动 → 已办结')).toHaveCount(1)
  await expect(await log.findAudit('新增单位：示例市城中村改造指挥部')).toHaveCount(1)
})

test('a bad value shows the reason at the cell and keeps the old value', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await ledger.editCell('1.6', 'deadline', '2025-02-30')
  await expect(ledger.cellError).toContainText('完成时限“2025-02-30”不是有效日期')
  await expect(await ledger.shownCell('1.6', 'deadline')).toHaveText('2025-11-14')
  await expect(await ledger.shownCell('1.6', 'deadline')).toHaveClass(/cell-invalid/)

  await ledger.editCell('1.6', 'percent', '120')
  await expect(ledger.cellError).toContainText('进度应为0到100之间的整数')
  await expect(await ledger.shownCell('1.6', 'percent')).toHaveText('65%')
  await expect(await ledger.shownCell('1.6', 'deadline')).not.toHaveClass(/cell-invalid/)

  await ledger.editCell('1.6', 'startDate', '2025-12-01')
  await expect(ledger.cellError).toContainText('开始日期（2025-12-01）不能晚于完成时限（2025-11-14）')

  // Nothing was written: the file still holds the old values and 操作日志 has no change of the task.
  const stored = tasksOf(sampleCity.dataFile).find((t) => t.code === '1.6')!
  expect([stored.deadline, stored.percent]).toEqual(['2025-11-14', 65])
  await page.getByRole('button', { name: '关闭提示' }).click()
  await expect(ledger.cellError).toBeHidden()
  const log = new SettingsPage(page)
  await log.open('操作日志')
  await expect(await log.findAudit('任务 1.6')).toHaveCount(0)
})

test('a clerk adds a task, deletes it to 回收站 and restores it', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await expect.poll(() => ledger.shownCount()).toBe(60)

  await page.getByRole('button', { name: '新增任务' }).click()
  const form = ledger.taskForm
  await form.getByLabel('编号').fill('1.8')
  await form.getByLabel('阶段').click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '全覆盖' }).click()
  await form.getByLabel('分类').fill('一、消防安全')
  await form.getByLabel('任务名称').fill('开展冬季消防安全专项检查')
  await form.getByLabel('完成时限').click()
  await form.getByLabel('完成时限').fill('2025-12-31')
  await form.getByLabel('完成时限').press('Enter')
  await form.getByLabel('编号').press('Enter')
  await expect(form).toBeHidden()
  await expect.poll(() => ledger.shownCount()).toBe(61)
  // The new task opens at once, in plan order right after 1.6.
  await expect(ledger.detail).toContainText('开展冬季消防安全专项检查')
  await page.keyboard.press('Escape')
  const codes = tasksOf(sampleCity.dataFile).map((t) => t.code)
  expect(codes.indexOf('1.8')).toBe(codes.indexOf('1.6') + 1)

  await ledger.select('1.8')
  await ledger.deleteSelected()
  await expect.poll(() => ledger.shownCount()).toBe(60)
  await expect(ledger.row('1.8')).toHaveCount(0)

  await ledger.openRecycleBin()
  await expect(ledger.recycleBin).toContainText('开展冬季消防安全专项检查')
  await ledger.restoreFromBin('1.8')
  await expect(ledger.recycleBin).toContainText('回收站是空的')
  await page.keyboard.press('Escape')
  await expect.poll(() => ledger.shownCount()).toBe(61)
  await ledger.reveal('1.8')
  await expect(await ledger.shownCell('1.8', 'deadline')).toHaveText('2025-12-31')

  const log = new SettingsPage(page)
  await log.open('操作日志')
  await expect(await log.findAudit('新增任务 1.8')).toHaveCount(1)
  await expect(await log.findAudit('删除任务 1.8「开展冬季消防安全专项检查」（移入回收站）')).toHaveCount(1)
  await expect(await log.findAudit('从回收站恢复任务 1.8')).toHaveCount(1)
})

test('presets and quick search narrow the ledger to what the clerk asks', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  const tasks = tasksOf(sampleCity.dataFile)
  const expectCodes = async (codes: (string | null)[]) => {
    await expect.poll(() => ledger.shownCount()).toBe(codes.length)
    expect((await ledger.codesShown()).sort()).toEqual(codes.map(String).sort())
  }
  // The CLI's tasks are lit as of today; the ledger's as of the sample's date: compare with due --json.
  const due = cliJson<{ kind: string; id: number; light: string }[]>([
    'due',
    '--db',
    sampleCity.dataFile,
    '--as-of',
    AS_OF
  ])
  const codeOf = (id: number) => tasks.find((t) => t.id === id)!.code
  const red = due.filter((d) => d.kind === 'task' && d.light === 'red').map((d) => codeOf(d.id))
  const yellow = due.filter((d) => d.kind === 'task' && d.light === 'yellow').map((d) => codeOf(d.id))
  expect(red.length).toBeGreaterThan(0)

  await ledger.preset('逾期')
  await expectCodes(red)
  await ledger.preset('临期')
  await expectCodes(yellow)
  // 本周到期: open and due Monday 2025-09-29 … Sunday 10-05.
  await ledger.preset('本周到期')
  await expectCodes(
    tasks
      .filter((t) => t.deadline !== null && t.deadline >= '2025-09-29' && t.deadline <= '2025-10-05')
      .filter((t) => t.status !== 'done' || (t.completedDate ?? '') > AS_OF)
      .map((t) => t.code)
  )
  await ledger.preset('已办结')
  await expectCodes(
    tasks.filter((t) => t.status === 'done' && (t.completedDate ?? '') <= AS_OF).map((t) => t.code)
  )

  await ledger.preset('全部')
  await ledger.byLeadUnit('市消防救援支队')
  await expectCodes(tasks.filter((t) => t.leadUnits.includes('市消防救援支队')).map((t) => t.code))
  await ledger.byPhase('攻坚')
  await expectCodes(
    tasks.filter((t) => t.leadUnits.includes('市消防救援支队') && t.phase === 'push').map((t) => t.code)
  )
  await ledger.clearFilters()
  await expect.poll(() => ledger.shownCount()).toBe(tasks.length)

  // Ctrl+F goes to the ledger's search box.
  await ledger.cell('1.1', 'title').click()
  await page.keyboard.press('Control+f')
  await expect(ledger.search).toBeFocused()
  await page.keyboard.type('古厝')
  // The search reads every column (title, measures, units, the latest report …): every task it keeps
  // says 古厝 somewhere in its row, and the one whose title says it is among them.
  await expect.poll(() => ledger.shownCount()).toBeLessThan(tasks.length)
  const shown = await ledger.codesShown()
  expect(shown).toContain(tasks.find((t) => t.title.includes('古厝'))!.code)
  for (const code of shown) expect(await ledger.rowText(code)).toContain('古厝')
})

test('the column layout is remembered on this machine', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await expect.poll(() => ledger.shownCount()).toBe(60)
  const header = ledger.grid.locator('.ag-header-cell[col-id="deadline"]')
  await header.locator('.ag-header-cell-label').click()
  await expect(header).toHaveAttribute('aria-sort', 'ascending')
  const first = (await ledger.codesShown())[0]

  await page.reload()
  await new AppShell(page).goTo('任务台账')
  await expect(ledger.grid.locator('.ag-header-cell[col-id="deadline"]')).toHaveAttribute(
    'aria-sort',
    'ascending'
  )
  expect((await ledger.codesShown())[0]).toBe(first)

  await page.getByRole('button', { name: '恢复默认列' }).click()
  await expect(ledger.grid.locator('.ag-header-cell[col-id="deadline"]')).toHaveAttribute('aria-sort', 'none')
  expect((await ledger.codesShown())[0]).toBe('1.1')
})

test('the ledger follows the area chosen in the tree; city-wide tasks stay unless the clerk hides them', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await expect.poll(() => ledger.shownCount()).toBe(60)
  await page.getByRole('button', { name: '按区域' }).click()
  await new AreaTree(page).choose('东湖区')
  await page.keyboard.press('Escape')
  await expect(page.getByText('区域：东湖区')).toBeVisible()
  // 3.4 is 东湖区's own task; 6.9 belongs to 中洲区; 58 tasks are city-wide.
  await expect.poll(() => ledger.shownCount()).toBe(59)
  const codes = await ledger.codesShown()
  expect(codes).toContain('3.4')
  expect(codes).not.toContain('6.9')
  await expect(await ledger.shownCell('3.4', 'areaId')).toHaveText('东湖区')

  await page.getByRole('switch', { name: '含全市性任务' }).click()
  await expect.poll(() => ledger.shownCount()).toBe(1)
  expect(await ledger.codesShown()).toEqual(['3.4'])

  await page.getByText('区域：东湖区').locator('.anticon-close').click()
  await expect.poll(() => ledger.shownCount()).toBe(60)
})

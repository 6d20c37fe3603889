import ExcelJS from 'exceljs'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Summary, TaskRow } from '../src/shared/contract'
import { addSheet, generatedLedger, plainLedger, workbookBytes } from '../test/exchange-corpus'
import { csvRenamed, legacyXls } from '../test/exchange-hostile-files'
import { cliJson } from './harness/cli'
import { expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { FirstRunPage } from './pages/first-run-page'
import { ImportWizard } from './pages/import-wizard'
import { TaskLedgerPage } from './pages/task-ledger-page'

/** A district's own ledger: its task column is headed "整治内容" (not a word CivDesk knows), one date is wrong. */
function districtLedger(): Promise<Buffer> {
  return workbookBytes((wb) =>
    addSheet(
      wb,
      '东湖区',
      [
        ['东湖区2025年城中村整治任务清单'],
        ['序号', '整治内容', '牵头单位', '配合单位', '完成时限'],
        ['DH-1', '东湖区出租屋消防隐患清零行动', '东湖区人民政府', '市消防支队、市住建局', '10月31日前'],
        ['DH-2', '东湖区背街小巷白改黑', '东湖区城中村办', '市城管局', '2025年11月底'],
        ['DH-3', '东湖区城中村垃圾分类示范', '东湖区人民政府', '市城管局', '年底左右']
      ],
      ['A1:E1']
    )
  )
}

test('a clerk imports a district ledger: corrects a column, deselects the row with an error, sees the tasks', async ({
  page,
  sampleCity
}) => {
  // Two full reads of the file and a scroll through the ledger: more than the default budget on a busy machine.
  test.slow()
  const path = join(sampleCity.dir, '东湖区整治清单.xlsx')
  writeFileSync(path, await districtLedger())
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const wizard = new ImportWizard(page)
  await wizard.open('tasks')
  await wizard.chooseFile(path)

  // "整治内容" is not a header CivDesk knows: the sheet cannot be read until the clerk says what it is.
  await expect(wizard.mappingProblem).toContainText('没有对应“工作任务”的列')
  await wizard.mapColumn('B', '工作任务')
  await wizard.toPreview.click()

  await expect(wizard.count('new')).toHaveText('2')
  await expect(wizard.count('error')).toHaveText('1')
  await expect(wizard.newUnits).toContainText('东湖区城中村办')
  await expect(wizard.rows().first()).toContainText('DH-3 东湖区城中村垃圾分类示范')
  await expect(wizard.rows().first()).toContainText('E列（完成时限）：“年底左右”不是可识别的日期')
  await expect(wizard.errorsKept).toBeVisible()
  await expect(wizard.commitButton).toBeDisabled()

  await wizard.deselectErrors.click()
  await expect(wizard.errorsKept).toBeHidden()
  await expect(wizard.commitButton).toHaveText('导入 2 行')
  await wizard.commitButton.click()
  await expect(wizard.result).toContainText('导入完成：新增2项，修改0项')
  await expect(wizard.result).toContainText('未勾选1行')
  await wizard.seeTasks.click()

  const ledger = new TaskLedgerPage(page)
  await ledger.reveal('DH-1')
  await expect(ledger.cell('DH-1', 'title')).toHaveText('东湖区出租屋消防隐患清零行动')
  await ledger.reveal('DH-2')
  await expect(ledger.cell('DH-2', 'leadUnits')).toHaveText('东湖区城中村办')
  const tasks = cliJson<TaskRow[]>(['tasks', '--db', sampleCity.dataFile])
  expect(tasks.find((t) => t.code === 'DH-1')).toMatchObject({
    deadline: '2025-10-31',
    leadUnits: ['东湖区人民政府'],
    supportUnits: ['市消防救援支队', '市住房和城乡建设局']
  })
  expect(tasks.some((t) => t.code === 'DH-3')).toBe(false)

  // The corrected mapping is remembered: the same headers are read the same way next time.
  await wizard.open('tasks')
  await wizard.chooseFile(path)
  await expect(page.getByText('沿用上次对这种表头的调整')).toBeVisible()
  await wizard.toPreview.click()
  await expect(wizard.count('unchanged')).toHaveText('2')
})

test('files CivDesk cannot read are refused in the wizard with what to do', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const wizard = new ImportWizard(page)
  await wizard.open('tasks')
  const renamed = join(sampleCity.dir, '其实是CSV.xlsx')
  writeFileSync(renamed, csvRenamed())
  await wizard.chooseFile(renamed)
  await expect(wizard.error).toContainText('不是 Excel 工作簿（.xlsx）')
  await expect(wizard.error).toContainText('另存为')
  const xls = join(sampleCity.dir, '旧台账.xls')
  writeFileSync(xls, legacyXls())
  await wizard.chooseFile(xls)
  await expect(wizard.error).toContainText('旧版 Excel 97-2003 工作簿（.xls）')
  await expect(wizard.mappingStep).toBeHidden()
})

test('the ledger exports to a styled workbook that downloads with the tasks the grid shows', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await ledger.preset('逾期')
  const summary = cliJson<Summary>(['summary', '--db', sampleCity.dataFile, '--as-of', '2025-09-30'])
  await expect.poll(() => ledger.shownCount()).toBe(summary.tasks.red)
  await page.getByTestId('export-tasks').click()
  const download = page.waitForEvent('download')
  await page.getByTestId('open-export').click()
  const saved = join(sampleCity.dir, 'downloaded.xlsx')
  await (await download).saveAs(saved)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(readFileSync(saved) as unknown as ExcelJS.Buffer)
  const sheet = workbook.getWorksheet('任务台账')!
  expect(String(sheet.getCell('A2').value)).toContain('统计截止日期：2025年9月30日')
  expect(String(sheet.getCell('A2').value)).toContain('按台账当前筛选导出')
  expect(sheet.rowCount - 3).toBe(summary.tasks.red)
  for (let r = 4; r <= sheet.rowCount; r++) expect(String(sheet.getCell(r, 14).value)).toMatch(/逾期/)
})

test("an empty data file starts from the office's own ledger", async ({ page, emptyFile }) => {
  const path = join(emptyFile.dir, '台账.xlsx')
  writeFileSync(path, await plainLedger())
  await emptyFile.open(page)
  await expect(new FirstRunPage(page).importLedger).toBeVisible()
  const wizard = new ImportWizard(page)
  await wizard.open('tasks')
  await wizard.chooseFile(path)
  await wizard.toPreview.click()
  await expect(page.getByText('数据文件中还没有行动方案')).toBeVisible()
  await expect(wizard.count('new')).toHaveText('5')
  await wizard.commitButton.click()
  await expect(wizard.result).toContainText('新增5项')
  await wizard.finish.click()
  await new AppShell(page).goTo('任务台账')
  await expect.poll(() => new TaskLedgerPage(page).shownCount()).toBe(5)
})

test('the wizard cannot be closed while the import is written, and the page follows the import when it ends', async ({
  page,
  emptyFile
}) => {
  const path = join(emptyFile.dir, '台账.xlsx')
  writeFileSync(path, await plainLedger())
  // The commit is held in flight until the clerk has tried to close the wizard.
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/exchange.commit', async (route) => {
    await released
    await route.continue()
  })
  await emptyFile.open(page)
  const wizard = new ImportWizard(page)
  await wizard.open('tasks')
  await wizard.chooseFile(path)
  await wizard.toPreview.click()
  await wizard.commitButton.click()
  await expect(wizard.progress).toContainText('第 1/5 步：正在打开工作簿…')
  await expect(wizard.dialog.locator('.ant-modal-close')).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(wizard.progress).toContainText('第 1/5 步：正在打开工作簿…')
  release()
  await expect(wizard.result).toContainText('新增5项')
  await wizard.finish.click()
  // No reload: the first-run screen gives way to the workbench with the imported tasks.
  await expect(new FirstRunPage(page).welcome).toHaveCount(0)
  await new AppShell(page).goTo('任务台账')
  await expect.poll(() => new TaskLedgerPage(page).shownCount()).toBe(5)
})

test('a progress that says finished under 推进中 is a warning the clerk marks 已办结 in one click', async ({
  page,
  emptyFile
}) => {
  const path = join(emptyFile.dir, '进展.xlsx')
  writeFileSync(
    path,
    await workbookBytes((wb) =>
      addSheet(wb, '进展', [
        ['序号', '任务名称', '牵头单位', '完成时限', '状态', '进展情况'],
        ['FP-1', '背街小巷路灯补亮', '市城管局', '2025-12-31', '推进中', '已完成全部路灯安装'],
        ['FP-2', '农贸市场改造', '市城管局', '2025-12-31', '推进中', '主体未完成，正在施工']
      ])
    )
  )
  await emptyFile.open(page)
  const wizard = new ImportWizard(page)
  await wizard.open('tasks')
  await wizard.chooseFile(path)
  await wizard.toPreview.click()
  await expect(page.getByTestId('count-reports').locator('.ant-statistic-content-value')).toHaveText('2')
  await expect(wizard.rowWarnings).toContainText('1行进展写着已完成，状态却不是已办结')
  await page.getByTestId('fix-markDone').click()
  await expect(wizard.rowWarnings).toHaveCount(0)
  await wizard.commitButton.click()
  await expect(wizard.result).toContainText('新增2项')
  await wizard.finish.click()
  await new AppShell(page).goTo('任务台账')
  const tasks = cliJson<TaskRow[]>(['tasks', '--db', emptyFile.dataFile])
  expect(tasks.find((t) => t.code === 'FP-1')?.status).toBe('done')
  expect(tasks.find((t) => t.code === 'FP-2')?.status).toBe('in-progress')
})

test('a large ledger shows its rows while it is read and written, not a bare spinner', async ({
  page,
  emptyFile
}) => {
  // 8,000 rows: a read and a write long enough to be watched on a busy machine.
  test.slow()
  const path = join(emptyFile.dir, '大台账.xlsx')
  writeFileSync(path, await generatedLedger(8000, ['市城市管理局', '市公安局', '市住建局']))
  await emptyFile.open(page)
  const wizard = new ImportWizard(page)
  await wizard.open('tasks')
  // Every text the progress shows, recorded in the page: a step can pass between two looks from here.
  await page.evaluate(() => {
    const seen: string[] = []
    Object.assign(window, { progressSeen: seen })
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="import-progress"]')?.textContent
      if (text && seen[seen.length - 1] !== text) seen.push(text)
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  const progressSeen = async (): Promise<string> => {
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen)
    return seen.splice(0).join('\n')
  }
  await wizard.chooseFile(path)
  await expect(wizard.progress).toContainText('第 1/3 步：正在打开工作簿…')
  await expect(wizard.progress.getByRole('progressbar')).toBeVisible()
  await expect(wizard.mappingStep).toBeVisible({ timeout: 60_000 })
  // Reading counts its rows as it goes; checking says how many it checks (8,000 tasks under 10 headings).
  expect(await progressSeen()).toMatch(/第 [23]\/3 步：(已读 [\d,]+ \/ 8,010 行|正在核对 8,000 行数据)/)
  await wizard.toPreview.click()
  await expect(wizard.count('new')).toHaveText(/^8,?000$/)
  await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen.splice(0))
  await wizard.commitButton.click()
  await expect(wizard.result).toContainText(/新增8,?000项/, { timeout: 60_000 })
  await expect(wizard.progress).toHaveCount(0)
  // The commit's steps count too (which of them the wizard catches depends on when it asks; the order and
  // the write stage are pinned in test/exchange-progress.test.ts).
  expect(await progressSeen()).toMatch(
    /第 [2-5]\/5 步：(已读 [\d,]+ \/ 8,010 行|正在核对 8,000 行数据|正在写入 8,000 行)/
  )
})

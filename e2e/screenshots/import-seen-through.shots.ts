import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { addSheet, workbookBytes } from '../../test/exchange-corpus'
import { expect, test } from '../harness/fixtures'
import { AppShell } from '../pages/app-shell'
import { ImportWizard } from '../pages/import-wizard'

const OUT = 'docs/screenshots'

/**
 * The import seen through (issue 13): the sheet's 填报日期 read above the header and said in 对应列 and
 * 预览, and the wizard held open (no ×) while the commit is written. At the two sizes clerks use.
 */
for (const size of [
  { width: 1600, height: 960 },
  { width: 1366, height: 768 }
]) {
  test(`the sheet's date and the held commit at ${size.width}×${size.height}`, async ({
    page,
    sampleCity
  }) => {
    await page.setViewportSize(size)
    const path = join(sampleCity.dir, '东湖区进展.xlsx')
    const bytes = await workbookBytes((wb) =>
      addSheet(wb, '东湖区', [
        ['东湖区城中村整治工作进展表'],
        ['填报单位：东湖区城中村办　填报日期：2025年9月26日'],
        ['序号', '任务名称', '牵头单位', '完成时限', '进展情况'],
        ['DH-1', '东湖区出租屋消防隐患清零行动', '东湖区人民政府', '2025-10-31', '已排查出租屋312栋']
      ])
    )
    writeFileSync(path, bytes)
    let release!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/api/exchange.commit', async (route) => {
      await released
      await route.continue()
    })
    await sampleCity.open(page)
    await new AppShell(page).goTo('任务台账')
    const wizard = new ImportWizard(page)
    await wizard.open('tasks')
    await wizard.chooseFile(path)
    await expect(wizard.mappingStep).toContainText('2025-09-26')
    await page.screenshot({ path: `${OUT}/52-import-sheet-date-mapping-${size.width}.png` })
    await wizard.toPreview.click()
    await expect(page.getByTestId('sheet-dates')).toContainText('2025-09-26')
    await page.screenshot({ path: `${OUT}/53-import-sheet-date-preview-${size.width}.png` })
    await wizard.commitButton.click()
    await expect(wizard.progress).toContainText('第 1/5 步：正在打开工作簿…')
    await page.screenshot({ path: `${OUT}/54-import-writing-${size.width}.png` })
    release()
    await expect(wizard.result).toBeVisible()
  })
}

for (const size of [
  { width: 1600, height: 960 },
  { width: 1366, height: 768 }
]) {
  test(`a finished progress under 推进中 at ${size.width}×${size.height}`, async ({ page, sampleCity }) => {
    await page.setViewportSize(size)
    const path = join(sampleCity.dir, '进展.xlsx')
    const bytes = await workbookBytes((wb) =>
      addSheet(wb, '进展', [
        ['序号', '任务名称', '牵头单位', '完成时限', '状态', '进展情况'],
        ['FP-1', '背街小巷路灯补亮', '市城管局', '2025-12-31', '推进中', '已完成全部路灯安装'],
        ['FP-2', '农贸市场改造', '市城管局', '2025-12-31', '推进中', '主体未完成，正在施工']
      ])
    )
    writeFileSync(path, bytes)
    await sampleCity.open(page)
    await new AppShell(page).goTo('任务台账')
    const wizard = new ImportWizard(page)
    await wizard.open('tasks')
    await wizard.chooseFile(path)
    await wizard.toPreview.click()
    await expect(wizard.rowWarnings).toBeVisible()
    await page.screenshot({ path: `${OUT}/55-import-finished-warning-${size.width}.png` })
  })
}

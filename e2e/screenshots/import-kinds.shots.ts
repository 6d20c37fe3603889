import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { addSheet, workbookBytes } from '../../test/exchange-corpus'
import { expect, test } from '../harness/fixtures'
import { AppShell } from '../pages/app-shell'
import { ImportWizard } from '../pages/import-wizard'

const OUT = 'docs/screenshots'

/**
 * The wizard as the kind declares it (issue 12): the 对应列 menu and the required-column hint come from
 * exchange.kinds, and the last step's buttons from the page that opened it. At the two sizes clerks use.
 */
for (const size of [
  { width: 1600, height: 960 },
  { width: 1366, height: 768 }
]) {
  test(`the wizard driven by the kind's declaration at ${size.width}×${size.height}`, async ({
    page,
    sampleCity
  }) => {
    await page.setViewportSize(size)
    const path = join(sampleCity.dir, '东湖区清单.xlsx')
    const bytes = await workbookBytes((wb) =>
      addSheet(wb, '东湖区', [
        ['序号', '整治内容', '牵头单位', '完成时限'],
        ['DH-1', '东湖区出租屋消防隐患清零行动', '东湖区人民政府', '2025-10-31']
      ])
    )
    writeFileSync(path, bytes)
    await sampleCity.open(page)
    await new AppShell(page).goTo('任务台账')
    const wizard = new ImportWizard(page)
    await wizard.open('tasks')
    await wizard.chooseFile(path)
    await expect(wizard.mappingProblem).toBeVisible()
    await expect(wizard.mappingStep).toContainText('必须有对应“工作任务”的列。')
    await page.screenshot({ path: `${OUT}/50-import-kind-mapping-${size.width}.png` })
    await wizard.mapColumn('B', '工作任务')
    await wizard.toPreview.click()
    await wizard.commitButton.click()
    await expect(wizard.seeTasks).toHaveText('查看任务台账')
    await page.screenshot({ path: `${OUT}/51-import-kind-done-${size.width}.png` })
  })
}

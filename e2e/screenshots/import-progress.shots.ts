import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generatedLedger } from '../../test/exchange-corpus'
import { expect, test } from '../harness/fixtures'
import { ImportWizard } from '../pages/import-wizard'

const OUT = 'docs/screenshots'

/**
 * The import's progress (issue 13): a large ledger read and written with the step, the rows and a bar in
 * the wizard, at the two sizes clerks use. The shots catch whichever counted step is on screen.
 */
for (const size of [
  { width: 1600, height: 960 },
  { width: 1366, height: 768 }
]) {
  test(`the import's progress at ${size.width}×${size.height}`, async ({ page, emptyFile }) => {
    test.slow()
    await page.setViewportSize(size)
    const path = join(emptyFile.dir, '大台账.xlsx')
    writeFileSync(path, await generatedLedger(8000, ['市城市管理局', '市公安局', '市住建局']))
    await emptyFile.open(page)
    const wizard = new ImportWizard(page)
    await wizard.open('tasks')
    await wizard.chooseFile(path)
    await expect(wizard.progress).toContainText(/已读 [\d,]+ \/|正在核对/, { timeout: 60_000 })
    await page.screenshot({ path: `${OUT}/66-import-progress-reading-${size.width}.png` })
    await expect(wizard.mappingStep).toBeVisible({ timeout: 60_000 })
    await wizard.toPreview.click()
    await wizard.commitButton.click()
    await expect(wizard.progress).toContainText(/已读 [\d,]+ \/|正在核对|正在写入/, { timeout: 60_000 })
    await page.screenshot({ path: `${OUT}/66-import-progress-writing-${size.width}.png` })
    await expect(wizard.result).toBeVisible({ timeout: 60_000 })
  })
}

import { expect, test } from '../harness/fixtures'
import { AppShell, type NavLabel } from '../pages/app-shell'
import { FirstRunPage } from '../pages/first-run-page'

const OUT = 'docs/screenshots'

test('first run on an empty data file', async ({ page, emptyFile }) => {
  await emptyFile.open(page)
  await expect(new FirstRunPage(page).loadSample).toBeVisible()
  await page.screenshot({ path: `${OUT}/00-first-run.png` })
})

const PAGES: [NavLabel, string][] = [
  ['总览', '01-dashboard'],
  ['任务台账', '02-task-ledger'],
  ['治理事项', '03-governance-items'],
  ['进度计划', '04-schedule'],
  ['文档', '05-documents'],
  ['设置', '06-settings']
]

test('every page on the sample city', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  const shell = new AppShell(page)
  for (const [label, file] of PAGES) {
    await shell.goTo(label)
    await page.waitForLoadState('networkidle')
    // Let grids and charts finish their first paint before the picture.
    await page.waitForTimeout(600)
    await page.screenshot({ path: `${OUT}/${file}.png` })
  }
})

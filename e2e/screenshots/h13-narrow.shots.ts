import { test } from '../harness/fixtures'
import { AppShell } from '../pages/app-shell'
import { WallChartPage } from '../pages/wall-chart-page'

const OUT = 'docs/screenshots'

// The wall chart and the ledger on the sample city at the offices' common screen and at the wide one (issue 13).
for (const viewport of [
  { width: 1600, height: 960 },
  { width: 1366, height: 768 }
]) {
  test(`wall chart and ledger at ${viewport.width}×${viewport.height}`, async ({ page, sampleCity }) => {
    await page.setViewportSize(viewport)
    await sampleCity.open(page)
    const wall = new WallChartPage(page)
    await wall.open()
    await page.waitForTimeout(800)
    await page.screenshot({ path: `${OUT}/62-wall-chart-${viewport.width}.png` })
    await new AppShell(page).goTo('任务台账')
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(800)
    await page.screenshot({ path: `${OUT}/62-ledger-${viewport.width}.png` })
  })
}

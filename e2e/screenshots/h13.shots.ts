import { firstDay } from '../first-day-story'
import { test } from '../harness/fixtures'

const OUT = 'docs/screenshots'

for (const viewport of [
  { width: 1600, height: 960 },
  { width: 1366, height: 768 }
]) {
  test(`a clerk’s first day at ${viewport.width}×${viewport.height}`, async ({ page, emptyFile }) => {
    test.slow()
    await page.setViewportSize(viewport)
    await firstDay(page, emptyFile, (name) =>
      page.screenshot({ path: `${OUT}/60-first-day-${name}-${viewport.width}.png` }).then(() => undefined)
    )
  })
}

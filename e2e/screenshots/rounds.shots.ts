import { test } from '../harness/fixtures'
import { reportingRound } from '../rounds-story'

const SIZES = [
  { width: 1600, height: 960 },
  { width: 1366, height: 768 }
]

/** 填报 (issue 15) at the two window sizes clerks use, at each step of the round's story. */
for (const size of SIZES) {
  const tag = `${size.width}x${size.height}`
  test(`填报: a round from opening to chasing, ${tag}`, async ({ page, sampleCity }) => {
    test.setTimeout(600_000)
    await page.setViewportSize(size)
    await reportingRound(page, sampleCity, async (name) => {
      // Let the grids size their columns and the messages fade before the picture.
      await page.waitForTimeout(600)
      await page.screenshot({ path: `docs/screenshots/60-rounds-${name}-${tag}.png` })
    })
  })
}

import { test } from '../harness/fixtures'
import { problemRoundStory } from '../problem-round-story'

const SIZES = [
  { width: 1600, height: 960 },
  { width: 1366, height: 768 }
]

/** 测评问题 replies through a reporting round (issue 16), at the two window sizes clerks use. */
for (const size of SIZES) {
  const tag = `${size.width}x${size.height}`
  test(`测评问题整改填报, ${tag}`, async ({ page, sampleCity }) => {
    test.setTimeout(600_000)
    await page.setViewportSize(size)
    await problemRoundStory(page, sampleCity, async (name) => {
      await page.waitForTimeout(600)
      await page.screenshot({ path: `docs/screenshots/81-problem-round-${name}-${tag}.png` })
    })
  })
}

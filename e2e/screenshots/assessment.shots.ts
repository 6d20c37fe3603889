import { assessmentStory } from '../assessment-story'
import { test } from '../harness/fixtures'

const OUT = 'docs/screenshots'

/** The 测评 page through the quarter's story (issue 16), at the two sizes clerks use. */
for (const size of [
  { width: 1600, height: 960 },
  { width: 1366, height: 768 }
]) {
  test(`测评 at ${size.width}×${size.height}`, async ({ page, sampleCity }) => {
    test.slow()
    await page.setViewportSize(size)
    await assessmentStory(page, sampleCity, (name) =>
      page.screenshot({ path: `${OUT}/80-assessment-${name}-${size.width}.png` }).then(() => undefined)
    )
  })
}

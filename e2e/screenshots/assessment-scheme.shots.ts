import { schemeEditingStory } from '../assessment-scheme-story'
import { test } from '../harness/fixtures'

const OUT = 'docs/screenshots'

/** The 测评体系 tree editor (issue 16): the node dialog and the edited tree, at the two sizes clerks use. */
for (const size of [
  { width: 1600, height: 960 },
  { width: 1366, height: 768 }
]) {
  test(`测评体系 editing at ${size.width}×${size.height}`, async ({ page, sampleCity }) => {
    test.slow()
    await page.setViewportSize(size)
    await schemeEditingStory(page, sampleCity, async (name) => {
      // Let the dialog's opening animation and the save message settle before the picture.
      await page.waitForTimeout(600)
      await page.screenshot({ path: `${OUT}/81-scheme-${name}-${size.width}.png` })
    })
  })
}

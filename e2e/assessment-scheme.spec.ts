import { schemeEditingStory } from './assessment-scheme-story'
import { test } from './harness/fixtures'

// 1366×768, the offices' most common screen: the tree editor must be usable there (issue 13).
test.use({ viewport: { width: 1366, height: 768 } })

test('a clerk adapts the 测评体系: adds a 测评内容, changes its 分值, is refused a bad value, deletes it; a scored version is frozen', async ({
  page,
  sampleCity
}) => {
  test.slow()
  await schemeEditingStory(page, sampleCity, async () => undefined)
})

import { assessmentEntryStory } from './assessment-entry-story'
import { test } from './harness/fixtures'

// 1366×768, the offices' most common screen: the story must be doable there (issue 13).
test.use({ viewport: { width: 1366, height: 768 } })

test('a clerk’s own 暗访 quarter: points and a 问卷 entered by hand, ranked, explained, a problem to 已销号, the 交办单 and 整改台账', async ({
  page,
  sampleCity
}) => {
  test.slow()
  await assessmentEntryStory(page, sampleCity)
})

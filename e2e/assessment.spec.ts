import { assessmentStory } from './assessment-story'
import { test } from './harness/fixtures'

// 1366×768, the offices' most common screen: the story must be doable there (issue 13).
test.use({ viewport: { width: 1366, height: 768 } })

test('a clerk assesses the quarter: imports the evaluators’ workbook, ranks, explains, hands problems over, writes the 通报', async ({
  page,
  sampleCity
}) => {
  test.slow()
  await assessmentStory(page, sampleCity, async () => undefined)
})

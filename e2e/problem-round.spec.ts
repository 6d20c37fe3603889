import { test } from './harness/fixtures'
import { problemRoundStory } from './problem-round-story'

// 1366×768, the offices' most common screen: the story must be doable there (issue 13).
test.use({ viewport: { width: 1366, height: 768 } })

test('测评问题 replies through a reporting round: 交办, 发起整改填报, the unit’s 已办结 taken in as 申请销号', async ({
  page,
  sampleCity
}) => {
  test.slow()
  await problemRoundStory(page, sampleCity, async () => undefined)
})

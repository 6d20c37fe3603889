import { firstDay } from './first-day-story'
import { test } from './harness/fixtures'

for (const viewport of [
  { width: 1600, height: 960 },
  { width: 1366, height: 768 }
]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport })
    test('a clerk’s first day: 从空白开始, the office’s names, the ledger, the 简报 with no 示例', async ({
      page,
      emptyFile
    }) => {
      test.slow()
      await firstDay(page, emptyFile, async () => undefined)
    })
  })
}

import { test } from './harness/fixtures'
import { reportingRound } from './rounds-story'

test('a clerk runs a reporting round: open, write, collect, review, accept, send back, chase', async ({
  page,
  sampleCity
}) => {
  // LibreOffice re-saves one return and every unit fills its workbook in python: a long story.
  test.setTimeout(600_000)
  await reportingRound(page, sampleCity, async () => undefined)
})

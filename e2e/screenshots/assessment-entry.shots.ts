import { entries, openQuarter } from '../assessment-entry-story'
import { test } from '../harness/fixtures'

const OUT = 'docs/screenshots'

/** 手工录入点位 and 录入问卷结果, filled in as the clerk leaves them before 录入, at the two sizes clerks use. */
for (const size of [
  { width: 1600, height: 960 },
  { width: 1366, height: 768 }
]) {
  test(`测评 hand entry at ${size.width}×${size.height}`, async ({ page, sampleCity }) => {
    test.slow()
    await page.setViewportSize(size)
    const assess = await openQuarter(page, sampleCity)
    const { withProblems } = entries(sampleCity.dataFile)
    const [found] = withProblems.problems!
    await assess.fillPoint({
      ...withProblems,
      problems: [
        ...withProblems.problems!,
        { ...found, description: '巷口绿化带积存垃圾', location: '后巷入口' }
      ]
    })
    await page.screenshot({ path: `${OUT}/82-assessment-entry-point-${size.width}.png` })
    await assess.pointEntryDialog.getByRole('button', { name: /^录\s*入$/ }).click()
    await assess.pointEntryDialog.waitFor({ state: 'hidden' })
    await assess.fillSurvey('东湖区', 400, 92.5)
    await page.screenshot({ path: `${OUT}/82-assessment-entry-survey-${size.width}.png` })
  })
}

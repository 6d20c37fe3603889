/// <reference lib="dom" />
import { readFileSync, statSync } from 'node:fs'
import type { Summary, TaskRow } from '../src/shared/contract'
import { cliJson } from './harness/cli'
import { expect, test } from './harness/fixtures'
import { WallChartPage } from './pages/wall-chart-page'

test('挂图作战: a bar per task, milestones, the today line and the three phases; zoom narrows the window', async ({
  page,
  sampleCity
}) => {
  const tasks = cliJson<TaskRow[]>(['tasks', '--db', sampleCity.dataFile])
  // A screen tall enough for all 60 rows at once (a shorter one scrolls them).
  await page.setViewportSize({ width: 1440, height: 1900 })
  await sampleCity.open(page)
  const wall = new WallChartPage(page)
  await wall.open()

  expect(Number(await wall.fact('rows'))).toBe(tasks.length)
  expect(Number(await wall.fact('milestones'))).toBeGreaterThan(10)
  expect(await wall.fact('phases')).toBe('试点,攻坚,全覆盖')
  expect(await wall.fact('today')).toBe('2025-09-30')

  const year = await wall.picture()
  expect(year.todayX).not.toBeNull()
  // Bars in the lights' colours: the sample has overdue, due-soon, on-track and done tasks.
  expect(year.bars.red).toBeGreaterThan(200)
  expect(year.bars.yellow).toBeGreaterThan(100)
  expect(year.bars.done).toBeGreaterThan(1000)
  // Each phase band is tinted over a wide area.
  for (const band of year.bands) expect(band).toBeGreaterThan(5000)

  await wall.zoom('按月')
  await expect.poll(() => wall.fact('window')).toBe('2025-08-01..2025-11-30')
  const month = await wall.picture()
  expect(month.todayX).not.toBeNull()
  // Four months fill the width now, so the as-of date sits far from where it sat on the three-year view.
  expect(Math.abs(month.todayX! - year.todayX!)).toBeGreaterThan(100)

  await wall.zoom('按季')
  await expect.poll(() => wall.fact('window')).toBe('2025-01-01..2025-12-31')
})

test('per village for one item, following the area tree', async ({ page, sampleCity }) => {
  const summary = cliJson<Summary>(['summary', '--db', sampleCity.dataFile, '--as-of', '2025-09-30'])
  await sampleCity.open(page)
  const wall = new WallChartPage(page)
  await wall.open()
  await wall.mode('按村')
  await wall.chooseItem('消防安全')
  // A 基础 item applies to every village.
  await expect.poll(() => wall.fact('rows')).toBe(String(summary.villages))
  await expect(wall.note).toHaveCount(0)

  await wall.chooseItem('文化传承')
  await expect(wall.note).toContainText(/另有\d+个村不实施此事项/)
  const left = Number(/另有(\d+)个村/.exec((await wall.note.textContent())!)![1])
  expect(Number(await wall.fact('rows')) + left).toBe(summary.villages)

  const [district] = await wall.areaTree.childrenOf('全市')
  const inDistrict = await wall.areaTree.rollup(district)
  await wall.areaTree.choose(district)
  await wall.chooseItem('消防安全')
  await expect.poll(() => wall.fact('rows')).toBe(String(inDistrict.villages))
})

test('the wall chart exports as a PNG fit for printing', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  const wall = new WallChartPage(page)
  await wall.open()
  const rows = Number(await wall.fact('rows'))
  const [download] = await Promise.all([page.waitForEvent('download'), wall.exportPng.click()])
  expect(download.suggestedFilename()).toMatch(/^挂图作战-重点任务-全市-2025-09-30\.png$/)
  const file = await download.path()
  const bytes = readFileSync(file)
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR')
  const width = bytes.readUInt32BE(16)
  const height = bytes.readUInt32BE(20)
  // Twice the screen's resolution: the whole chart, every row, sharp enough for A3.
  expect(width).toBeGreaterThanOrEqual(1800)
  expect(height).toBeGreaterThanOrEqual(rows * 24 * 2)
  const size = statSync(file).size
  expect(size).toBeGreaterThan(50 * 1024)
  expect(size).toBeLessThan(3 * 1024 * 1024)
  await expect(page.getByText(/已导出 挂图作战-.*\.png（\d+×\d+ 像素，\d+ KB）/)).toBeVisible()
})

test('printing puts only the chart on a landscape sheet of the chosen paper', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  const wall = new WallChartPage(page)
  await wall.open()
  // The browser's print dialog cannot be driven; record what the page would print instead.
  await page.evaluate(() => {
    const seen: unknown[] = []
    ;(window as unknown as { printed: unknown[] }).printed = seen
    window.print = () => {
      const sheet = document.querySelector<HTMLElement>('.wall-print-sheet')
      const image = sheet?.querySelector('img')
      seen.push({
        page: document.getElementById('wall-print-page')?.textContent,
        imageWidth: image?.naturalWidth ?? 0,
        printing: document.body.classList.contains('wall-printing')
      })
    }
  })
  await wall.paper('A4 横向')
  await wall.print.click()
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: unknown[] }).printed))
    .toEqual([
      { page: '@page { size: A4 landscape; margin: 8mm; }', imageWidth: expect.any(Number), printing: true }
    ])
  const [printed] = await page.evaluate(
    () => (window as unknown as { printed: { imageWidth: number }[] }).printed
  )
  expect(printed.imageWidth).toBeGreaterThan(1800)
  // Afterwards the screen is as it was.
  await expect(page.locator('.wall-print-sheet')).toHaveCount(0)
  await expect(page.locator('body.wall-printing')).toHaveCount(0)
})

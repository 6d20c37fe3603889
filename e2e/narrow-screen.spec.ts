/// <reference lib="dom" />
import { readFileSync } from 'node:fs'
import { expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { WallChartPage } from './pages/wall-chart-page'

// 1366×768, the most common screen of the offices' PCs (issue 13).
test.use({ viewport: { width: 1366, height: 768 } })

test('1366×768: the wall chart fits its box, so the legend and the 统计截止 label are never cut', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  const wall = new WallChartPage(page)
  await wall.open()
  const fit = await wall.chart.evaluate((chart) => {
    const box = chart.parentElement!.parentElement!
    const canvas = chart.querySelector('canvas')!.getBoundingClientRect()
    const frame = box.getBoundingClientRect()
    return {
      overflow: box.scrollWidth - box.clientWidth,
      canvasRight: canvas.right,
      frameRight: frame.right
    }
  })
  // Nothing hides past the right edge: the whole drawing, legend included, is inside the visible box.
  expect(fit.overflow).toBeLessThanOrEqual(0)
  expect(fit.canvasRight).toBeLessThanOrEqual(fit.frameRight + 1)
})

test('1366×768: the ledger keeps 状态 and 进度 in view, frozen beside 操作', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const grid = page.getByTestId('task-grid')
  await expect(grid.locator('.ag-row').first()).toBeVisible()
  const frame = (await grid.boundingBox())!
  for (const column of ['status', 'percent', 'actions']) {
    const header = grid.locator(`.ag-header-cell[col-id="${column}"]`)
    const box = (await header.boundingBox())!
    // Whole and inside the grid's frame, without scrolling sideways.
    expect(box.x).toBeGreaterThanOrEqual(frame.x)
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1)
  }
})

test('1366×768: date inputs are wide enough for their longest text', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  const shell = new AppShell(page)
  // The widest date there is: a two-digit month and day.
  await shell.setAsOf('2025-12-31')
  await shell.goTo('文档')
  const pickers = page.locator('.ant-picker input')
  await expect(pickers).toHaveCount(2)
  const widths = await pickers.evaluateAll((inputs) =>
    inputs.map((i) => ({
      value: (i as HTMLInputElement).value,
      cut: i.scrollWidth - i.clientWidth
    }))
  )
  for (const w of widths) {
    expect(w.value).toBe('2025年12月31日')
    expect(w.cut, `${w.value} is cut`).toBeLessThanOrEqual(0)
  }
})

test('1366×768: the exported wall chart PNG holds the whole 统计截止 label, ending at the today line', async ({
  page,
  sampleCity
}) => {
  test.slow()
  await sampleCity.open(page)
  const wall = new WallChartPage(page)
  await wall.open()
  const asOf = await wall.fact('today')
  const [download] = await Promise.all([page.waitForEvent('download'), wall.exportPng.click()])
  const png = readFileSync(await download.path())
  const [year, month, day] = asOf.split('-').map(Number)
  const text = `统计截止 ${year}年${month}月${day}日`
  // 1680 CSS px: the picture's fixed width (wall-chart/picture.ts PICTURE_WIDTH), whatever the window's.
  const found = await wall.labelInPicture(png, 1680, text)
  expect(found.ratio).toBe(2)
  expect(found.lineX).toBeGreaterThan(0)
  expect(found.label, 'no red label above the grid, left of the today line').not.toBeNull()
  const label = found.label!
  // The whole text: as wide as the font draws it (not a clipped part), inside the picture, ending at the line.
  expect(label.right - label.left + 1).toBeGreaterThan(found.expectedWidth * 0.85)
  expect(label.right - label.left + 1).toBeLessThan(found.expectedWidth * 1.15)
  expect(label.left).toBeGreaterThan(0)
  expect(found.lineX - label.right).toBeLessThan(12 * found.ratio)
  // A line of 12 px text, drawn above the grid.
  expect(label.bottom - label.top + 1).toBeGreaterThan(8 * found.ratio)
  expect(label.bottom).toBeLessThan(156 * found.ratio)
})

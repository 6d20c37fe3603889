/// <reference lib="dom" />
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

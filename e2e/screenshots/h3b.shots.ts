/// <reference lib="dom" />
import type { Page } from '@playwright/test'
import type { DueItem } from '../../src/shared/contract'
import { cliJson } from '../harness/cli'
import { expect, test } from '../harness/fixtures'
import { BulkChangeDialog } from '../pages/bulk-change-dialog'
import { CatalogEditorPage } from '../pages/catalog-editor-page'
import { DashboardPage } from '../pages/dashboard-page'
import { VillageItemDrawer } from '../pages/village-item-drawer'
import { VillageMatrixPage } from '../pages/village-matrix-page'
import { WallChartPage } from '../pages/wall-chart-page'

const OUT = 'docs/screenshots'

/** Charts and grids finish drawing a frame or two after their data lands. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  // Drawers and dialogs slide in: wait for every running animation to end, then for a frame.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)))
  )
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
}

test('总览 on the sample city', async ({ page, sampleCity }) => {
  // Tall enough for the whole of 总览, as on a 1080p monitor at full height.
  await page.setViewportSize({ width: 1440, height: 1100 })
  await sampleCity.open(page)
  const dashboard = new DashboardPage(page)
  await expect(dashboard.districtChart).toBeVisible()
  await expect(dashboard.dueRows().first()).toBeVisible()
  await settle(page)
  await page.screenshot({ path: `${OUT}/01-dashboard.png` })
})

test('治理事项: the matrix, its area filter and selection, a drawer, a bulk change, the catalog', async ({
  page,
  sampleCity
}) => {
  const due = cliJson<DueItem[]>(['due', '--db', sampleCity.dataFile, '--as-of', '2025-09-30'])
  await sampleCity.open(page)
  const matrix = new VillageMatrixPage(page)
  await matrix.open()
  await settle(page)
  await page.screenshot({ path: `${OUT}/20-villages-matrix.png` })

  const [, district] = await matrix.areaTree.childrenOf('全市')
  await matrix.areaTree.choose(district)
  await matrix.areaTree.expand(district)
  const villages = await matrix.villageNames()
  await (await matrix.cell(villages[1], '用电燃气安全')).click({ modifiers: ['Control'] })
  await (await matrix.cell(villages[4], '雨污分流')).click({ modifiers: ['Shift'] })
  await settle(page)
  await page.screenshot({ path: `${OUT}/21-villages-area-and-selection.png` })

  await matrix.bulkChange.click()
  const bulk = new BulkChangeDialog(page)
  await bulk.setDeadline('2025-12-31')
  await bulk.root.getByText('修改是一次完成的', { exact: false }).click()
  await settle(page)
  await page.screenshot({ path: `${OUT}/23-villages-bulk-change.png` })
  await page.keyboard.press('Escape')
  await matrix.clearSelection.click()

  const overdue = due.find((d) => d.kind === 'village-item' && d.light === 'red' && d.district === district)!
  await matrix.search.fill(overdue.village!)
  await (await matrix.cell(overdue.village!, overdue.title)).click()
  const drawer = new VillageItemDrawer(page)
  await expect(drawer.light).toBeVisible()
  await settle(page)
  await page.screenshot({ path: `${OUT}/22-villages-drawer.png` })
  await drawer.close.click()

  const catalog = new CatalogEditorPage(page)
  await catalog.open()
  await settle(page)
  await page.screenshot({ path: `${OUT}/24-villages-catalog.png` })
  await catalog.add('提升', '夜间经济', '培育夜市、夜游等夜间消费场景，落实噪声、油烟和交通组织管理。')
  await expect(catalog.warning).toBeVisible()
  await settle(page)
  await page.screenshot({ path: `${OUT}/25-villages-catalog-warning.png` })
})

test('进度计划 — 挂图作战', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  const wall = new WallChartPage(page)
  await wall.open()
  await settle(page)
  await page.screenshot({ path: `${OUT}/30-wall-chart-tasks.png` })

  await wall.mode('按村')
  await wall.chooseItem('消防安全')
  const [district] = await wall.areaTree.childrenOf('全市')
  await wall.areaTree.choose(district)
  await wall.zoom('按季')
  await expect.poll(() => wall.fact('window')).toBe('2025-01-01..2025-12-31')
  await settle(page)
  await page.screenshot({ path: `${OUT}/31-wall-chart-villages.png` })

  await wall.areaTree.choose('全市')
  await wall.mode('按任务')
  await wall.zoom('按年')
  const [download] = await Promise.all([page.waitForEvent('download'), wall.exportPng.click()])
  await download.saveAs(`${OUT}/32-wall-chart-export.png`)
})

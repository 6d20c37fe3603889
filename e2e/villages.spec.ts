import type { DueItem, Summary } from '../src/shared/contract'
import { cliJson } from './harness/cli'
import { expect, test } from './harness/fixtures'
import { BulkChangeDialog } from './pages/bulk-change-dialog'
import { CatalogEditorPage } from './pages/catalog-editor-page'
import { ScheduleDialog } from './pages/schedule-dialog'
import { SettingsPage } from './pages/settings-page'
import { VillageItemDrawer } from './pages/village-item-drawer'
import { VillageMatrixPage } from './pages/village-matrix-page'

test('a clerk edits the "10+(5)+1" catalog: the counts warn, never block, and the matrix follows', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  const catalog = new CatalogEditorPage(page)
  await catalog.open()
  await expect(catalog.formula).toHaveText('10+(5)+1')
  await expect(catalog.warning).toHaveCount(0)

  await catalog.add('基础', '充电设施', '每村至少建成一处电动自行车集中充电点')
  await expect(catalog.formula).toHaveText('11+(5)+1')
  await expect(catalog.warning).toContainText('基础类事项现有11项，“10+(5)+1”规定10项')
  expect((await catalog.names()).at(-1)).toBe('充电设施')
  await expect(catalog.row('充电设施')).toContainText('108')

  await catalog.moveUp('充电设施')
  await expect.poll(async () => (await catalog.names()).at(-2)).toBe('充电设施')
  await catalog.rename('充电设施', '电动车充电设施')
  await expect(catalog.row('电动车充电设施')).toBeVisible()

  // The new column is in the matrix, every village not started and without a deadline (长期).
  const matrix = new VillageMatrixPage(page)
  await matrix.open()
  const first = (await matrix.villageNames())[0]
  const cell = await matrix.cell(first, '电动车充电设施')
  await expect(cell).toHaveText('未启动')
  expect(await matrix.toneOf(cell)).toBe('green')

  // Removing it is soft: the warning goes, and it comes back from 回收站.
  await catalog.open()
  await catalog.remove('电动车充电设施')
  await expect(catalog.formula).toHaveText('10+(5)+1')
  await expect(catalog.warning).toHaveCount(0)
  await catalog.showRemoved.click()
  await catalog.restore('电动车充电设施')
  await expect(catalog.formula).toHaveText('11+(5)+1')
})

test('the area tree filters the matrix, and its rollups add up to the summary', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  const summary = cliJson<Summary>(['summary', '--db', sampleCity.dataFile, '--as-of', '2025-09-30'])
  const matrix = new VillageMatrixPage(page)
  await matrix.open()
  const tree = matrix.areaTree
  await expect.poll(() => matrix.villagesShown()).toBe(summary.villages)

  const { total, done, red, yellow } = summary.villageItems
  expect(await tree.rollup('全市')).toEqual({ villages: summary.villages, items: total, done, red, yellow })
  const districts = await tree.childrenOf('全市')
  expect(districts).toHaveLength(6)
  const rollups = await Promise.all(districts.map((d) => tree.rollup(d)))
  expect(rollups.reduce((n, r) => n + r.villages, 0)).toBe(summary.villages)
  expect(rollups.reduce((n, r) => n + r.red, 0)).toBe(red)

  // A district: only its villages, and as many as its node says.
  await tree.choose(districts[1])
  await expect(matrix.areaTag).toContainText(districts[1])
  await expect.poll(() => matrix.villagesShown()).toBe(rollups[1].villages)
  expect(new Set(await matrix.districtsShown())).toEqual(new Set([districts[1]]))

  // A town under it, found by the tree's search.
  await tree.expand(districts[1])
  const towns = await tree.childrenOf(districts[1])
  const town = await tree.rollup(towns[0])
  await tree.choose(towns[0])
  await expect.poll(() => matrix.villagesShown()).toBe(town.villages)
  expect(town.red + town.yellow + town.done).toBeLessThanOrEqual(town.items)

  await matrix.areaTag.getByLabel('清除区域筛选').click()
  await expect.poll(() => matrix.villagesShown()).toBe(summary.villages)
})

test('a red cell: the clerk opens its drawer, moves the deadline, and the cell turns green', async ({
  page,
  sampleCity
}) => {
  const due = cliJson<DueItem[]>(['due', '--db', sampleCity.dataFile, '--as-of', '2025-09-30'])
  const overdue = due.find((d) => d.kind === 'village-item' && d.light === 'red')!
  await sampleCity.open(page)
  const matrix = new VillageMatrixPage(page)
  await matrix.open()
  await matrix.search.fill(overdue.village!)
  const cell = await matrix.cell(overdue.village!, overdue.title)
  expect(await matrix.toneOf(cell)).toBe('red')
  await expect(cell).toHaveText('逾期')

  await cell.click()
  const drawer = new VillageItemDrawer(page)
  await expect(drawer.title).toContainText(`${overdue.title}`)
  await expect(drawer.light).toHaveText(overdue.label)
  await drawer.setDeadline('2025-12-31')
  await drawer.save.click()
  await expect(drawer.light).toHaveText(/^剩\d+个工作日$/)
  await expect.poll(() => matrix.toneOf(cell)).toBe('green')
  await drawer.close.click()

  // The change is in 操作日志, naming the field.
  const settings = new SettingsPage(page)
  await settings.open('操作日志')
  await settings.filterAudit({ text: overdue.title })
  await expect(settings.auditRows().first()).toContainText(`${overdue.title}”的完成时限`)
})

test('a clerk selects cells with Ctrl and Shift, changes their deadline at once, and finds it in 操作日志', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  const matrix = new VillageMatrixPage(page)
  await matrix.open()
  const [districtName] = await matrix.areaTree.childrenOf('全市')
  await matrix.areaTree.choose(districtName)
  const villages = await matrix.villageNames()

  // Ctrl-click one cell, then Shift-click to span a 3 × 3 block (不适用 cells are left out).
  const corner = await matrix.cell(villages[0], '消防安全')
  await corner.click({ modifiers: ['Control'] })
  expect(await matrix.isSelected(corner)).toBe(true)
  await (await matrix.cell(villages[2], '缆线规整')).click({ modifiers: ['Shift'] })
  await expect.poll(() => matrix.selected()).toBe(9)

  await matrix.bulkChange.click()
  const dialog = new BulkChangeDialog(page)
  await expect(dialog.root).toContainText('将修改所选的 9 项村治理事项（3个村、3个事项）')
  await dialog.setDeadline('2026-06-30')
  await dialog.submit.click()
  await expect(
    page.getByText(/已批量修改9项村治理事项；修改前的数据已备份为 civdesk-.*-bulk-change\.db/)
  ).toBeVisible()
  await expect.poll(() => matrix.selected()).toBe(0)
  for (const village of villages.slice(0, 3))
    for (const item of ['消防安全', '用电燃气安全', '缆线规整']) {
      const cell = await matrix.cell(village, item)
      await expect.poll(() => matrix.toneOf(cell)).toMatch(/^(green|on-time|late)$/)
    }

  const settings = new SettingsPage(page)
  await settings.open('操作日志')
  await settings.filterAudit({ text: '批量修改9项村治理事项' })
  await expect(settings.auditRows()).toHaveCount(1)
  await expect(settings.auditRows()).toContainText('完成时限改为2026-06-30')
})

test('row checkboxes × an item choice select cells, and 倒排工期 gives each of them the same milestones', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  const matrix = new VillageMatrixPage(page)
  await matrix.open()
  const villages = await matrix.villageNames()
  await matrix.checkVillage(villages[0])
  await matrix.checkVillage(villages[1])
  await matrix.addItemsOfCheckedVillages(['垃圾分类'])
  await expect.poll(() => matrix.selected()).toBe(2)

  await matrix.backwardSchedule.click()
  const dialog = new ScheduleDialog(page)
  await expect(dialog.root).toContainText('所选2项村治理事项（2个村、1个事项）')
  await dialog.fill('2025-12-31', [
    ['摸底排查', 10],
    ['整改实施', 30],
    ['验收销号', 5]
  ])
  await expect.poll(() => dialog.previewDue()).toEqual(['2025年11月12日', '2025年12月24日', '2025年12月31日'])
  await dialog.save.click()
  await expect(dialog.root).toBeHidden()

  // Each village item now has the three steps as its 时间节点.
  await (await matrix.cell(villages[1], '垃圾分类')).click()
  const drawer = new VillageItemDrawer(page)
  await expect(drawer.milestones.locator('tbody tr')).toHaveCount(3)
  await expect(drawer.milestones).toContainText('验收销号')
  await expect(drawer.milestones).toContainText('2025-12-31')
})

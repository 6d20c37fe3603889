import type { Locator, Page } from '@playwright/test'
import { AppShell } from './app-shell'
import { AreaTree } from './area-tree'

/** 治理事项 → 村事项矩阵: the grid of villages × catalog items, its toolbar and its selection bar. */
export class VillageMatrixPage {
  readonly grid: Locator
  readonly shownCount: Locator
  readonly areaTag: Locator
  readonly selectedCount: Locator
  readonly search: Locator
  readonly bulkChange: Locator
  readonly backwardSchedule: Locator
  readonly clearSelection: Locator
  readonly areaTree: AreaTree

  constructor(readonly page: Page) {
    this.grid = page.getByTestId('village-matrix')
    this.shownCount = page.getByTestId('matrix-count')
    this.areaTag = page.getByTestId('matrix-area')
    this.selectedCount = page.getByTestId('selected-count')
    this.search = page.getByLabel('查找村')
    const bar = page.getByTestId('matrix-selection')
    this.bulkChange = bar.getByRole('button', { name: '批量修改' })
    this.backwardSchedule = bar.getByRole('button', { name: '倒排工期' })
    this.clearSelection = bar.getByRole('button', { name: '清除选择' })
    this.areaTree = new AreaTree(page)
  }

  async open(): Promise<void> {
    await new AppShell(this.page).goTo('治理事项')
    await this.page.getByText('村事项矩阵', { exact: true }).click()
    await this.grid.locator('.ag-row').first().waitFor()
  }

  async villagesShown(): Promise<number> {
    return Number(/\d+/.exec((await this.shownCount.textContent()) ?? '')![0])
  }

  /** The village column's text of every row on screen, top to bottom. */
  async villageNames(): Promise<string[]> {
    return this.grid.locator('.ag-row .ag-cell[col-id="village"]').allTextContents()
  }

  async districtsShown(): Promise<string[]> {
    return this.grid.locator('.ag-row .ag-cell[col-id="district"]').allTextContents()
  }

  /** A village's row (ag-grid 36 keeps pinned and scrolling cells in one row element). */
  row(village: string): Locator {
    return this.grid.locator('.ag-row').filter({
      has: this.page.locator('.ag-cell[col-id="village"]', { hasText: new RegExp(`^${village}$`) })
    })
  }

  /** The cell of a village (as the 村(居) column writes it) and a catalog item (by its column header). */
  async cell(village: string, item: string): Promise<Locator> {
    const header = this.grid.locator('.ag-header-cell[col-id^="item-"]', {
      has: this.page.locator('.ag-header-cell-text', { hasText: new RegExp(`^${item}$`) })
    })
    await this.revealColumn(header)
    const colId = await header.getAttribute('col-id')
    return this.row(village).locator(`.ag-cell[col-id="${colId}"]`)
  }

  /** The grid draws only the columns near the view: scroll right until the item's column is drawn. */
  private async revealColumn(header: Locator): Promise<void> {
    for (let i = 0; i < 12 && (await header.count()) === 0; i++) {
      await this.grid.evaluate((grid) => {
        for (const el of grid.querySelectorAll<HTMLElement>('*'))
          if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'hidden')
            el.scrollLeft += 300
      })
      // The grid draws newly visible columns in the next frames.
      await this.page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
      )
    }
  }

  /** The tone class of a cell: red, yellow, green, on-time, late or not-applicable. */
  async toneOf(cell: Locator): Promise<string> {
    const classes = (await cell.getAttribute('class')) ?? ''
    return /vm-tone-([a-z-]+)/.exec(classes)?.[1] ?? ''
  }

  async isSelected(cell: Locator): Promise<boolean> {
    return ((await cell.getAttribute('class')) ?? '').includes('vm-selected')
  }

  async selected(): Promise<number> {
    return Number(await this.selectedCount.textContent())
  }

  /** Ticks the row checkbox of a village. */
  async checkVillage(village: string): Promise<void> {
    await this.row(village).getByRole('checkbox').check()
  }

  /** For the ticked villages, adds the cells of these catalog items to the selection. */
  async addItemsOfCheckedVillages(items: string[]): Promise<void> {
    const choose = this.page.getByLabel('勾选村的事项')
    for (const item of items) {
      await choose.click()
      await this.page.locator('.ant-select-item-option', { hasText: new RegExp(`^${item}$`) }).click()
    }
    await this.page.keyboard.press('Escape')
    await this.page.getByTestId('matrix-selection').getByRole('button', { name: '加入选择' }).click()
  }
}

import type { Locator, Page } from '@playwright/test'

export interface ShownCounts {
  total: number
  done: number
  red: number
  yellow: number
  green: number
}

/** 总览: the KPI cards, the charts and the list of red and yellow items. */
export class DashboardPage {
  readonly root: Locator
  readonly dueList: Locator
  readonly districtChart: Locator
  readonly unitChart: Locator
  readonly completionsChart: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('dashboard')
    this.dueList = page.getByTestId('due-list')
    this.districtChart = page.getByTestId('district-chart').locator('canvas').first()
    this.unitChart = page.getByTestId('unit-chart').locator('canvas').first()
    this.completionsChart = page.getByTestId('completions-chart').locator('canvas').first()
  }

  /** The done share a category card shows, e.g. 79.1 for 基础. */
  async categoryPercent(category: 'basic' | 'upgrade' | 'long-term'): Promise<number> {
    const text = await this.page
      .getByTestId(`category-${category}`)
      .getByTestId('category-percent')
      .textContent()
    return Number((text ?? '').replace('%', ''))
  }

  /** The rows of the red and yellow list on the current page: kind and title as shown. */
  dueRows(kind?: '任务' | '时间节点' | '村治理事项'): Locator {
    const rows = this.dueList.locator('tbody tr.ant-table-row')
    return kind ? rows.filter({ has: this.page.locator('td', { hasText: new RegExp(`^${kind}$`) }) }) : rows
  }

  /** Opens the detail of a row of the list (its title is a link). */
  async openDue(row: Locator): Promise<string> {
    const link = row.locator('a')
    const title = (await link.getAttribute('title')) ?? ''
    await link.click()
    return title
  }

  async nextDuePage(): Promise<void> {
    await this.dueList.locator('.ant-pagination-next').click()
  }

  async taskCounts(): Promise<ShownCounts> {
    return this.counts(this.page.getByTestId('task-counts'))
  }

  async villageItemCounts(): Promise<ShownCounts> {
    return this.counts(this.page.getByTestId('village-item-counts'))
  }

  async dueTotal(): Promise<number> {
    const text = await this.dueList.getByText(/^共\d+项$/).textContent()
    return Number(/\d+/.exec(text ?? '')![0])
  }

  private async counts(card: Locator): Promise<ShownCounts> {
    const read = async (id: string) =>
      Number(
        (await card.getByTestId(id).locator('.ant-statistic-content-value').textContent())!.replace(/,/g, '')
      )
    return {
      total: await read('total'),
      done: await read('done'),
      red: await read('red'),
      yellow: await read('yellow'),
      green: await read('green')
    }
  }
}

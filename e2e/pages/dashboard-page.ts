import type { Locator, Page } from '@playwright/test'

export interface ShownCounts {
  total: number
  done: number
  red: number
  yellow: number
  green: number
}

/** 总览: the KPI cards and the list of red and yellow items. */
export class DashboardPage {
  readonly root: Locator
  readonly dueList: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('dashboard')
    this.dueList = page.getByTestId('due-list')
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

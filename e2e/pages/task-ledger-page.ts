import type { Locator, Page } from '@playwright/test'

/** 任务台账: the ag-grid of tasks. */
export class TaskLedgerPage {
  readonly grid: Locator
  readonly rowCount: Locator

  constructor(readonly page: Page) {
    this.grid = page.getByTestId('task-grid')
    this.rowCount = page.getByTestId('task-count')
  }

  row(code: string): Locator {
    return this.grid.locator('.ag-row').filter({
      has: this.page.locator(`.ag-cell[col-id="code"]`, {
        hasText: new RegExp(`^${code.replace('.', '\\.')}$`)
      })
    })
  }

  cell(code: string, colId: string): Locator {
    return this.row(code).locator(`.ag-cell[col-id="${colId}"]`)
  }

  async shownCount(): Promise<number> {
    return Number(/\d+/.exec((await this.rowCount.textContent()) ?? '')![0])
  }
}

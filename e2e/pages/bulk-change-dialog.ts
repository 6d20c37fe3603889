import type { Locator, Page } from '@playwright/test'

/** 批量修改: new deadline, responsible unit and/or status for the selected cells. */
export class BulkChangeDialog {
  readonly root: Locator
  readonly submit: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('bulk-change-dialog')
    this.submit = this.root
      .getByRole('button', { name: '修 改' })
      .or(this.root.getByRole('button', { name: '修改', exact: true }))
  }

  async setDeadline(date: string): Promise<void> {
    await this.root.getByRole('checkbox', { name: '修改完成时限' }).check()
    const input = this.root.getByLabel('新的完成时限')
    await input.click()
    await input.fill(date)
    await input.press('Enter')
  }

  async setUnit(name: string): Promise<void> {
    await this.root.getByRole('checkbox', { name: '修改责任单位' }).check()
    const select = this.root.getByLabel('新的责任单位')
    await select.click()
    await select.fill(name)
    await this.page.locator('.ant-select-item-option', { hasText: new RegExp(`^${name}$`) }).click()
  }
}

import type { Locator, Page } from '@playwright/test'

/** What an empty data file shows: 载入示例数据, 导入台账 and 从空白开始. */
export class FirstRunPage {
  readonly welcome: Locator
  readonly loadSample: Locator
  readonly importLedger: Locator
  readonly startBlank: Locator

  constructor(readonly page: Page) {
    this.welcome = page.getByText('欢迎使用文明办工作台')
    this.loadSample = page.getByRole('button', { name: /载入示例数据/ })
    this.importLedger = page.getByRole('button', { name: /导入台账/ })
    this.startBlank = page.getByRole('button', { name: /从空白开始/ })
  }
}

import type { Locator, Page } from '@playwright/test'

export type NavLabel = '总览' | '任务台账' | '治理事项' | '进度计划' | '填报' | '测评' | '文档' | '设置'

/** The window's frame: the navigation and the 统计截止日期 control. */
export class AppShell {
  readonly nav: Locator
  readonly asOfInput: Locator

  constructor(readonly page: Page) {
    this.nav = page.getByRole('menu', { name: '主导航' })
    this.asOfInput = page.getByLabel('统计截止日期')
  }

  async goTo(label: NavLabel): Promise<void> {
    await this.nav.getByRole('menuitem', { name: label }).click()
    await this.page.getByRole('heading', { name: label, level: 4 }).waitFor()
  }

  /** The as-of date as shown, e.g. 2025年9月30日. */
  async asOfShown(): Promise<string> {
    return this.asOfInput.inputValue()
  }

  async setAsOf(date: string): Promise<void> {
    const [y, m, d] = date.split('-').map(Number)
    await this.asOfInput.click()
    await this.asOfInput.fill(`${y}年${m}月${d}日`)
    await this.asOfInput.press('Enter')
  }
}

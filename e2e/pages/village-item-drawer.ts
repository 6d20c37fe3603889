import type { Locator, Page } from '@playwright/test'

/** The drawer of one village item: its fields, milestones and progress history. */
export class VillageItemDrawer {
  readonly root: Locator
  readonly title: Locator
  readonly light: Locator
  readonly deadline: Locator
  readonly status: Locator
  readonly unit: Locator
  readonly save: Locator
  readonly close: Locator
  readonly report: Locator
  readonly backwardSchedule: Locator
  readonly milestones: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('village-item-drawer')
    this.title = this.root.locator('.ant-drawer-title')
    this.light = this.root.locator('.ant-drawer-extra [data-light]')
    this.deadline = this.root.getByLabel('完成时限')
    this.status = this.root.getByLabel('状态')
    this.unit = this.root.getByLabel('责任单位')
    this.save = this.root.getByRole('button', { name: /^保\s*存$/ })
    this.close = this.root.locator('.ant-drawer-footer').getByRole('button', { name: /^关\s*闭$/ })
    this.report = this.root.getByRole('button', { name: '填报进展' })
    this.backwardSchedule = this.root.getByRole('button', { name: '倒排工期' })
    this.milestones = this.root.getByTestId('milestone-list')
  }

  async setDeadline(date: string): Promise<void> {
    await this.deadline.click()
    await this.deadline.fill(date)
    await this.deadline.press('Enter')
  }

  /** The light as the drawer's tag says it (逾期5个工作日, 剩3个工作日, 按期办结 …). */
  async lightText(): Promise<string> {
    return (await this.light.textContent()) ?? ''
  }
}

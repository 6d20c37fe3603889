import type { Locator, Page } from '@playwright/test'
import { AppShell } from './app-shell'

/** 治理事项 → 事项目录: the "10+(5)+1" catalog with its counts and its warning. */
export class CatalogEditorPage {
  readonly table: Locator
  readonly formula: Locator
  readonly warning: Locator
  readonly addButton: Locator
  readonly dialog: Locator
  readonly showRemoved: Locator

  constructor(readonly page: Page) {
    this.table = page.getByTestId('catalog-table')
    this.formula = page.getByTestId('catalog-formula')
    this.warning = page.getByTestId('catalog-warning')
    this.addButton = page.getByRole('button', { name: '新增事项' })
    this.dialog = page.getByTestId('catalog-item-dialog')
    this.showRemoved = page.getByLabel('显示回收站')
  }

  async open(): Promise<void> {
    await new AppShell(this.page).goTo('治理事项')
    await this.page.getByText('事项目录（10+(5)+1）').click()
    await this.table.locator('tbody tr').first().waitFor()
  }

  async names(): Promise<string[]> {
    return this.table.getByTestId('catalog-name').allTextContents()
  }

  row(name: string): Locator {
    return this.table
      .locator('tbody tr')
      .filter({ has: this.page.getByTestId('catalog-name').getByText(name, { exact: true }) })
  }

  async add(category: '基础' | '提升' | '长效', name: string, standard: string): Promise<void> {
    await this.addButton.click()
    await this.dialog.getByText(category, { exact: true }).click()
    await this.dialog.getByLabel('事项名称').fill(name)
    await this.dialog.getByLabel('标准要求').fill(standard)
    await this.dialog.getByRole('button', { name: /保\s*存/ }).click()
    await this.dialog.waitFor({ state: 'hidden' })
  }

  async rename(from: string, to: string): Promise<void> {
    await this.row(from)
      .getByRole('button', { name: /编\s*辑/ })
      .click()
    await this.dialog.getByLabel('事项名称').fill(to)
    await this.dialog.getByRole('button', { name: /保\s*存/ }).click()
    await this.dialog.waitFor({ state: 'hidden' })
  }

  async moveUp(name: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `上移 ${name}` })
      .click()
  }

  async remove(name: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `删除 ${name}` })
      .click()
    await this.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /删\s*除/ })
      .click()
  }

  async restore(name: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: /恢\s*复/ })
      .click()
  }
}

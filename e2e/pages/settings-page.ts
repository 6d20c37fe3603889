import type { Download, Locator, Page } from '@playwright/test'
import { AppShell } from './app-shell'
import { chooseFilesThrough } from '../harness/file-chooser'

export type SettingsTabLabel = '工作日历' | '单位与公文' | '操作日志'

/** 设置: the working-day calendar, the office's settings and 操作日志 with its filters. */
export class SettingsPage {
  readonly yearTitle: Locator
  readonly importDialog: Locator
  readonly auditTable: Locator

  constructor(readonly page: Page) {
    this.yearTitle = page.getByTestId('calendar-year')
    this.importDialog = page.getByTestId('calendar-import-dialog').locator('.ant-modal')
    this.auditTable = page.getByTestId('audit-table')
  }

  async open(tab: SettingsTabLabel): Promise<void> {
    await new AppShell(this.page).goTo('设置')
    await this.page.getByRole('tab', { name: tab }).click()
  }

  async showYear(year: number): Promise<void> {
    for (let i = 0; i < 20; i++) {
      const shown = Number(/\d{4}/.exec((await this.yearTitle.textContent()) ?? '')![0])
      if (shown === year) return
      await this.page.getByRole('button', { name: shown < year ? '下一年' : '上一年' }).click()
      await this.page
        .getByTestId('calendar-year')
        .filter({ hasText: String(shown < year ? shown + 1 : shown - 1) })
        .waitFor()
    }
  }

  day(date: string): Locator {
    return this.page.locator(`.day-cell[data-date="${date}"]`)
  }

  /** Clicks a day and one of the actions of its editor: 标为“休”, 标为“班”, 恢复为… */
  async changeDay(date: string, action: RegExp | string, name?: string): Promise<void> {
    await this.day(date).click()
    const editor = this.page.getByTestId('day-editor')
    if (name !== undefined) await editor.getByLabel('名称').fill(name)
    await editor.getByRole('button', { name: action }).click()
  }

  /** 导入年度安排 → 选择文件: picks a text file (the notice saved, or lines the clerk typed). */
  async chooseYearFile(name: string, text: string): Promise<void> {
    await this.page.getByRole('button', { name: '导入年度安排' }).click()
    await chooseFilesThrough(
      this.page,
      this.page.getByTestId('calendar-source-dialog').getByRole('button', { name: /选择文件/ }),
      { name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') }
    )
  }

  /** 导入年度安排: pastes the notice as published and asks for the preview. */
  async pasteNotice(text: string): Promise<void> {
    await this.page.getByRole('button', { name: '导入年度安排' }).click()
    const dialog = this.page.getByTestId('calendar-source-dialog')
    await dialog.getByTestId('calendar-paste').fill(text)
    await dialog.getByRole('button', { name: /^预\s?览$/ }).click()
  }

  /** 导入年度安排 up to its preview. */
  async importYearFile(name: string, text: string): Promise<void> {
    await this.chooseYearFile(name, text)
    await this.importDialog.waitFor()
  }

  /** 全年工作日 of the year shown. */
  async workdaysShown(): Promise<number> {
    const text =
      (await this.page.getByTestId('workdays-stat').locator('.ant-statistic-content-value').textContent()) ??
      ''
    return Number(text.replace(/\D/g, ''))
  }

  async exportYear(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: '导出本年' }).click()
    return download
  }

  async setYellowWindow(days: number): Promise<void> {
    await this.page.getByLabel('临期提醒工作日').fill(String(days))
    await this.page.getByLabel('临期提醒工作日').press('Enter')
  }

  // ---- 操作日志 ----

  auditRows(): Locator {
    return this.auditTable.locator('tbody tr.ant-table-row')
  }

  async filterAudit(filter: {
    from?: string
    to?: string
    entity?: string
    action?: string
    text?: string
  }): Promise<void> {
    if (filter.from && filter.to) {
      const start = this.page.getByPlaceholder('开始日期')
      await start.click()
      await start.fill(filter.from)
      await start.press('Enter')
      const end = this.page.getByPlaceholder('结束日期')
      await end.fill(filter.to)
      await end.press('Enter')
    }
    if (filter.entity) await this.chooseOption('对象', filter.entity)
    if (filter.action) await this.chooseOption('操作', filter.action)
    if (filter.text !== undefined) {
      await this.page.getByLabel('搜索操作日志').fill(filter.text)
      await this.page.getByLabel('搜索操作日志').press('Enter')
    }
  }

  /** Searches 操作日志 for words and answers the rows that hold them. */
  async findAudit(text: string): Promise<Locator> {
    await this.filterAudit({ text })
    return this.auditRows().filter({ hasText: text })
  }

  async totalAudit(): Promise<number> {
    // The table's test id sits on the table itself; its pagination is drawn beside it, and not at all
    // when nothing matches.
    const total = this.page.locator('.settings-card .ant-pagination-total-text')
    if ((await total.count()) === 0) return (await this.auditTable.locator('.ant-empty').count()) > 0 ? 0 : -1
    const text = (await total.textContent()) ?? ''
    return Number(/\d+/.exec(text)?.[0] ?? 0)
  }

  async exportAudit(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: '导出Excel' }).click()
    return download
  }

  private async chooseOption(label: string, option: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).click()
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
      .click()
  }
}

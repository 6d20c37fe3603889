import type { Locator, Page } from '@playwright/test'

/** 文档: the 工作简报, 督办/催办通知 and 发文登记 tabs. */
export class DocumentsPage {
  readonly root: Locator
  readonly briefing: Locator
  readonly notices: Locator
  readonly register: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('documents')
    this.briefing = page.getByTestId('briefing-panel')
    this.notices = page.getByTestId('notices-panel')
    this.register = page.getByTestId('register-panel')
  }

  async openTab(name: '工作简报' | '督办/催办通知' | '发文登记'): Promise<void> {
    await this.root.getByRole('tab', { name }).click()
  }

  // ---- 工作简报 ----
  get problems(): Locator {
    return this.briefing.getByTestId('problems')
  }

  get generateBriefing(): Locator {
    return this.briefing.getByTestId('generate-briefing')
  }

  /** The headline figure shown in the preview, e.g. headline-total. */
  async headline(id: 'villages' | 'total' | 'done' | 'red'): Promise<number> {
    const text = await this.briefing
      .getByTestId(`headline-${id}`)
      .locator('.ant-statistic-content-value')
      .textContent()
    return Number((text ?? '').replace(/,/g, ''))
  }

  get writtenFiles(): Locator {
    return this.page.getByTestId('written-files')
  }

  /** The 下载 link of a written file (web mode). */
  downloadLink(name: string | RegExp): Locator {
    return this.writtenFiles
      .getByRole('listitem')
      .filter({ hasText: name })
      .getByRole('button', { name: '下载' })
  }

  // ---- 督办/催办通知 ----
  get noticePlan(): Locator {
    return this.notices.getByTestId('notice-plan')
  }

  get issueNotices(): Locator {
    return this.notices.getByTestId('issue-notices')
  }

  get progress(): Locator {
    return this.notices.getByTestId('notice-progress')
  }

  async chooseKind(label: '督办通知' | '催办通知（反馈逾期）'): Promise<void> {
    await this.notices.getByRole('radio', { name: label }).check({ force: true })
  }

  // ---- 发文登记 ----
  get registerRows(): Locator {
    return this.register.getByTestId('register-table').locator('tbody tr.ant-table-row')
  }

  async registerTotal(): Promise<number> {
    const text = await this.register.getByText(/^共\d+份$/).textContent()
    return Number(/\d+/.exec(text ?? '')![0])
  }

  /** The register's row of a notice, found by its exact 发文字号 (after searching for it). */
  async registerRow(number: string): Promise<Locator> {
    const search = this.register.getByLabel('查找通知')
    await search.fill(number)
    await search.press('Enter')
    return this.registerRows.filter({ has: this.page.getByRole('cell', { name: number, exact: true }) })
  }
}

import type { Locator, Page } from '@playwright/test'
import { AppShell } from './app-shell'

/** 设置 → 备份与恢复: the data file's place, the backups taken, a manual backup and a restore. */
export class BackupPanel {
  readonly panel: Locator
  readonly rows: Locator

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('backup-panel')
    this.rows = this.panel.locator('tbody tr.ant-table-row')
  }

  async open(): Promise<void> {
    await new AppShell(this.page).goTo('设置')
    await this.page.getByRole('tab', { name: '备份与恢复' }).click()
    await this.panel.waitFor()
  }

  async backUpNow(): Promise<void> {
    await this.panel.getByRole('button', { name: '立即备份' }).click()
    await this.page.getByText(/^已备份：/).waitFor()
  }

  row(reason: string): Locator {
    return this.rows.filter({ hasText: reason })
  }

  /** 恢复 on the row of a backup, then confirms. */
  async restore(row: Locator): Promise<void> {
    await row.getByRole('button', { name: /^恢\s?复$/ }).click()
    await this.page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /^恢\s?复$/ })
      .click()
  }
}

import type { Locator, Page } from '@playwright/test'

export interface ReportEntry {
  date?: string
  percent?: number
  text: string
  problems?: string
  nextSteps?: string
  markDone?: boolean
}

/** 进展填报: the dialog's form and the history beside it. */
export class ProgressDialog {
  readonly root: Locator
  readonly timeline: Locator
  readonly entries: Locator
  readonly alert: Locator

  constructor(readonly page: Page) {
    // antd puts the test id on the modal's zero-height root; the dialog itself is .ant-modal inside.
    this.root = page.getByTestId('progress-dialog').locator('.ant-modal')
    this.timeline = this.root.getByTestId('progress-timeline')
    this.entries = this.root.getByTestId('progress-entry')
    this.alert = this.root.getByRole('alert')
  }

  async fill(entry: ReportEntry): Promise<void> {
    await this.root.getByLabel('进展情况').waitFor()
    if (entry.date) {
      const date = this.root.getByLabel('填报日期')
      await date.click()
      await date.fill(entry.date)
      await date.press('Enter')
    }
    if (entry.percent !== undefined) await this.root.getByLabel('完成进度').fill(String(entry.percent))
    await this.root.getByLabel('进展情况').fill(entry.text)
    if (entry.problems) await this.root.getByLabel('存在问题').fill(entry.problems)
    if (entry.nextSteps) await this.root.getByLabel('下步计划').fill(entry.nextSteps)
    if (entry.markDone) await this.root.getByLabel(/标记为已办结/).check()
  }

  /** Saves with the keyboard, as a clerk in a hurry does: Ctrl+Enter from the text box. */
  async saveWithKeyboard(): Promise<void> {
    await this.root.getByLabel('下步计划').press('Control+Enter')
  }

  async save(): Promise<void> {
    // antd spaces two-character labels: 保 存.
    await this.root.getByRole('button', { name: /^保\s?存$/ }).click()
  }
}

import type { Locator, Page } from '@playwright/test'

/**
 * 倒排工期 (schedule/BackwardScheduleDialog.tsx): final deadline, the steps in order, the computed dates
 * to review, 保存为时间节点. Used from the ledger (a task) and from the village matrix (village items).
 */
export class ScheduleDialog {
  readonly root: Locator
  readonly preview: Locator
  readonly save: Locator
  readonly alert: Locator

  constructor(readonly page: Page) {
    // antd puts the test id on the modal's zero-height root; the dialog itself is .ant-modal inside.
    this.root = page.getByTestId('schedule-dialog').locator('.ant-modal')
    this.preview = this.root.getByTestId('schedule-preview')
    this.save = this.root.getByRole('button', { name: '保存为时间节点' })
    this.alert = this.root.getByRole('alert')
  }

  async setDeadline(date: string): Promise<void> {
    const input = this.root.getByLabel('最终完成时限')
    await input.click()
    await input.fill(date)
    await input.press('Enter')
  }

  /** Fills the steps in order, adding rows as needed. */
  async setSteps(steps: readonly (readonly [string, number])[]): Promise<void> {
    for (const [i, [title, workdays]] of steps.entries()) {
      if (i > 0) await this.root.getByRole('button', { name: '添加步骤' }).click()
      await this.root.getByLabel(`步骤${i + 1}名称`).fill(title)
      await this.root.getByLabel(`步骤${i + 1}工期`).fill(String(workdays))
    }
  }

  /** The final deadline and the steps ([名称, 工作日]) in one go. */
  async fill(deadline: string, steps: readonly (readonly [string, number])[]): Promise<void> {
    await this.root.getByLabel('最终完成时限').waitFor()
    await this.setDeadline(deadline)
    await this.setSteps(steps)
  }

  /** The preview's rows as [步骤, 工期, 开始日期, 完成时限]. */
  async previewRows(): Promise<string[][]> {
    return this.preview
      .locator('tbody tr.ant-table-row')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent ?? ''))
      )
  }

  /** Each step's 完成时限 as shown, e.g. 2025年12月31日. */
  async previewDue(): Promise<string[]> {
    return (await this.previewRows()).map((row) => row[3])
  }
}

import type { Locator, Page } from '@playwright/test'

/** 会议材料 on the 文档 page: the dialog, its parts checklist, the progress bar and the finished pack. */
export class MeetingPackDialog {
  readonly dialog: Locator
  readonly parts: Locator
  readonly progress: Locator
  readonly done: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: '会议材料' })
    this.parts = this.dialog.getByTestId('pack-parts')
    this.progress = this.dialog.getByTestId('pack-progress')
    this.done = this.dialog.getByTestId('pack-done')
  }

  async open(): Promise<void> {
    await this.page.getByTestId('documents').getByRole('button', { name: '会议材料' }).click()
    await this.parts.waitFor()
  }

  get title(): Locator {
    return this.dialog.getByLabel('会议名称')
  }

  get issueNo(): Locator {
    return this.dialog.getByLabel('期号 第')
  }

  part(title: string): Locator {
    return this.parts.getByRole('checkbox', { name: title, exact: true })
  }

  get write(): Locator {
    return this.dialog.getByRole('button', { name: '生成会议材料' })
  }

  get cancel(): Locator {
    return this.dialog.getByRole('button', { name: '取消' })
  }

  get failure(): Locator {
    return this.dialog.getByRole('alert').filter({ hasText: '会议材料未生成' })
  }

  get downloadZip(): Locator {
    return this.done.getByRole('button', { name: /下载压缩包/ })
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: '关闭' }).click()
  }
}

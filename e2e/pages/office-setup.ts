import type { Locator, Page } from '@playwright/test'

/** The form that asks once for the office's names (first run, or the shell's banner). */
export class OfficeSetup {
  readonly form: Locator
  readonly save: Locator
  readonly later: Locator

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: '本单位名称' })
    this.save = this.form.getByRole('button', { name: '保存并开始' })
    this.later = this.form.getByRole('button', { name: '以后再填' })
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true })
  }
}

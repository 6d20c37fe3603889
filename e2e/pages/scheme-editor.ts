import type { Locator, Page } from '@playwright/test'

export type RuleChoice =
  '符合得满分，不符合不得分' | '每发现一处问题扣N分' | '每低于目标一个百分点扣N分' | '按比例得分'

/** A 测评内容 as the clerk types it into the node dialog (only the fields given are touched). */
export interface CriterionEntry {
  name?: string
  standard?: string
  objectType?: string
  max?: string
  rule?: RuleChoice
  deduct?: string
}

/** 测评 → 测评体系: the tree's rows and their actions, the node dialog, the version's lock. */
export class SchemeEditor {
  readonly tree: Locator
  readonly total: Locator
  readonly locked: Locator
  readonly addItem: Locator
  readonly copy: Locator
  readonly dialog: Locator

  constructor(readonly page: Page) {
    this.tree = page.getByTestId('scheme-tree')
    this.total = page.getByTestId('scheme-total')
    this.locked = page.getByTestId('scheme-locked')
    this.addItem = page.getByTestId('add-scheme-item')
    this.copy = page.getByTestId('copy-scheme')
    this.dialog = page.getByTestId('scheme-node-dialog')
  }

  /** A node's row by its code (1, 1.1, 1.1.3): rows are keyed by code. */
  row(code: string): Locator {
    return this.tree.locator(`tr.ant-table-row[data-row-key="${code}"]`)
  }

  /** The 分值 shown on a node's row (its own, or the sum of the 测评内容 under it). */
  maxOf(code: string): Locator {
    return this.row(code).locator('td').nth(5)
  }

  action(code: string, name: '编辑' | '添加下级' | '删除'): Locator {
    return this.row(code).getByRole('button', { name, exact: true })
  }

  /** Every row action in the tree (none on a frozen version). */
  get anyAction(): Locator {
    return this.tree.getByRole('button', { name: /^(编辑|添加下级|删除)$/ })
  }

  field(label: '名称' | '测评标准' | '测评对象' | '分值' | '每处扣分'): Locator {
    return this.dialog.getByLabel(label, { exact: true })
  }

  /** The refusal shown under a field of the dialog. */
  fieldError(label: string): Locator {
    return this.dialog
      .locator('.ant-form-item')
      .filter({ has: this.page.locator(`label:text-is("${label}")`) })
      .locator('.ant-form-item-explain-error')
  }

  async fill(entry: CriterionEntry): Promise<void> {
    if (entry.name !== undefined) await this.field('名称').fill(entry.name)
    if (entry.standard !== undefined) await this.field('测评标准').fill(entry.standard)
    if (entry.objectType !== undefined) {
      await this.field('测评对象').fill(entry.objectType)
      await this.page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: entry.objectType })
        .first()
        .click()
    }
    if (entry.max !== undefined) await this.field('分值').fill(entry.max)
    if (entry.rule !== undefined) {
      await this.dialog.getByLabel('评分规则', { exact: true }).click()
      await this.page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: entry.rule })
        .first()
        .click()
    }
    if (entry.deduct !== undefined) await this.field('每处扣分').fill(entry.deduct)
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^保\s*存$/ }).click()
  }

  async saveAndClose(): Promise<void> {
    await this.save()
    await this.dialog.waitFor({ state: 'hidden' })
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^取\s*消$/ }).click()
    await this.dialog.waitFor({ state: 'hidden' })
  }

  /** 删除 on a row, and the confirmation's text before it is confirmed. */
  async deleteRow(code: string): Promise<string> {
    await this.action(code, '删除').click()
    const confirm = this.page.locator('.ant-popconfirm:visible')
    const text = (await confirm.textContent()) ?? ''
    await confirm.getByRole('button', { name: /^删\s*除$/ }).click()
    return text
  }
}

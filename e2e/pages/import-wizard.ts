import type { Locator, Page } from '@playwright/test'
import { chooseFilesThrough } from '../harness/file-chooser'

/** 导入台账 / 导入村治理事项: the wizard's steps, buttons and tables. */
export class ImportWizard {
  readonly dialog: Locator
  readonly error: Locator
  readonly mappingStep: Locator
  readonly mappingProblem: Locator
  readonly toPreview: Locator
  readonly previewStep: Locator
  readonly errorsKept: Locator
  readonly deselectErrors: Locator
  readonly newUnits: Locator
  /** A warning the preview's rows share, with its one-click fix (标为已办结). */
  readonly rowWarnings: Locator
  readonly commitButton: Locator
  /** The progress of a running read or import: its step and its rows (已读 N / M 行, 正在写入 M 行). */
  readonly progress: Locator
  readonly result: Locator
  readonly seeTasks: Locator
  readonly finish: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('import-wizard')
    this.error = page.getByTestId('import-error')
    this.mappingStep = page.getByTestId('mapping-step')
    this.mappingProblem = page.getByTestId('mapping-problem')
    this.toPreview = page.getByTestId('to-preview')
    this.previewStep = page.getByTestId('preview-step')
    this.errorsKept = page.getByTestId('errors-kept')
    this.deselectErrors = page.getByTestId('deselect-errors')
    this.newUnits = page.getByTestId('new-units')
    this.rowWarnings = page.getByTestId('row-warnings')
    this.commitButton = page.getByTestId('commit-import')
    this.progress = page.getByTestId('import-progress')
    this.result = page.getByTestId('import-result')
    this.seeTasks = page.getByTestId('see-tasks')
    this.finish = page.getByTestId('finish-import')
  }

  /** Opens the wizard from a toolbar button (导入台账 / 导入村治理事项). */
  async open(kind: 'tasks' | 'villages'): Promise<void> {
    await this.page.getByTestId(`import-${kind}`).click()
    await this.dialog.getByText('选择 Excel 文件…').waitFor()
  }

  /** Chooses a file through the browser's file chooser, as a clerk picks it in the dialog. */
  async chooseFile(path: string): Promise<void> {
    await chooseFilesThrough(this.page, this.page.getByTestId('choose-ledger-file'), path)
  }

  /** Reads column `letter` as the field shown as `label` in the mapping step. */
  async mapColumn(letter: string, label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: `${letter}列读作` }).click()
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: new RegExp(`^${label}$`) })
      .click()
  }

  count(kind: 'new' | 'changed' | 'unchanged' | 'error'): Locator {
    return this.page.getByTestId(`count-${kind}`).locator('.ant-statistic-content-value')
  }

  /** Shows the preview rows of one kind (有误 / 修改 / 新增 / 不变 / 全部). */
  async showRows(label: '有误' | '修改' | '新增' | '不变' | '全部'): Promise<void> {
    await this.page
      .getByTestId('preview-filter')
      .getByText(new RegExp(`^${label}`))
      .click()
  }

  rows(): Locator {
    return this.page.getByTestId('preview-rows').locator('.ant-table-tbody .ant-table-row')
  }
}

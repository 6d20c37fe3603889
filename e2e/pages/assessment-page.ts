import type { Locator, Page } from '@playwright/test'

export type AssessmentTab = '测评体系' | '测评轮次' | '排名' | '问题清单' | '通报与台账'

/** 测评: its tabs, the ranking with its drill-down, the problem grid with its bulk actions and dialogs. */
export class AssessmentPage {
  readonly root: Locator
  readonly installSample: Locator
  readonly schemeTree: Locator
  readonly sampleTag: Locator
  readonly openRound: Locator
  readonly roundsTable: Locator
  readonly importResults: Locator
  readonly rankingTable: Locator
  readonly boardSummary: Locator
  readonly explain: Locator
  readonly problemGrid: Locator
  readonly problemsCount: Locator
  readonly assign: Locator
  readonly requestClose: Locator
  readonly review: Locator
  readonly problemDrawer: Locator
  readonly writeReport: Locator
  readonly writtenFiles: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('assessment')
    this.installSample = page.getByTestId('install-sample')
    this.schemeTree = page.getByTestId('scheme-tree')
    this.sampleTag = page.getByTestId('scheme-sample')
    this.openRound = page.getByTestId('open-round')
    this.roundsTable = page.getByTestId('rounds-table')
    this.importResults = page.getByTestId('import-assessments')
    this.rankingTable = page.getByTestId('ranking-table')
    this.boardSummary = page.getByTestId('board-summary')
    this.explain = page.getByTestId('score-explain')
    this.problemGrid = page.getByTestId('problem-grid')
    this.problemsCount = page.getByTestId('problems-count')
    this.assign = page.getByTestId('assign-problems')
    this.requestClose = page.getByTestId('request-close')
    this.review = page.getByTestId('review-problems')
    this.problemDrawer = page.getByTestId('problem-drawer')
    this.writeReport = page.getByTestId('write-report')
    this.writtenFiles = page.getByTestId('written-files')
  }

  async openTab(name: AssessmentTab): Promise<void> {
    await this.root.getByRole('tab', { name, exact: true }).click()
  }

  /** 新建测评轮次 with the dialog's defaults (the 统计截止日期's year and quarter). */
  async openDefaultRound(): Promise<void> {
    await this.openRound.click()
    const dialog = this.page.getByTestId('open-round-dialog')
    await dialog.getByRole('button', { name: /^新\s*建$/ }).click()
    await dialog.waitFor({ state: 'hidden' })
  }

  /** The ranking's row of an area (区 or 镇(街)). */
  rankingRow(name: string): Locator {
    return this.rankingTable
      .locator('tbody tr.ant-table-row')
      .filter({ has: this.page.getByRole('cell', { name, exact: true }) })
  }

  /** Opens the drill-down of an area's total. */
  async explainTotal(name: string): Promise<void> {
    await this.rankingTable.getByRole('button', { name: new RegExp(`^${name}总分`) }).click()
    await this.explain.waitFor()
  }

  async closeDrawer(drawer: Locator): Promise<void> {
    await drawer.getByRole('button', { name: 'Close' }).or(drawer.getByLabel('Close')).first().click()
    await drawer.waitFor({ state: 'hidden' })
  }

  async filterProblems(
    label: '按区筛选' | '按镇(街)筛选' | '按责任单位筛选' | '按状态筛选',
    value: string
  ): Promise<void> {
    await this.root.getByRole('combobox', { name: label }).click()
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: value })
      .first()
      .click()
  }

  /** A problem's row in the grid's scrolling part (the one with the description), found by its description. */
  problemRow(description: string): Locator {
    return this.problemGrid
      .locator('.ag-row:has(.ag-cell[col-id="description"])')
      .filter({ hasText: description })
  }

  /** Ticks a problem's row (the tick box sits in the pinned column, on the row of the same index). */
  async tickProblem(description: string): Promise<void> {
    const index = await this.problemRow(description).getAttribute('row-index')
    await this.problemGrid.locator(`.ag-row[row-index="${index}"] .ag-selection-checkbox input`).check()
  }

  async tickAllProblems(): Promise<void> {
    await this.problemGrid.locator('.ag-header-select-all input').check()
  }

  problemState(description: string): Locator {
    return this.problemRow(description).locator('[col-id="state"]')
  }

  problemLight(description: string): Locator {
    return this.problemRow(description).locator('[col-id="light"]')
  }

  /** 交办 the ticked problems to a unit, N working days from the 交办 date. */
  async assignTo(unit: string, workdays: number): Promise<void> {
    await this.assign.click()
    const dialog = this.page.getByTestId('assign-dialog')
    await dialog.getByLabel('责任单位').fill(unit)
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: unit })
      .first()
      .click()
    await dialog.getByLabel('整改工作日数').fill(String(workdays))
    await dialog.getByRole('button', { name: /^交\s*办$/ }).click()
    await dialog.waitFor({ state: 'hidden' })
  }

  async requestClosing(rectification: string): Promise<void> {
    await this.requestClose.click()
    const dialog = this.page.getByTestId('transition-dialog')
    await dialog.getByLabel('整改说明').fill(rectification)
    await dialog.getByRole('button', { name: '申请销号' }).click()
    await dialog.waitFor({ state: 'hidden' })
  }

  async sendBack(reason: string): Promise<void> {
    await this.review.click()
    const dialog = this.page.getByTestId('transition-dialog')
    await dialog.getByRole('radio', { name: '退回（继续整改）' }).check()
    await dialog.getByLabel('退回理由').fill(reason)
    await dialog.getByRole('button', { name: '退回整改' }).click()
    await dialog.waitFor({ state: 'hidden' })
  }

  /** The 下载 link of a written file (web mode). */
  downloadLink(name: string | RegExp): Locator {
    return this.writtenFiles
      .getByRole('listitem')
      .filter({ hasText: name })
      .getByRole('button', { name: '下载' })
  }
}

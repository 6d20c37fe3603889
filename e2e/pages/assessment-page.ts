import type { Locator, Page } from '@playwright/test'

export type AssessmentTab = '测评体系' | '测评轮次' | '排名' | '问题清单' | '通报与台账'

/** One 测评内容 of the hand-entry checklist, as `assess scheme` names it. */
export interface ChecklistItem {
  code: string
  name: string
}

/** A point of the office's own 暗访 as the clerk enters it; any item not named stays 符合 / empty. */
export interface PointEntry {
  /** The 镇(街), 村(居) or 社 as the area picker shows it (区·镇(街)·村(居)). */
  areaPath: string
  name: string
  /** pass-fail items marked 不符合, with what was wrong and where. */
  failed?: { item: ChecklistItem; description: string; location: string }[]
  /** Problems found on per-problem items, one line each. */
  problems?: { item: ChecklistItem; description: string; location: string }[]
}

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
  readonly writeHandovers: Locator
  readonly writeLedger: Locator
  readonly writtenFiles: Locator
  readonly pointEntryDialog: Locator
  readonly surveyDialog: Locator

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
    this.writeHandovers = page.getByRole('button', { name: /生成交办单/ })
    this.writeLedger = page.getByRole('button', { name: /导出整改台账/ })
    this.writtenFiles = page.getByTestId('written-files')
    this.pointEntryDialog = page.getByRole('dialog', { name: '手工录入点位测评' })
    this.surveyDialog = page.getByRole('dialog', { name: '录入问卷调查结果' })
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

  /** Picks an option of an antd Select found by its label, typing to narrow the list first. */
  private async pick(scope: Locator, label: string, option: string, typed = option): Promise<void> {
    await scope.getByLabel(label, { exact: true }).fill(typed)
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: new RegExp(`^${option}$`) })
      .click()
  }

  /** The checklist's row of a 测评内容 in the point-entry dialog. */
  checklistRow(item: ChecklistItem): Locator {
    return this.pointEntryDialog.getByRole('row').filter({ hasText: `${item.code} ${item.name}` })
  }

  /** 手工录入点位: the dialog opened, the point described and its checklist marked (not yet 录入). */
  async fillPoint(entry: PointEntry): Promise<void> {
    await this.root.getByRole('button', { name: /手工录入点位/ }).click()
    const dialog = this.pointEntryDialog
    await dialog.waitFor()
    await this.pick(dialog, '所属区域', entry.areaPath, entry.areaPath.split('·').slice(-1)[0])
    await dialog.getByLabel('点位名称').fill(entry.name)
    for (const f of entry.failed ?? []) {
      const row = this.checklistRow(f.item)
      await row.getByRole('radio', { name: '不符合' }).check()
      await row.getByRole('textbox', { name: /问题描述$/ }).fill(f.description)
      await row.getByRole('textbox', { name: /位置$/ }).fill(f.location)
    }
    for (const [i, p] of (entry.problems ?? []).entries()) {
      const row = this.checklistRow(p.item)
      const earlier = (entry.problems ?? []).slice(0, i).filter((q) => q.item.code === p.item.code).length
      if (earlier > 0) await row.getByRole('button', { name: /再添一处问题$/ }).click()
      await row
        .getByRole('textbox', { name: /问题描述$/ })
        .nth(earlier)
        .fill(p.description)
      await row.getByRole('textbox', { name: /位置$/ }).nth(earlier).fill(p.location)
    }
  }

  /** 手工录入点位 from start to 录入. */
  async enterPoint(entry: PointEntry): Promise<void> {
    await this.fillPoint(entry)
    await this.pointEntryDialog.getByRole('button', { name: /^录\s*入$/ }).click()
    await this.pointEntryDialog.waitFor({ state: 'hidden' })
  }

  /** 录入问卷结果: the dialog opened and filled (not yet 录入). */
  async fillSurvey(areaPath: string, samples: number, rate: number): Promise<void> {
    await this.root.getByRole('button', { name: /录入问卷结果/ }).click()
    const dialog = this.surveyDialog
    await dialog.waitFor()
    await this.pick(dialog, '区域', areaPath)
    await dialog.getByLabel('样本量').fill(String(samples))
    await dialog.getByLabel('满意率').fill(String(rate))
  }

  async enterSurvey(areaPath: string, samples: number, rate: number): Promise<void> {
    await this.fillSurvey(areaPath, samples, rate)
    await this.surveyDialog.getByRole('button', { name: /^录\s*入$/ }).click()
    await this.surveyDialog.waitFor({ state: 'hidden' })
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

  /** 复核 通过: the ticked problems 销号. */
  async approve(): Promise<void> {
    await this.review.click()
    const dialog = this.page.getByTestId('transition-dialog')
    await dialog.getByRole('radio', { name: '通过（销号）' }).check()
    await dialog.getByRole('button', { name: '通过并销号' }).click()
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

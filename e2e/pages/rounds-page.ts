import type { Download, Locator, Page } from '@playwright/test'
import { chooseFilesThrough } from '../harness/file-chooser'

export type RoundTab = '报送情况' | '生成填报表' | '收取与审核' | '收取记录'
export type BoardState = 'missing' | 'late' | 'reported' | 'returned' | 'accepted'

/** 填报: the rounds, the 发起填报 dialog, the files, the collection and review, and the 报送情况 board. */
export class RoundsPage {
  readonly root: Locator
  readonly empty: Locator
  readonly list: Locator
  readonly workspace: Locator
  readonly openDialog: Locator
  readonly board: Locator
  readonly files: Locator
  readonly collect: Locator
  readonly review: Locator
  readonly sendBackDialog: Locator
  readonly history: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('rounds')
    this.empty = page.getByTestId('rounds-empty')
    this.list = page.getByTestId('round-list')
    this.workspace = page.getByTestId('round-workspace')
    this.openDialog = page.getByRole('dialog', { name: '发起填报' })
    this.board = page.getByTestId('round-board')
    this.files = page.getByTestId('round-files')
    this.collect = page.getByTestId('collect-panel')
    this.review = page.getByTestId('return-review')
    this.sendBackDialog = page.getByRole('dialog', { name: /^退回：/ })
    this.history = page.getByTestId('round-history')
  }

  // ---- 发起填报 ----
  async startRound(): Promise<void> {
    await this.root.getByTestId('open-round').first().click()
    await this.openDialog.waitFor()
  }

  async fillRound(options: {
    title: string
    workdays?: number
    kinds?: ('重点任务' | '时间节点' | '村治理事项')[]
  }): Promise<void> {
    const d = this.openDialog
    await d.getByLabel('填报标题').fill(options.title)
    if (options.workdays !== undefined) await d.getByLabel('工作日数').fill(String(options.workdays))
    if (options.kinds) {
      for (const kind of ['重点任务', '时间节点', '村治理事项'] as const) {
        const box = d.getByRole('checkbox', { name: kind })
        if ((await box.isChecked()) !== options.kinds.includes(kind)) await box.click()
      }
    }
  }

  get reach(): Locator {
    return this.openDialog.getByTestId('open-round-reach')
  }

  async confirmRound(): Promise<void> {
    await this.openDialog.getByRole('button', { name: /^发\s?起$/ }).click()
    await this.openDialog.waitFor({ state: 'hidden' })
  }

  roundInList(title: string): Locator {
    return this.list.getByTestId('round-list-item').filter({ hasText: title })
  }

  async openTab(name: RoundTab): Promise<void> {
    await this.workspace.getByRole('tab', { name }).click()
  }

  // ---- 生成填报表 ----
  async writeFiles(): Promise<void> {
    await this.files.getByTestId('write-round-files').click()
    await this.page.getByTestId('written-files').waitFor()
  }

  get writtenFiles(): Locator {
    return this.page.getByTestId('written-files')
  }

  /** Downloads a written file (web mode) by its name. */
  async download(name: string | RegExp, within: Locator = this.workspace): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      within
        .getByTestId('written-files')
        .getByRole('listitem')
        .filter({ hasText: name })
        .getByRole('button', { name: '下载' })
        .click()
    ])
    return download
  }

  // ---- 收取与审核 ----
  /** Chooses a folder of returns, as a clerk picks it in the dialog. */
  async collectFolder(dir: string): Promise<void> {
    await chooseFilesThrough(this.page, this.collect.getByTestId('collect-folder'), dir)
  }

  get collectedFiles(): Locator {
    return this.collect.getByTestId('collect-file')
  }

  collectedFile(name: string | RegExp): Locator {
    return this.collectedFiles.filter({ hasText: name })
  }

  async showFile(name: string | RegExp): Promise<void> {
    await this.collectedFile(name).click()
  }

  get reviewBadge(): Locator {
    return this.review.getByTestId('review-badge')
  }

  get reviewProblems(): Locator {
    return this.review.getByTestId('review-problems')
  }

  get reviewRows(): Locator {
    return this.review.getByTestId('review-changes').locator('.ag-row')
  }

  /** Ticks the review grid's row `index` (0-based) for 采纳所选. */
  async tickRow(index: number): Promise<void> {
    await this.review
      .getByTestId('review-changes')
      .locator(`.ag-row[row-index="${index}"] input[type="checkbox"]`)
      .first()
      .check()
  }

  get acceptAll(): Locator {
    return this.review.getByTestId('accept-all')
  }

  get acceptChosen(): Locator {
    return this.review.getByTestId('accept-chosen')
  }

  async sendBack(reason: string): Promise<void> {
    await this.review.getByTestId('send-back').click()
    await this.sendBackDialog.getByLabel('整份文件的退回原因').fill(reason)
    await this.sendBackDialog.getByRole('button', { name: '选择文件夹并退回…' }).click()
    await this.sendBackDialog.waitFor({ state: 'hidden' })
  }

  // ---- 报送情况 ----
  /**
   * 退回 from the board, no file at hand: a reason for the whole return and one for the unit's first
   * item, whose 编号 is returned.
   */
  async sendBackFromBoard(unit: string, reason: string, itemReason: string): Promise<string> {
    await this.boardRow(unit)
      .getByRole('button', { name: `退回${unit}的报送` })
      .click()
    await this.sendBackDialog.getByLabel('退回原因', { exact: true }).fill(reason)
    const first = this.sendBackDialog.locator('.ant-table-tbody tr.ant-table-row').first()
    const code = (await first.locator('td').first().textContent())!.trim()
    await this.sendBackDialog.getByLabel(`${code}的退回原因`).fill(itemReason)
    await this.sendBackDialog.getByRole('button', { name: '选择文件夹并退回…' }).click()
    await this.sendBackDialog.waitFor({ state: 'hidden' })
    return code
  }

  count(state: BoardState): Locator {
    return this.board.getByTestId(`board-count-${state}`).locator('.ant-statistic-content-value')
  }

  get onTimeRate(): Locator {
    return this.board.getByTestId('board-on-time-rate').locator('.ant-statistic-content-value')
  }

  /** The board's row of a unit. */
  boardRow(unit: string): Locator {
    return this.board
      .getByTestId('board-grid')
      .locator('.ag-row')
      .filter({ has: this.page.getByRole('gridcell', { name: unit, exact: true }) })
  }

  get remindMissing(): Locator {
    return this.board.getByTestId('remind-missing')
  }
}

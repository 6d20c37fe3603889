import { expect, type ElementHandle, type Locator, type Page } from '@playwright/test'

export type LightPresetLabel = '全部' | '逾期' | '临期' | '本周到期' | '已办结'

/** 任务台账: the ag-grid of tasks, its toolbar, the task's detail drawer and the 回收站. */
export class TaskLedgerPage {
  readonly grid: Locator
  readonly rowCount: Locator
  readonly search: Locator
  readonly cellError: Locator
  readonly detail: Locator
  readonly recycleBin: Locator
  readonly taskForm: Locator

  constructor(readonly page: Page) {
    this.grid = page.getByTestId('task-grid')
    this.rowCount = page.getByTestId('task-count')
    this.search = page.getByLabel('搜索任务')
    this.cellError = page.getByTestId('cell-error')
    this.detail = page.getByTestId('task-detail')
    this.recycleBin = page.getByTestId('recycle-bin')
    this.taskForm = page.getByTestId('task-form-dialog').locator('.ant-modal')
  }

  /** A task's row by its code (ag-grid 36 draws pinned and centre cells in one row element). */
  row(code: string): Locator {
    return this.grid.locator('.ag-row').filter({
      has: this.page.locator('.ag-cell[col-id="code"]', {
        hasText: new RegExp(`^${code.replace(/\./g, '\\.')}$`)
      })
    })
  }

  cell(code: string, colId: string): Locator {
    return this.row(code).locator(`.ag-cell[col-id="${colId}"]`)
  }

  /** The merged phase or section heading cell over a task's rows. */
  headingCells(colId: 'phase' | 'group'): Locator {
    return this.grid.locator(`.ag-cell[col-id="${colId}"]`)
  }

  async shownCount(): Promise<number> {
    return Number(/[\d,]+/.exec((await this.rowCount.textContent()) ?? '')![0].replace(/,/g, ''))
  }

  /**
   * The codes of every row the grid shows after its filters, top to bottom. The grid draws only the rows
   * near the view, so this scrolls through it once, then back to the top.
   */
  async codesShown(): Promise<string[]> {
    const viewport = this.grid.locator('.ag-grid-viewport').first()
    const rows = this.grid.locator('.ag-row[row-index]:has(.ag-cell[col-id="code"])')
    const byIndex = new Map<number, string>()
    await viewport.evaluate((el) => el.scrollTo({ top: 0 }))
    for (let i = 0; i < 200; i++) {
      const entries = await rows.evaluateAll((elements) =>
        elements.map(
          (el) =>
            [
              Number(el.getAttribute('row-index')),
              el.querySelector('.ag-cell[col-id="code"]')?.textContent ?? ''
            ] as const
        )
      )
      for (const [index, code] of entries) byIndex.set(index, code)
      const atEnd = await viewport.evaluate((el) => {
        const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1
        el.scrollBy({ top: el.clientHeight * 0.8 })
        return end
      })
      if (atEnd) break
      await this.page.waitForTimeout(50) // lets the grid draw the rows scrolled into view
    }
    await viewport.evaluate((el) => el.scrollTo({ top: 0 }))
    return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, code]) => code)
  }

  /**
   * Waits until the grid has drawn rows where its view now is: it draws rows after a scroll, later on a
   * busy machine, and a row looked for before then would be scrolled past unseen.
   */
  private async rowsDrawnInView(grid: ElementHandle<HTMLElement | SVGElement> | null): Promise<void> {
    await this.page
      .waitForFunction(
        (grid) => {
          const viewport = grid!.querySelector<HTMLElement>('.ag-grid-viewport')
          if (!viewport) return false
          const view = viewport.getBoundingClientRect()
          const middle = (view.top + view.bottom) / 2
          return [...grid!.querySelectorAll('.ag-row')].some((row) => {
            const box = row.getBoundingClientRect()
            return box.top <= middle && box.bottom >= middle
          })
        },
        grid,
        { timeout: 3_000, polling: 'raf' }
      )
      .catch(() => undefined) // a short list leaves the middle empty: nothing more will be drawn
  }

  /** Scrolls the grid until the task's row is in view (the grid only draws rows near the view). */
  async reveal(code: string): Promise<void> {
    // The rows, not the loading overlay: a list still loading would be scrolled through empty.
    await this.grid.locator('.ag-row').first().waitFor()
    await expect(this.grid.locator('.ag-overlay-loading-wrapper').first()).toBeHidden()
    const grid = await this.grid.elementHandle()
    for (let i = 0; i < 80; i++) {
      const state = await this.page.evaluate(
        ({ grid, code, first }) => {
          const viewport = grid!.querySelector<HTMLElement>('.ag-grid-viewport')!
          const row = [...grid!.querySelectorAll('.ag-row')].find(
            (r) => r.querySelector('.ag-cell[col-id="code"]')?.textContent === code
          )
          const top = grid!.querySelector('.ag-header')!.getBoundingClientRect().bottom
          const bottom = viewport.getBoundingClientRect().bottom - 16
          if (row) {
            const box = row.getBoundingClientRect()
            if (box.top >= top - 1 && box.bottom <= bottom + 1) return 'shown'
            const before = viewport.scrollTop
            viewport.scrollBy({ top: box.top - top - 2 * box.height })
            // The last rows cannot scroll up to the top: in view at the end of the list is shown enough.
            if (viewport.scrollTop === before && box.top >= top - 1 && box.top < bottom) return 'shown'
            return 'moved'
          }
          if (first) viewport.scrollTo({ top: 0 })
          else {
            if (viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1) return 'absent'
            viewport.scrollBy({ top: viewport.clientHeight * 0.8 })
          }
          return 'moved'
        },
        { grid, code, first: i === 0 }
      )
      if (state === 'shown') return
      if (state === 'absent') break
      await this.rowsDrawnInView(grid)
    }
    throw new Error(`任务 ${code} 不在台账中`)
  }

  /**
   * Scrolls the grid sideways until a column is in view (the grid draws only the columns in view; the
   * pinned ones — 阶段, 分类, 编号, 任务, 操作 — always are).
   */
  async revealColumn(colId: string): Promise<void> {
    const grid = await this.grid.elementHandle()
    for (let i = 0; i < 30; i++) {
      // Between the pinned columns on the left and 操作 pinned on the right, or scroll towards it.
      const shown = await this.page.evaluate(
        ({ grid, colId, first }) => {
          const viewport = grid!.querySelector<HTMLElement>('.ag-grid-viewport')!
          const header = grid!.querySelector(`.ag-header-cell[col-id="${colId}"]`)
          const from = grid!.querySelector('.ag-header-cell[col-id="title"]')!.getBoundingClientRect().right
          const to = grid!.querySelector('.ag-header-cell[col-id="actions"]')!.getBoundingClientRect().left
          if (!header) {
            if (first) viewport.scrollTo({ left: 0 })
            else viewport.scrollBy({ left: viewport.clientWidth * 0.4 })
            return false
          }
          const box = header.getBoundingClientRect()
          if (box.left >= from - 1 && box.right <= to + 1) return true
          viewport.scrollBy({ left: box.left - from })
          return false
        },
        { grid, colId, first: i === 0 }
      )
      if (shown) return
      await this.page.waitForTimeout(30) // lets the grid draw the columns scrolled into view
    }
    throw new Error(`列 ${colId} 无法滚动到可见处`)
  }

  /** A task's cell, scrolled into view in both directions. */
  async shownCell(code: string, colId: string): Promise<Locator> {
    await this.reveal(code)
    await this.revealColumn(colId)
    return this.cell(code, colId)
  }

  /** Everything a task's row says, column by column across the whole grid. */
  async rowText(code: string): Promise<string> {
    await this.reveal(code)
    const viewport = this.grid.locator('.ag-grid-viewport').first()
    const texts = new Map<string, string>()
    await viewport.evaluate((el) => el.scrollTo({ left: 0 }))
    for (let i = 0; i < 30; i++) {
      const cells = await this.row(code)
        .locator('.ag-cell')
        .evaluateAll((els) =>
          els.map((el) => [el.getAttribute('col-id') ?? '', el.textContent ?? ''] as const)
        )
      for (const [col, text] of cells) texts.set(col, text)
      const atEnd = await viewport.evaluate((el) => {
        const end = el.scrollLeft + el.clientWidth >= el.scrollWidth - 1
        el.scrollBy({ left: el.clientWidth * 0.5 })
        return end
      })
      if (atEnd) break
    }
    await viewport.evaluate((el) => el.scrollTo({ left: 0 }))
    return [...texts.values()].join(' ')
  }

  /** Types a value into a cell as a clerk does: double-click, type, Enter. */
  async editCell(code: string, colId: string, value: string): Promise<void> {
    await this.reveal(code)
    await this.revealColumn(colId)
    await this.cell(code, colId).dblclick()
    const editor = this.page.locator('.ag-cell-inline-editing input, .ag-popup-editor textarea').first()
    await editor.fill(value)
    await editor.press('Enter')
  }

  /** Chooses a value in a cell's drop-down (状态). */
  async chooseInCell(code: string, colId: string, label: string): Promise<void> {
    await this.reveal(code)
    await this.revealColumn(colId)
    await this.cell(code, colId).dblclick()
    await this.cell(code, colId).locator('.ag-picker-field-wrapper').click()
    await this.page.getByRole('option', { name: label, exact: true }).click()
  }

  /** Adds units (by name, new ones too) in a 牵头单位/配合单位 cell, then 确定. */
  async addUnits(code: string, colId: 'leadUnits' | 'supportUnits', names: string[]): Promise<void> {
    const editor = await this.typeUnits(code, colId, names)
    await editor.getByRole('button', { name: /^确\s?定$/ }).click()
  }

  /** Opens the 牵头单位/配合单位 editor of a task and adds units (by name, new ones too), not yet saved. */
  async typeUnits(code: string, colId: 'leadUnits' | 'supportUnits', names: string[]): Promise<Locator> {
    await this.reveal(code)
    await this.revealColumn(colId)
    await this.cell(code, colId).dblclick()
    const editor = this.page.getByTestId('units-editor')
    for (const name of names) {
      await editor.locator('input').fill(name)
      await editor.locator('input').press('Enter')
    }
    return editor
  }

  async preset(label: LightPresetLabel): Promise<void> {
    await this.page.locator('.ledger-filters .ant-segmented-item', { hasText: label }).click()
  }

  async byLeadUnit(unit: string): Promise<void> {
    await this.page.getByLabel('按牵头单位').click()
    await this.page.getByLabel('按牵头单位').fill(unit)
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: unit })
      .first()
      .click()
  }

  async byPhase(label: string): Promise<void> {
    await this.page.getByLabel('按阶段').click()
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label })
      .click()
  }

  async clearFilters(): Promise<void> {
    await this.page.getByRole('button', { name: '清除筛选' }).click()
  }

  async select(code: string): Promise<void> {
    await this.reveal(code)
    await this.row(code).locator('.ag-selection-checkbox input').check()
  }

  async deleteSelected(): Promise<void> {
    await this.page.locator('.ledger-toolbar button', { hasText: /^删除/ }).click()
    await this.page.getByRole('button', { name: '移入回收站' }).click()
  }

  async openRecycleBin(): Promise<void> {
    await this.page.locator('.ledger-toolbar button', { hasText: /^回收站$/ }).click()
    await this.recycleBin.waitFor()
  }

  async restoreFromBin(code: string): Promise<void> {
    await this.recycleBin
      .locator('tr.ant-table-row')
      .filter({ has: this.page.locator('td', { hasText: new RegExp(`^${code.replace(/\./g, '\\.')}$`) }) })
      .getByRole('button', { name: '恢复', exact: true })
      .click()
  }

  /** Opens a task's detail drawer from its row's 详情. */
  async openDetail(code: string): Promise<void> {
    await this.reveal(code)
    await this.cell(code, 'actions').getByRole('button', { name: '详情' }).click()
    await this.detail.waitFor()
  }

  async openReport(code: string): Promise<void> {
    await this.reveal(code)
    await this.cell(code, 'actions').getByRole('button', { name: '填报' }).click()
  }
}

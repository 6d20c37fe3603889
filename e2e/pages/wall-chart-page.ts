import type { Locator, Page } from '@playwright/test'
import { AppShell } from './app-shell'
import { AreaTree } from './area-tree'

/** What the canvas shows, measured from its pixels. */
export interface WallPicture {
  /** CSS x of the vertical red line (统计截止), or null when there is none. */
  todayX: number | null
  /** Pixels of each bar colour. */
  bars: { red: number; yellow: number; green: number; done: number; late: number }
  /** Pixels of each phase band's tint (2023 blue, 2024 red, 2025 green). */
  bands: [number, number, number]
}

/** 进度计划 — 挂图作战. */
export class WallChartPage {
  readonly chart: Locator
  readonly toolbar: Locator
  readonly exportPng: Locator
  readonly print: Locator
  readonly note: Locator
  readonly areaTree: AreaTree

  constructor(readonly page: Page) {
    this.chart = page.getByTestId('wall-chart')
    this.toolbar = page.getByTestId('wall-toolbar')
    this.exportPng = this.toolbar.getByRole('button', { name: '导出图片' })
    this.print = this.toolbar.getByRole('button', { name: '打印' })
    this.note = page.getByTestId('wall-note')
    this.areaTree = new AreaTree(page)
  }

  async open(): Promise<void> {
    await new AppShell(this.page).goTo('进度计划')
    await this.chart.locator('canvas').first().waitFor()
  }

  async mode(label: '按任务' | '按村'): Promise<void> {
    await this.toolbar.getByText(label, { exact: true }).click()
  }

  async zoom(label: '按月' | '按季' | '按年'): Promise<void> {
    await this.toolbar.getByText(label, { exact: true }).click()
  }

  async chooseItem(name: string): Promise<void> {
    const select = this.toolbar.getByLabel('治理事项')
    await select.click()
    await select.fill(name)
    await this.page.locator('.ant-select-item-option', { hasText: new RegExp(`^${name}$`) }).click()
  }

  async paper(label: 'A3 横向' | 'A4 横向'): Promise<void> {
    await this.toolbar.getByLabel('打印纸张').click()
    await this.page.locator('.ant-select-item-option', { hasText: label }).click()
  }

  async fact(name: 'rows' | 'milestones' | 'phases' | 'today' | 'window'): Promise<string> {
    return (await this.chart.getAttribute(`data-${name}`)) ?? ''
  }

  /** Reads the drawn canvas: the today line, the bar colours and the phase bands' tints. */
  async picture(): Promise<WallPicture> {
    return this.chart.evaluate((box) => {
      const canvas = box.querySelector('canvas')!
      const ratio = canvas.width / canvas.getBoundingClientRect().width
      const { width, height } = canvas
      const data = canvas.getContext('2d')!.getImageData(0, 0, width, height).data
      const near = (i: number, [r, g, b]: number[], tolerance = 3) =>
        Math.abs(data[i] - r) <= tolerance &&
        Math.abs(data[i + 1] - g) <= tolerance &&
        Math.abs(data[i + 2] - b) <= tolerance
      const colours = {
        red: [211, 47, 47],
        yellow: [249, 168, 37],
        green: [46, 125, 50],
        done: [96, 125, 139],
        late: [141, 110, 99]
      }
      const tints = [
        [241, 246, 251],
        [251, 242, 242],
        [240, 246, 241]
      ]
      const bars = { red: 0, yellow: 0, green: 0, done: 0, late: 0 }
      const bands: [number, number, number] = [0, 0, 0]
      const lineColumn = new Array<number>(width).fill(0)
      const top = Math.round(160 * ratio)
      for (let y = top; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4
          for (const key of Object.keys(colours) as (keyof typeof colours)[])
            if (near(i, colours[key])) bars[key]++
          tints.forEach((tint, t) => {
            if (near(i, tint, 1)) bands[t]++
          })
          if (near(i, [183, 28, 28], 6)) lineColumn[x]++
        }
      }
      const rows = height - top
      const x = lineColumn.findIndex((n) => n > rows * 0.9)
      return { todayX: x < 0 ? null : x / ratio, bars, bands }
    })
  }
}

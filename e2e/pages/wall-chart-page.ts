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

/** Where the 统计截止 label is drawn in an exported picture, in its own pixels. */
export interface PictureLabel {
  width: number
  height: number
  /** Device pixels per CSS pixel of the picture (2 for a wall-sized export). */
  ratio: number
  /** x of the red today line. */
  lineX: number
  /** The red text ending at the line above the grid: its left and right edge; null when none. */
  label: { left: number; right: number; top: number; bottom: number } | null
  /** The width `text` takes in the chart's bold 12 px font at the picture's ratio. */
  expectedWidth: number
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

  /**
   * Decodes an exported PNG in the page (the browser's own decoder) and finds the 统计截止 label: the red
   * (#b71c1c) text drawn above the grid that ends at the today line, the line being the red column that
   * runs down the grid. `cssWidth` is the picture's width in CSS pixels (PICTURE_WIDTH).
   */
  async labelInPicture(png: Buffer, cssWidth: number, text: string): Promise<PictureLabel> {
    return this.page.evaluate(
      async ({ base64, cssWidth, text }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
        const { width, height } = bitmap
        const canvas = new OffscreenCanvas(width, height)
        const context = canvas.getContext('2d')!
        context.drawImage(bitmap, 0, 0)
        const data = context.getImageData(0, 0, width, height).data
        const ratio = width / cssWidth
        const red = (x: number, y: number) => {
          const i = (y * width + x) * 4
          return Math.abs(data[i] - 183) <= 22 && data[i + 1] <= 60 && data[i + 2] <= 60
        }
        // The grid starts 156 CSS px down (HEADER_HEIGHT); the line runs down most of what is below.
        const gridTop = Math.round(156 * ratio)
        let lineX = -1
        for (let x = 0; x < width && lineX < 0; x++) {
          let n = 0
          for (let y = gridTop; y < height; y++) if (red(x, y)) n++
          if (n > (height - gridTop) * 0.8) lineX = x
        }
        const font = getComputedStyle(document.body).fontFamily
        context.font = `bold ${12 * ratio}px ${font}`
        const expectedWidth = context.measureText(text).width
        // Red text rows above the grid whose red pixels stay left of the line (phase names sit lower).
        let label: PictureLabel['label'] = null
        for (let y = 0; y < gridTop && lineX >= 0; y++) {
          let left = -1
          let right = -1
          for (let x = Math.max(0, lineX - Math.ceil(expectedWidth * 1.5)); x < lineX - 1; x++) {
            if (!red(x, y)) continue
            if (left < 0) left = x
            right = x
          }
          if (left < 0) continue
          if (!label) label = { left, right, top: y, bottom: y }
          else if (y - label.bottom <= 2) {
            label = {
              left: Math.min(label.left, left),
              right: Math.max(label.right, right),
              top: label.top,
              bottom: y
            }
          }
        }
        return { width, height, ratio, lineX, label, expectedWidth }
      },
      { base64: png.toString('base64'), cssWidth, text }
    )
  }
}

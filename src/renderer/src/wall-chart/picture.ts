import { PNG_MAX_BYTES } from '../../../shared/contract/chart'
import { CHART_TEXT_STYLE, echarts, type EChartsInstance, type EChartsOption } from '../charts/echarts-setup'

/** Chromium draws no canvas taller or wider than this many device pixels … */
const MAX_CANVAS = 32_000
/** … and a canvas much past this many pixels can take the page's memory with it. */
const MAX_PIXELS = 60_000_000
/** Base64 makes 3 bytes into 4 characters. */
const MAX_DATA_URL = Math.floor((PNG_MAX_BYTES * 4) / 3)
/** The picture's width in CSS pixels, whatever the window's: wide enough for an A3 sheet's time axis. */
export const PICTURE_WIDTH = 1680

/**
 * The chart as a PNG data URL for the wall: drawn again off screen at a fixed width (so a small window
 * still gives a wall-sized picture) with the time window the clerk has panned to, without the slider,
 * as sharp as the size limits allow (twice the screen's resolution, else 1.5 or once). Null when even
 * once is over the limit.
 */
export function chartPicture(chart: EChartsInstance, cssHeight: number): string | null {
  // The picture has every row: the screen's row scrolling (dataZoom on the y axis) is left out.
  const option = chart.getOption() as EChartsOption & { dataZoom?: { yAxisIndex?: number | number[] }[] }
  const onlyTime = (option.dataZoom ?? []).filter((dz) =>
    Array.isArray(dz.yAxisIndex) ? dz.yAxisIndex.length === 0 : dz.yAxisIndex === undefined
  )
  const box = document.createElement('div')
  box.style.cssText = `position:fixed;left:-100000px;top:0;width:${PICTURE_WIDTH}px;height:${cssHeight}px`
  document.body.appendChild(box)
  const offscreen = echarts.init(box, null, { renderer: 'canvas', devicePixelRatio: 1 })
  try {
    offscreen.setOption({ ...option, dataZoom: onlyTime, textStyle: CHART_TEXT_STYLE, animation: false })
    for (const ratio of [2, 1.5, 1]) {
      const tooBig =
        cssHeight * ratio > MAX_CANVAS ||
        PICTURE_WIDTH * ratio > MAX_CANVAS ||
        cssHeight * PICTURE_WIDTH * ratio * ratio > MAX_PIXELS
      if (tooBig) continue
      const url = offscreen.getDataURL({
        type: 'png',
        pixelRatio: ratio,
        backgroundColor: '#ffffff',
        excludeComponents: ['dataZoom']
      })
      if (url.length <= MAX_DATA_URL) return url
    }
    return null
  } finally {
    offscreen.dispose()
    box.remove()
  }
}

export type Paper = 'A3' | 'A4'

/**
 * Prints the picture on one landscape sheet width (A3 or A4, as offices hang them): for the print, the
 * page shows only the picture (wall-print.css), with an @page rule for the paper; all is removed after.
 */
export async function printPicture(dataUrl: string, paper: Paper, title: string): Promise<void> {
  const sheet = document.createElement('div')
  sheet.className = 'wall-print-sheet'
  sheet.setAttribute('data-paper', paper)
  const image = new Image()
  image.alt = title
  image.src = dataUrl
  sheet.appendChild(image)
  const page = document.createElement('style')
  page.id = 'wall-print-page'
  page.textContent = `@page { size: ${paper} landscape; margin: 8mm; }`
  document.head.appendChild(page)
  document.body.appendChild(sheet)
  document.body.classList.add('wall-printing')
  const cleanup = (): void => {
    sheet.remove()
    page.remove()
    document.body.classList.remove('wall-printing')
  }
  try {
    await image.decode()
    // window.print() returns once the print dialog is closed (browsers and Electron alike).
    window.print()
  } finally {
    cleanup()
  }
}

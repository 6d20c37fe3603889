import { Resvg } from '@resvg/resvg-js'
import { describe, expect, it } from 'vitest'
import { chartFontPath } from '../src/main/documents/charts/chart-font'
import { districtChart } from '../src/main/documents/charts/district-chart'
import type { DistrictProgress } from '../src/shared/contract'

const districts: DistrictProgress[] = ['东湖区', '新垵区', '后墘区'].map((district, i) => ({
  districtId: i + 1,
  district,
  villages: 10,
  items: 100,
  done: 80 - i * 10,
  doneOnTime: 70 - i * 10,
  red: 5 + i,
  yellow: 2,
  completionRate: 80 - i * 10,
  onTimeRate: 80.5 - i * 10,
  rank: i + 1,
  previousRank: null
}))

/** Pixels with any ink (alpha > 0) in resvg's raw RGBA output. */
function inked(svg: string, fontFiles: string[]): number {
  const { pixels } = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles } }).render()
  let n = 0
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) n++
  return n
}

describe('the district chart in the briefing', () => {
  it('is a PNG the width of the 版心 at 3× for print, with its Chinese labels drawn', () => {
    const chart = districtChart(districts)
    expect(chart.width).toBe(590)
    expect(chart.png.subarray(1, 4).toString()).toBe('PNG')
    expect(chart.png.readUInt32BE(16)).toBe(590 * 3) // IHDR width
    expect(chart.png.readUInt32BE(20)).toBe(chart.height * 3) // IHDR height
    for (const label of ['东湖区', '新垵区', '后墘区', '完成率', '按期率', '80%'])
      expect(chart.svg).toContain(label)
    // Without a font resvg silently drops every label; with the shipped one the labels add ink.
    const bare = inked(chart.svg, [])
    const labelled = inked(chart.svg, [chartFontPath()])
    expect(labelled - bare).toBeGreaterThan(2000)
  })
})

import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { assertRenderTools, convertToPdf, pdfInfo, pdfWords, type PdfPage } from './documents-render'
import { sampleDocuments, type SampleDocuments } from './documents-samples'
import { useSuiteTempDir } from './temp-dir'

const suiteDir = useSuiteTempDir()
let made: Promise<{ dir: string; docs: SampleDocuments }> | null = null
/** The sample documents, made once for the three kinds. */
function documents(): Promise<{ dir: string; docs: SampleDocuments }> {
  made ??= (async () => {
    const dir = suiteDir()
    return { dir, docs: await sampleDocuments(dir) }
  })()
  return made
}

/** The 版心 in mm from the page's top-left corner: 28 mm in from the left, 37 mm down, 156 × 225 mm. */
const BLOCK = { left: 28, right: 184, top: 37, bottom: 262 }
const TOLERANCE = 1
/** One 3号 character: LibreOffice 7.4 ignores w:overflowPunct="0", so a closing 。，； may hang by one. */
const HANGING = 25.4 * (16 / 72)
const CLOSING = /[，。；：、！？）》”]$/
/** One 4号 character: the page number's indent. */
const PAGE_NUMBER_INDENT = 25.4 * (14 / 72)

function pageNumberWords(page: PdfPage) {
  return page.words.filter((w) => w.y0 > BLOCK.bottom + TOLERANCE)
}

/**
 * LibreOffice renders each kind of document to PDF, and poppler reports where every word landed: the
 * page is A4, all text lies within the 版心 (±1 mm), and "— N —" sits 7 mm below the 版心, at the right
 * on odd pages and at the left on even pages, one character in.
 */
describe.each([
  ['工作简报', 'briefing'],
  ['督办通知', 'notice'],
  ['催办通知', 'reminder']
] as const)('%s rendered by LibreOffice', (_label, kind) => {
  let pages: PdfPage[]
  let info: { pages: number; widthMm: number; heightMm: number }

  beforeAll(async () => {
    assertRenderTools()
    const { dir, docs } = await documents()
    const pdf = convertToPdf(docs[kind], join(dir, 'pdf'))
    info = pdfInfo(pdf)
    pages = pdfWords(pdf)
  }, 240_000)

  it('is A4', () => {
    expect(info.widthMm).toBeCloseTo(210, 0)
    expect(info.heightMm).toBeCloseTo(297, 0)
    expect(pages).toHaveLength(info.pages)
    expect(info.pages).toBeGreaterThanOrEqual(kind === 'briefing' ? 4 : 2)
  })

  it('keeps every word within the 版心 (±1 mm)', () => {
    pages.forEach((page, i) => {
      const body = page.words.filter((w) => !pageNumberWords(page).includes(w))
      expect(body.length, `page ${i + 1} has text`).toBeGreaterThan(0)
      for (const w of body) {
        const where = `page ${i + 1}: “${w.text}” at x ${w.x0.toFixed(1)}–${w.x1.toFixed(1)}, y ${w.y0.toFixed(1)}–${w.y1.toFixed(1)} mm`
        const right = BLOCK.right + TOLERANCE + (CLOSING.test(w.text) ? HANGING : 0)
        expect(w.x0, where).toBeGreaterThanOrEqual(BLOCK.left - TOLERANCE)
        expect(w.x1, where).toBeLessThanOrEqual(right)
        expect(w.y0, where).toBeGreaterThanOrEqual(BLOCK.top - TOLERANCE)
        expect(w.y1, where).toBeLessThanOrEqual(BLOCK.bottom + TOLERANCE)
      }
    })
  })

  it('numbers every page "— N —" 7 mm below the 版心: odd pages right, even pages left, one character in', () => {
    pages.forEach((page, i) => {
      const n = i + 1
      const words = pageNumberWords(page)
      expect(
        words.map((w) => w.text),
        `page ${n}`
      ).toEqual(['—', String(n), '—'])
      const [open, , close] = words
      const middle = (open.y0 + open.y1) / 2
      expect(middle - BLOCK.bottom, `page ${n}: 一字线 below the 版心`).toBeGreaterThan(7 - TOLERANCE)
      expect(middle - BLOCK.bottom, `page ${n}: 一字线 below the 版心`).toBeLessThan(7 + TOLERANCE)
      if (n % 2 === 1) expect(close.x1, `page ${n} right`).toBeCloseTo(BLOCK.right - PAGE_NUMBER_INDENT, 0)
      else expect(open.x0, `page ${n} left`).toBeCloseTo(BLOCK.left + PAGE_NUMBER_INDENT, 0)
    })
  })
})

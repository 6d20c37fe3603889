import {
  AlignmentType,
  DocumentGridType,
  Footer,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionOptions
} from 'docx'
import { fontOf, SIZE } from './fonts'

/**
 * The GB/T 9704-2012 page in twips (1/20 pt, 1 mm = 56.69 twips), domain.md §1.1 and the docx pitfalls in
 * ../shared/architecture.md: A4; 天头 37 mm, 订口 28 mm; 版心 156 × 225 mm, hence bottom 35 mm and
 * right 26 mm.
 */
export const PAGE = {
  width: 11906,
  height: 16838,
  top: 2098,
  bottom: 1984,
  left: 1587,
  right: 1474,
  /**
   * 25.6 mm from the paper's bottom edge to the footer line's bottom puts the 一字线 of "— 1 —" 7 mm below
   * the 版心 (GB/T 9704 §7.5: 一字线上距版心下边缘7mm); measured on the LibreOffice render, whose
   * dash ink sits mid-line (test/documents-render.test.ts holds it).
   */
  footer: 1451,
  header: 851,
  /** 22 lines in the 225 mm 版心: 28.95 pt per line (exact line spacing, domain.md §1.8 method B). */
  linePitch: 579
} as const

/** The 版心 width: 156 mm = 8845 twips = 442.25 pt. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right

/**
 * Character advance in the body: 16 pt 仿宋 condensed by 0.25 pt, so 28 characters fill the 442 pt line
 * (28 × 15.75 = 441 pt). LibreOffice sets Word's character grid at 14 per line, so the document uses no
 * character grid but this condensing (architecture.md pitfalls).
 */
export const BODY_CHAR_SPACING = -5
export const CHAR_TWIPS = 315

/** One 4号 character: the page number's indent from the 版心 edge. */
const PAGE_NUMBER_INDENT = 280

/**
 * "— N —" in 4号半角宋体: odd pages at the right, one character in; even pages at the left, one
 * character in (domain.md §1.6). Word shows the even footer only with evenAndOddHeaderAndFooters set on
 * the document (see pack.ts).
 */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const style = { size: SIZE.si, font: fontOf('song', false) }
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: PAGE_NUMBER_INDENT } : { left: PAGE_NUMBER_INDENT },
        spacing: { line: 280, lineRule: 'exact', before: 0, after: 0 },
        children: [
          new TextRun({ ...style, text: '— ' }),
          new TextRun({ ...style, children: [PageNumber.CURRENT] }),
          new TextRun({ ...style, text: ' —' })
        ]
      })
    ]
  })
}

/**
 * One GB/T 9704 section: page, margins and the odd/even page-number footers. The 22 lines come from exact
 * 28.95 pt line spacing on every 正文 paragraph, not from a line grid: LibreOffice snaps every paragraph
 * to a grid, titles and table rows included, which doubles their height; exact spacing gives the same
 * page in Word and in LibreOffice.
 */
export function gbSection(children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: {
          top: PAGE.top,
          bottom: PAGE.bottom,
          left: PAGE.left,
          right: PAGE.right,
          header: PAGE.header,
          footer: PAGE.footer,
          gutter: 0
        }
      },
      grid: { type: DocumentGridType.DEFAULT, linePitch: PAGE.linePitch }
    },
    footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
    children
  }
}

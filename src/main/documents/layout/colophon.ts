import {
  BorderStyle,
  FrameAnchorType,
  FrameWrap,
  HeightRule,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IBordersOptions
} from 'docx'
import { runs, SIZE } from './fonts'
import { PAGE, TEXT_WIDTH } from './page'

/** One line of the 版记: text at the left, optionally text at the right ("2025年9月30日印发", "共印60份"). */
export interface ColophonLine {
  left: string
  right?: string
}

const THICK = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 0 } as const // 1 pt ≈ 0.35 mm
const THIN = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } as const // 0.75 pt ≈ 0.25 mm
/** One 4号 character (14 pt): the 版记's indent on both sides. */
const ONE_CHAR = 280
const LINE_HEIGHT = 440
const PADDING = 60
/** The 版心's height: 225 mm. */
const TEXT_HEIGHT = PAGE.height - PAGE.top - PAGE.bottom

/** Width in twips of 4号 text: hanzi and full-width signs one character, Latin and digits half. */
function widthOf(text: string): number {
  let width = 0
  for (const ch of text) width += ch.charCodeAt(0) < 0x2000 ? ONE_CHAR / 2 : ONE_CHAR
  return width
}

/** Lines a 版记 entry takes; one character of slack for 禁则 (no 。or ，at a line's start). */
export function colophonLineCount(entry: ColophonLine): number {
  const label = labelOf(entry.left)
  const first = TEXT_WIDTH - 2 * ONE_CHAR - ONE_CHAR
  const rest = first - widthOf(label)
  const right = entry.right ? widthOf(entry.right) + ONE_CHAR : 0
  let width = widthOf(entry.left) + right
  let lines = 1
  width -= first
  while (width > 0) {
    lines++
    width -= rest
  }
  return lines
}

function labelOf(text: string): string {
  return /^[^：]{1,4}：/.exec(text)?.[0] ?? ''
}

/**
 * 版记 (domain.md §1.5): lines in 4号仿宋, one character in on both sides, a thick rule above the first
 * and below the last, thin rules between the groups; at the bottom of the 版心, so that its last rule
 * coincides with the 版心's bottom edge on the last page. Place it last in the document.
 *
 * Each line is a paragraph frame at a computed position from the 版心's top: LibreOffice 7.4 ignores
 * both a floating table's bottom alignment and a group of framed paragraphs whose borders differ, while
 * single framed paragraphs at absolute positions render the same in Word and LibreOffice.
 */
export function colophon(groups: readonly (readonly ColophonLine[])[]): Paragraph[] {
  const entries = groups.flatMap((group, g) =>
    group.map((entry, i) => ({ entry, top: i === 0 ? (g === 0 ? THICK : THIN) : undefined }))
  )
  const heights = entries.map(({ entry }) => colophonLineCount(entry) * LINE_HEIGHT + 2 * PADDING)
  let y = TEXT_HEIGHT - heights.reduce((a, b) => a + b, 0)
  return entries.flatMap(({ entry, top }, i) => {
    const border: IBordersOptions = {
      ...(top ? { top } : {}),
      ...(i === entries.length - 1 ? { bottom: THICK } : {})
    }
    const paragraph = framedLine(entry, border, y, heights[i])
    y += heights[i]
    // LibreOffice merges back-to-back framed paragraphs into one frame (and then drops the positions);
    // a hairline paragraph between them keeps each frame its own.
    return i === 0 ? [paragraph] : [hairline(), paragraph]
  })
}

function hairline(): Paragraph {
  return new Paragraph({ spacing: { line: 20, lineRule: 'exact', before: 0, after: 0 }, children: [] })
}

function framedLine(entry: ColophonLine, border: IBordersOptions, y: number, height: number): Paragraph {
  const style = { size: SIZE.si, characterSpacing: 0 }
  // Wrapped names line up after "抄送：" (a hanging indent the width of the label).
  const hanging = widthOf(labelOf(entry.left))
  return new Paragraph({
    frame: {
      type: 'absolute',
      position: { x: 0, y },
      anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
      width: TEXT_WIDTH,
      height,
      rule: HeightRule.EXACT,
      wrap: FrameWrap.AROUND,
      space: { horizontal: 0, vertical: 0 }
    },
    border,
    indent: { left: ONE_CHAR + hanging, hanging, right: ONE_CHAR },
    spacing: { line: LINE_HEIGHT, lineRule: 'exact', before: PADDING, after: PADDING },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - ONE_CHAR }],
    children: [
      ...runs(entry.left, 'fangsong', style),
      ...(entry.right
        ? [new TextRun({ children: [new Tab()] }), ...runs(entry.right, 'fangsong', style)]
        : [])
    ]
  })
}

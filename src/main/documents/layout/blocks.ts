import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IParagraphOptions
} from 'docx'
import { runs, SIZE, type FontRole, type RunStyle } from './fonts'
import { CHAR_TWIPS, PAGE, TEXT_WIDTH } from './page'

/** GB/T 9704 red (发文机关标志, 分隔线). */
export const RED = 'E60012'

/** Body line: 3号 on the 28.95 pt grid. */
const BODY_SPACING = { line: PAGE.linePitch, lineRule: 'exact', before: 0, after: 0 } as const
/** Every paragraph of the 正文 starts two characters in. */
export const INDENT_2 = 2 * CHAR_TWIPS

/** A piece of a paragraph in its own role: a run-in heading, a bold phrase. */
export interface Piece {
  text: string
  role?: FontRole
  bold?: boolean
  color?: string
}

type Content = string | readonly Piece[]

function toRuns(content: Content, role: FontRole, style: RunStyle) {
  const pieces: readonly Piece[] = typeof content === 'string' ? [{ text: content }] : content
  return pieces.flatMap((p) =>
    runs(p.text, p.role ?? role, {
      size: SIZE.san,
      ...style,
      ...(p.bold ? { bold: true } : {}),
      ...(p.color ? { color: p.color } : {})
    })
  )
}

/** A 正文 paragraph: 3号仿宋, indented two characters, wrapped lines flush left. */
export function body(content: Content, options: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT_2 },
    spacing: BODY_SPACING,
    ...options,
    children: toRuns(content, 'fangsong', {})
  })
}

/** 层次序数 一、/（一）/1./（1）: 黑体, 楷体, 仿宋 bold, 仿宋 (domain.md §1.4); kept with the next line. */
const HEADING_STYLE: Record<1 | 2 | 3 | 4, { role: FontRole; bold: boolean }> = {
  1: { role: 'heiti', bold: false },
  2: { role: 'kaiti', bold: false },
  3: { role: 'fangsong', bold: true },
  4: { role: 'fangsong', bold: false }
}

/**
 * A heading on a line of its own, or, with `rest`, a run-in heading followed by 正文 in 仿宋 in the same
 * paragraph (the common form of （一） and 1. in 公文).
 */
export function heading(level: 1 | 2 | 3 | 4, text: string, rest?: string): Paragraph {
  const { role, bold } = HEADING_STYLE[level]
  const pieces: Piece[] = [{ text, role, bold }]
  if (rest) pieces.push({ text: rest, role: 'fangsong' })
  return body(pieces, { keepNext: rest === undefined })
}

/** An empty 3号 line on the grid. */
export function blank(count = 1): Paragraph[] {
  return Array.from({ length: count }, () => new Paragraph({ spacing: BODY_SPACING, children: [] }))
}

/**
 * 标题: 2号小标宋, centred. A title longer than a line is given as its lines, broken between words by the
 * caller (GB/T 9704: 回行时要做到词意完整，排列对称), the first line the longer (a trapezoid).
 */
export function title(text: string | readonly string[]): Paragraph {
  const lines = typeof text === 'string' ? [text] : text
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 700, lineRule: 'exact', before: 0, after: 0 },
    keepNext: true,
    keepLines: true,
    children: lines.flatMap((line, i) => [
      ...(i > 0 ? [new TextRun({ break: 1 })] : []),
      ...runs(line, 'xiaobiaosong', { size: SIZE.er, characterSpacing: 0 })
    ])
  })
}

/** 主送机关: flush left, with the full-width colon after the last name. */
export function addressee(names: string): Paragraph {
  return new Paragraph({
    spacing: BODY_SPACING,
    children: toRuns(`${names.replace(/[:：]$/, '')}：`, 'fangsong', {})
  })
}

/**
 * 附件说明: "附件：" two characters in; several attachments are numbered and their names aligned under the
 * first name (a hanging indent the width of "附件：").
 */
export function attachmentNote(names: readonly string[]): Paragraph[] {
  if (names.length === 1) return [body(`附件：${names[0]}`)]
  const nameStart = INDENT_2 + 3 * CHAR_TWIPS
  return names.map((name, i) =>
    body(i === 0 ? `附件：1. ${name}` : `${i + 1}. ${name}`, {
      indent: i === 0 ? { firstLine: INDENT_2 } : { left: nameStart }
    })
  )
}

/** "附件" (or "附件2") in 3号黑体, flush left, on the first line of an attachment page. */
export function attachmentLabel(label: string): Paragraph {
  return new Paragraph({
    spacing: BODY_SPACING,
    pageBreakBefore: true,
    keepNext: true,
    children: runs(label, 'heiti', { size: SIZE.san })
  })
}

/**
 * Width of a string in 3号 as set here: hanzi and full-width signs one character (15.75 pt), Latin
 * letters and digits half of one. Used to centre the 署名 over the 成文日期.
 */
export function textWidthTwips(text: string): number {
  let width = 0
  for (const ch of text) width += ch.charCodeAt(0) < 0x2000 ? CHAR_TWIPS / 2 : CHAR_TWIPS
  return width
}

/**
 * 发文机关署名 and 成文日期 of a sealed document (domain.md §1.4): the date 右空四字, the 署名 centred on
 * the date. Two blank lines above leave room for the seal, whose top must lie within one line of the
 * 正文.
 */
export function signature(office: string, date: string): Paragraph[] {
  const dateRight = 4 * CHAR_TWIPS
  const officeRight = Math.max(0, dateRight + (textWidthTwips(date) - textWidthTwips(office)) / 2)
  return [
    ...blank(2),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(officeRight) },
      spacing: BODY_SPACING,
      keepNext: true,
      keepLines: true,
      children: toRuns(office, 'fangsong', {})
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: dateRight },
      spacing: BODY_SPACING,
      children: toRuns(date, 'fangsong', {})
    })
  ]
}

/** 附注 such as （联系人：…，电话：…）: two characters in, on the line after the 成文日期. */
export function note(text: string): Paragraph {
  return body(`（${text}）`)
}

/** A paragraph with text at the left and text at the right edge of the 版心 (简报 编印单位 / 日期). */
export function leftRight(
  left: Content,
  right: Content,
  role: FontRole,
  options: Partial<IParagraphOptions> = {},
  size: number = SIZE.san
): Paragraph {
  const pieces = (c: Content): Piece[] => (typeof c === 'string' ? [{ text: c }] : [...c])
  return new Paragraph({
    spacing: BODY_SPACING,
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    ...options,
    children: [
      ...toRuns(pieces(left), role, { size }),
      new TextRun({ children: [new Tab()] }),
      ...toRuns(pieces(right), role, { size })
    ]
  })
}

/** The bottom border that draws a red separator line under a paragraph, as wide as the 版心. */
export function redRule(sizeEighths: number, spacePt: number): IParagraphOptions['border'] {
  return { bottom: { style: BorderStyle.SINGLE, color: RED, size: sizeEighths, space: spacePt } }
}

/**
 * Text the clerk wrote (存在问题, 下步工作): one 正文 paragraph per non-empty line. A line led by （一）,
 * （二）… has its marker and lead sentence (up to the first 。) set as a second-level heading in 楷体, the
 * rest in 仿宋, as 公文 set such points.
 */
export function clerkParagraphs(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const m = /^(（[一二三四五六七八九十]+）[^。！？]*[。！？]?)(.*)$/.exec(line)
      return m ? heading(2, m[1], m[2] === '' ? undefined : m[2]) : body(line)
    })
}

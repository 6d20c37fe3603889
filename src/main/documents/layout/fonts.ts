import { TextRun, type IRunOptions } from 'docx'
import { splitByGb2312 } from './gb2312'

/**
 * The typefaces of GB/T 9704-2012 by role, named as Windows and WPS know them (domain.md §1.9). Each role
 * has a GB2312 face (the one the standard's practice names) and a GBK face of the same design for hanzi
 * outside GB 2312 — 垵 in 新垵村, 墘 in 后墘社 — which the GB2312 faces lack. Without it Word would set
 * those characters in a font of its own choosing, in the middle of a line of 仿宋.
 *
 * Decision: split every run at GB 2312 boundaries and give only the outside characters the GBK face
 * (仿宋, 楷体, 方正小标宋_GBK). 仿宋_GB2312 and 仿宋 are the same 中易 design, so the line reads as one
 * typeface, while everything else keeps the face a reviewer expects to see named.
 */
export const FONT_ROLES = {
  /** 正文, 三级/四级标题, 主送, 署名, 日期, 版记, tables. */
  fangsong: { gb2312: '仿宋_GB2312', gbk: '仿宋' },
  /** 标题, 发文机关标志, 简报 name. */
  xiaobiaosong: { gb2312: '方正小标宋简体', gbk: '方正小标宋_GBK' },
  /** 二级标题 （一）. */
  kaiti: { gb2312: '楷体_GB2312', gbk: '楷体' },
  /** 一级标题 一、, 附件 label, table heads. SimHei already covers GBK. */
  heiti: { gb2312: '黑体', gbk: '黑体' },
  /** 页码 "— 1 —" (4号半角宋体). SimSun covers GBK. */
  song: { gb2312: '宋体', gbk: '宋体' }
} as const

export type FontRole = keyof typeof FONT_ROLES

/** Latin letters and digits: Times New Roman, the common local rule (domain.md §1.8). */
export const LATIN_FONT = 'Times New Roman'

/** Half-points, as docx sizes are written: 3号 16 pt → 32. */
export const SIZE = {
  chu: 84, // 初号 42 pt
  xiaochu: 72, // 小初 36 pt
  er: 44, // 2号 22 pt
  san: 32, // 3号 16 pt
  si: 28, // 4号 14 pt
  xiaosi: 24, // 小四 12 pt
  wu: 21 // 五号 10.5 pt
} as const

export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'font'>

/** The font attributes of one piece: east-Asian face by role, Latin in Times New Roman (宋体 for 页码). */
export function fontOf(role: FontRole, gbk: boolean): IRunOptions['font'] {
  const eastAsia = gbk ? FONT_ROLES[role].gbk : FONT_ROLES[role].gb2312
  const latin = role === 'song' ? '宋体' : LATIN_FONT
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia }
}

/** Text in one role, split so that GBK-only hanzi get the role's GBK face. */
export function runs(text: string, role: FontRole, style: RunStyle = {}): TextRun[] {
  return splitByGb2312(text).map(
    (piece) => new TextRun({ ...style, text: piece.text, font: fontOf(role, piece.gbk) })
  )
}

/**
 * Text in a paragraph whose style already sets this role's faces and size (the table cell styles of
 * pack.ts): GB 2312 pieces carry no run properties at all, GBK-only hanzi only the role's GBK face. A
 * 1,700-row 附件 stays quick to write and small.
 */
export function styledRuns(text: string, role: FontRole): TextRun[] {
  return splitByGb2312(text).map((piece) =>
    piece.gbk
      ? new TextRun({ text: piece.text, font: { eastAsia: FONT_ROLES[role].gbk } })
      : new TextRun(piece.text)
  )
}

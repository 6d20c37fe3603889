import type { IParagraphStyleOptions } from 'docx'
import { fontOf, SIZE } from './fonts'

/** The type sizes tables are set in: 小四 in the 正文, 五号 for long lists such as an 附件. */
export const TABLE_SIZES = [SIZE.xiaosi, SIZE.wu] as const
export type TableSize = (typeof TABLE_SIZES)[number]

export function tableStyleIds(size: TableSize): { cell: string; head: string } {
  return { cell: `GbCell${size}`, head: `GbHead${size}` }
}

/**
 * Paragraph styles for table cells: 仿宋 (head rows 黑体) at the table's size, not condensed, on an exact
 * line a little above the type size — tables keep their own rhythm, off the 3号 line pitch. The cells
 * then carry no run properties of their own (fonts.ts styledRuns).
 */
export function tableParagraphStyles(): IParagraphStyleOptions[] {
  return TABLE_SIZES.flatMap((size) => {
    const paragraph = {
      spacing: { line: Math.round(size * 10 * 1.35), lineRule: 'exact' as const, before: 0, after: 0 }
    }
    const { cell, head } = tableStyleIds(size)
    return [
      {
        id: cell,
        name: `表格正文 ${size / 2}磅`,
        basedOn: 'Normal',
        paragraph,
        run: { size, characterSpacing: 0, font: fontOf('fangsong', false) }
      },
      {
        id: head,
        name: `表格标题 ${size / 2}磅`,
        basedOn: 'Normal',
        paragraph,
        run: { size, characterSpacing: 0, font: fontOf('heiti', false) }
      }
    ]
  })
}

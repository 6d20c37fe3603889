import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType
} from 'docx'
import { runs, SIZE, styledRuns, type FontRole } from './fonts'
import { tableStyleIds, type TableSize } from './table-styles'
import { TEXT_WIDTH } from './page'

export interface Column {
  title: string
  /** Relative width; the columns share the 版心's 156 mm. */
  weight: number
  align?: 'left' | 'center' | 'right'
}

export interface TableOptions {
  /** 小四 (the default) for tables in the 正文, 五号 for long lists; see TABLE_SIZES. */
  size?: TableSize
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const

function cellParagraph(text: string, style: string, role: FontRole, align: Column['align']) {
  return new Paragraph({ style, alignment: ALIGN[align ?? 'center'], children: styledRuns(text, role) })
}

/**
 * A ruled table as wide as the 版心: head row in 黑体 repeated on every page, body in 仿宋, rows that do
 * not split across pages.
 */
export function dataTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {}
): Table {
  const size = options.size ?? SIZE.xiaosi
  const { cell, head: headStyle } = tableStyleIds(size)
  const total = columns.reduce((sum, c) => sum + c.weight, 0)
  const widths = columns.map((c) => Math.floor((TEXT_WIDTH * c.weight) / total))
  widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0)
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i], type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          children: [cellParagraph(c.title, headStyle, 'heiti', 'center')]
        })
    )
  })
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map(
          (text, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.CENTER,
              children: [cellParagraph(text, cell, 'fangsong', columns[i].align)]
            })
        )
      })
  )
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { top: 50, bottom: 50, left: 60, right: 60 },
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE
    },
    rows: [head, ...body]
  })
}

/** Notes right under a table (五号仿宋, tight lines), such as the provisional-calendar footnote. */
export function tableFootnotes(notes: readonly string[]): Paragraph[] {
  return notes.map(
    (note) =>
      new Paragraph({
        spacing: { before: 60, after: 120, line: 320, lineRule: 'exact' },
        children: runs(note, 'fangsong', { size: SIZE.wu, characterSpacing: 0 })
      })
  )
}

import { formatChineseDate, type IsoDate } from '../../shared/civil-date'
import { blank, body, signature, title } from '../documents/layout/blocks'
import { gbSection } from '../documents/layout/page'
import { packDocument } from '../documents/layout/pack'
import { dataTable, tableFootnotes } from '../documents/layout/tables'

export interface ContentsLine {
  number: string
  /** The file or folder name in the pack. */
  name: string
  files: number
  detail: string
}

export interface ContentsInput {
  meetingTitle: string
  meetingDate: IsoDate
  asOf: IsoDate
  /** ISO time the data was read (2026-12-04T18:05:11+08:00). */
  snapshotAt: string
  officeName: string
  lines: readonly ContentsLine[]
}

/** 2026年12月4日 18时05分 from an ISO time with offset, as read on the clerk's own clock. */
export function snapshotText(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(iso)
  if (!m) return iso
  return `${formatChineseDate(m[1])} ${m[2]}时${m[3]}分`
}

/**
 * 00 材料目录: a GB/T 9704 page naming the meeting, then each part with its file count and what it holds.
 * It lists files, not pages: the app cannot lay out a .docx the way Word will (LibreOffice is not there at
 * run time, and a page count guessed from line arithmetic would be wrong whenever a table row wraps), and
 * a count the leaders can check beats a page number that is off by one.
 */
export function buildContents(input: ContentsInput): Promise<Buffer> {
  const rows = input.lines.map((l) => [l.number, l.name.replace(/^\d{2} /, ''), `${l.files}个`, l.detail])
  const total = input.lines.reduce((sum, l) => sum + l.files, 0)
  const children = [
    title([input.meetingTitle, '材料目录']),
    ...blank(1),
    body(
      `会议日期：${formatChineseDate(input.meetingDate)}；统计截止日期：${formatChineseDate(input.asOf)}；除本目录外共${input.lines.length}项材料、${total}个文件。`
    ),
    ...blank(1),
    dataTable(
      [
        { title: '序号', weight: 8 },
        { title: '材料', weight: 38, align: 'left' },
        { title: '文件数', weight: 10 },
        { title: '内容', weight: 44, align: 'left' }
      ],
      rows
    ),
    ...tableFootnotes([
      `数据快照时间：${snapshotText(input.snapshotAt)}。各材料中的数字均取自这一时刻的数据，彼此一致。`
    ]),
    ...signature(input.officeName, formatChineseDate(input.meetingDate))
  ]
  return packDocument({ title: `${input.meetingTitle}材料目录`, creator: input.officeName }, [
    gbSection(children)
  ])
}

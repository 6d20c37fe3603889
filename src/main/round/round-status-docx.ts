import { AlignmentType, Paragraph } from 'docx'
import { formatChineseDate, type IsoDate } from '../../shared/civil-date'
import type { RoundBoard, RoundBoardUnit, RoundUnitState } from '../../shared/contract/round'
import { ROUND_UNIT_STATE_LABEL } from '../../shared/contract/round'
import { blank, body, heading, signature, title } from '../documents/layout/blocks'
import { runs, SIZE } from '../documents/layout/fonts'
import { packDocument } from '../documents/layout/pack'
import { gbSection, PAGE } from '../documents/layout/page'
import { dataTable, tableFootnotes } from '../documents/layout/tables'
import { firstLevel } from '../documents/wording'
import { reportingSummary } from './round-board'

export interface RoundStatusInput {
  board: RoundBoard
  /** The round's own 统计截止日期 (the date its figures stand at), not the date returns are counted to. */
  roundAsOf: IsoDate
  /** Returns counted up to this date (the 简报's 印发日期 in a pack), printed as 截至. */
  until: IsoDate
  officeName: string
  /** The 落款's date. */
  issuedOn: IsoDate
}

/** Who the leaders look at first: 未报, then 退回 and late, then the undecided, the accepted last. */
const ORDER: Record<RoundUnitState, number> = { missing: 0, returned: 1, late: 2, reported: 3, accepted: 4 }

export function statusOrder(units: readonly RoundBoardUnit[]): RoundBoardUnit[] {
  return units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => ORDER[a.u.state] - ORDER[b.u.state] || a.i - b.i)
    .map(({ u }) => u)
}

function onTimeCell(u: RoundBoardUnit): string {
  return u.onTime === null ? '—' : u.onTime ? '是' : '否'
}

export function statusTitle(board: RoundBoard): string[] {
  return [board.title, '报送情况']
}

/**
 * 报送情况 of a reporting round: the sentence the 简报 prints, the counts by state, and every unit in one
 * table, the units yet to report first. A meeting material on the GB/T 9704 page, not a 公文: no 文号.
 */
export function buildRoundStatus(input: RoundStatusInput): Promise<Buffer> {
  const { board } = input
  const c = board.counts
  const units = statusOrder(board.units)
  const children = [
    title(statusTitle(board)),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: PAGE.linePitch, lineRule: 'exact', before: 0, after: 0 },
      children: runs(
        `（统计截止日期${formatChineseDate(input.roundAsOf)}，报送截止日期${formatChineseDate(board.due)}）`,
        'kaiti',
        { size: SIZE.san }
      )
    }),
    ...blank(1),
    heading(1, `${firstLevel(1)}总体情况`),
    body(reportingSummary(board, input.until)),
    body(
      `其中已采纳${c.accepted}个、已退回修改${c.returned}个、已报待审核${c.reported}个、逾期报送待审核${c.late}个、未报送${c.missing}个。`
    ),
    heading(1, `${firstLevel(2)}各单位报送情况`),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { line: 400, lineRule: 'exact' },
      children: runs('表1　各单位报送情况', 'heiti', { size: SIZE.xiaosi, characterSpacing: 0 })
    }),
    dataTable(
      [
        { title: '序号', weight: 8 },
        { title: '单位', weight: 34, align: 'left' },
        { title: '填报事项', weight: 11 },
        { title: '报送情况', weight: 14 },
        { title: '最近报送', weight: 15 },
        { title: '按时报送', weight: 10 },
        { title: '报送次数', weight: 10 }
      ],
      units.map((u, i) => [
        String(i + 1),
        u.unit,
        String(u.items),
        ROUND_UNIT_STATE_LABEL[u.state],
        u.returnedAt ?? '—',
        onTimeCell(u),
        String(u.returns)
      ]),
      { size: SIZE.wu }
    ),
    ...tableFootnotes([
      `按时报送：首次报送不晚于报送截止日期；报送情况以${formatChineseDate(input.until)}（含）前收到的填报表为准。`
    ]),
    ...signature(input.officeName, formatChineseDate(input.issuedOn))
  ]
  return packDocument({ title: statusTitle(board).join(''), creator: input.officeName }, [
    gbSection(children)
  ])
}

import { AlignmentType, Paragraph } from 'docx'
import { formatChineseDate, type IsoDate } from '../../shared/civil-date'
import type { NoticeKind } from '../../shared/contract'
import {
  addressee,
  attachmentLabel,
  attachmentNote,
  blank,
  body,
  heading,
  RED,
  redRule,
  signature,
  title
} from '../documents/layout/blocks'
import { colophon, type ColophonLine } from '../documents/layout/colophon'
import { runs, SIZE } from '../documents/layout/fonts'
import { gbSection, TEXT_WIDTH } from '../documents/layout/page'
import { packDocument } from '../documents/layout/pack'
import { dataTable, tableFootnotes } from '../documents/layout/tables'
import { provisionalFootnotes } from '../calendar/provisional-text'
import { overdueCell } from '../documents/wording'
import type { NoticeLine } from './notice-plan'

/** Everything a 督办通知 or 催办通知 prints. */
export interface NoticeContent {
  kind: NoticeKind
  number: string
  /** The title's lines (see NOTICE_TITLES). */
  title: readonly string[]
  officeName: string
  officeShortName: string
  planName: string
  unit: string
  asOf: IsoDate
  issuedOn: IsoDate
  replyDue: IsoDate
  lines: readonly NoticeLine[]
  cites: { number: string; title: string; issuedOn: IsoDate; replyDue: IsoDate } | null
  contact: { person: string; phone: string }
  copyTo: string
  /** Years with no official calendar that the notice's counts run into; a footnote names them. */
  provisionalYears: readonly number[]
}

/** The 发文机关标志 at up to 42 pt per character (the 1999 edition's 15 mm), smaller for long names. */
function emblemSize(name: string): number {
  return Math.max(20, Math.min(42, Math.floor(TEXT_WIDTH / 20 / [...name].length))) * 2
}

/**
 * 版头 of the 文件格式 (domain.md §1.3, shared with the 测评通报): the 发文机关标志 in red 小标宋 with its top 35 mm below the 版心's
 * top, the 发文字号 centred two lines below it, and the red separator 4 mm below the 发文字号.
 */
export function letterhead(c: Pick<NoticeContent, 'officeName' | 'number'>): Paragraph[] {
  const size = emblemSize(c.officeName)
  const lineHeight = Math.round(size * 10 * 1.2)
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      // 35 mm = 1984 twips to the top of the characters; the exact line adds (line − size) / 2 above them.
      spacing: {
        before: 1984 - Math.round((lineHeight - size * 10) / 2),
        after: 0,
        line: lineHeight,
        lineRule: 'exact'
      },
      children: runs(c.officeName, 'xiaobiaosong', { size, color: RED, characterSpacing: 0 })
    }),
    ...blank(2),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 579, lineRule: 'exact', before: 0, after: 0 },
      border: redRule(12, 11),
      children: runs(c.number, 'fangsong', { size: SIZE.san })
    })
  ]
}

function openingParagraph(c: NoticeContent): string {
  const date = formatChineseDate(c.asOf)
  if (c.kind === 'reminder' && c.cites) {
    const open = c.lines.filter((l) => l.light !== null).length
    return (
      `${formatChineseDate(c.cites.issuedOn)}，我办印发《${c.cites.title}》（${c.cites.number}），请你单位于` +
      `${formatChineseDate(c.cites.replyDue)}（含）前书面反馈办理情况。截至${date}，我办尚未收到你单位书面反馈，` +
      `所列${c.lines.length}项事项中仍有${open}项未办结（详见附件）。现予催办，有关要求如下：`
    )
  }
  const red = c.lines.filter((l) => l.light === 'red').length
  const yellow = c.lines.filter((l) => l.light === 'yellow').length
  const parts = [red > 0 ? `${red}项已超过完成时限尚未办结` : '', yellow > 0 ? `${yellow}项临近完成时限` : '']
  return (
    `根据《${c.planName}》工作安排，经对照工作台账核查，截至${date}，你单位负责的城中村现代化治理事项中，` +
    `${parts.filter(Boolean).join('，')}（详见附件）。现予督办，有关要求如下：`
  )
}

function requirements(c: NoticeContent): Paragraph[] {
  const due = `${formatChineseDate(c.replyDue)}（含）前`
  if (c.kind === 'reminder')
    return [
      heading(
        1,
        '一、立即书面反馈。',
        `请于${due}将办理情况书面反馈至${c.officeShortName}，并加盖单位公章；逾期仍未反馈的，将按规定予以书面通报批评。`
      ),
      heading(1, '二、加快整改落实。', '对尚未办结的事项，请明确责任人和完成时限，倒排工期，确保整改到位。'),
      heading(1, '三、严肃考评问效。', '本次催办及整改情况将纳入年度文明创建考评。')
    ]
  return [
    heading(
      1,
      '一、高度重视，限期整改。',
      '请对照附件所列事项，逐项分析原因，倒排工期，明确责任人和完成时限，加快推进整改落实。'
    ),
    heading(
      1,
      '二、按时书面反馈。',
      `请于${due}将办理情况书面反馈至${c.officeShortName}，一事一文，由单位主要负责同志审签并加盖公章，` +
        '不得以个人名义反馈。确因客观原因不能按期办结的，请在反馈期限届满前书面说明原因、整改措施和预计完成时间。'
    ),
    heading(1, '三、严格督查问效。', '对逾期未反馈或整改不到位的，将予以通报，并纳入年度文明创建考评。')
  ]
}

function attachmentTable(c: NoticeContent) {
  return dataTable(
    [
      // Widths in mm of the 156 mm 版心, sized for 小四: a date such as 2025年10月13日 on one line, with
      // the space Word and LibreOffice add between digits and hanzi.
      { title: '序号', weight: 11 },
      { title: '事项', weight: 32, align: 'left' },
      { title: '村/任务', weight: 40, align: 'left' },
      { title: '原定时限', weight: 36 },
      { title: '逾期工作日', weight: 23 },
      { title: '督办次数', weight: 14 }
    ],
    c.lines.map((l, i) => [
      String(i + 1),
      l.title,
      l.place,
      l.deadline ? formatChineseDate(l.deadline) : '长期',
      overdueCell(l.statusLabel, l.light),
      String(l.supervisionCount)
    ]),
    { size: SIZE.xiaosi }
  )
}

export const ATTACHMENT_NAME: Record<NoticeKind, string> = {
  supervision: '督办事项清单',
  reminder: '催办事项清单'
}

/** A 督办通知 or 催办通知 in the GB/T 9704 文件格式, its items in an 附件 table, with the 版记. */
export async function buildNotice(c: NoticeContent): Promise<Buffer> {
  const copy: ColophonLine[] = c.copyTo ? [{ left: `抄送：${c.copyTo.replace(/[。.]$/, '')}。` }] : []
  const contact =
    c.contact.person && c.contact.phone
      ? [body(`联系人：${c.contact.person}，联系电话：${c.contact.phone}。`)]
      : []
  const children = [
    ...letterhead(c),
    ...blank(2),
    title(c.title),
    ...blank(1),
    addressee(c.unit),
    body(openingParagraph(c)),
    ...requirements(c),
    ...contact,
    ...blank(1),
    ...attachmentNote([ATTACHMENT_NAME[c.kind]]),
    ...signature(c.officeName, formatChineseDate(c.issuedOn)),
    attachmentLabel('附件'),
    ...blank(1),
    title(ATTACHMENT_NAME[c.kind]),
    ...blank(1),
    attachmentTable(c),
    ...tableFootnotes(provisionalFootnotes(c.provisionalYears)),
    ...colophon([
      ...(copy.length > 0 ? [copy] : []),
      [{ left: c.officeName, right: `${formatChineseDate(c.issuedOn)}印发` }]
    ])
  ]
  return packDocument({ title: `${c.number} ${c.title.join('')}`, creator: c.officeShortName }, [
    gbSection(children)
  ])
}

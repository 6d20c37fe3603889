import { formatChineseDate, type IsoDate } from '../../shared/civil-date'
import {
  addressee,
  attachmentLabel,
  attachmentNote,
  blank,
  body,
  heading,
  signature,
  title
} from '../documents/layout/blocks'
import { colophon } from '../documents/layout/colophon'
import { SIZE } from '../documents/layout/fonts'
import { packDocument } from '../documents/layout/pack'
import { gbSection } from '../documents/layout/page'
import { dataTable } from '../documents/layout/tables'
import { letterhead } from '../notice/notice-docx'
import type { RoundItemKind } from '../../shared/contract/round'

/** What every round document prints in its 版头 and 落款 (the same GB/T 9704 layout as the 督办通知). */
export interface RoundOffice {
  officeName: string
  officeShortName: string
  contact: string
}

interface RoundFacts {
  title: string
  asOf: IsoDate
  due: IsoDate
}

function contactParagraph(office: RoundOffice) {
  return office.contact ? [body(`联系人及电话：${office.contact}。`)] : []
}

async function pack(
  office: RoundOffice,
  number: string,
  docTitle: string,
  children: ReturnType<typeof body>[] | unknown[],
  issuedOn: IsoDate
): Promise<Buffer> {
  const all = [
    ...letterhead({ officeName: office.officeName, number }),
    ...blank(2),
    ...(children as ReturnType<typeof body>[]),
    ...colophon([[{ left: office.officeName, right: `${formatChineseDate(issuedOn)}印发` }]])
  ]
  return packDocument({ title: docTitle, creator: office.officeShortName }, [gbSection(all)])
}

const WORK_FILL =
  '请逐项填写本期进展、存在问题、下步计划、状态、完成百分比，已办结的填写办结日期并说明佐证材料；有可复制推广的好做法，请填写亮点做法。'
const PROBLEM_FILL =
  '交办的测评问题逐个填写整改措施和效果，已整改到位的，状态选“已办结”并填写整改完成日期，经本办复核通过后销号；尚未整改到位的，写明下步计划和完成时间。'

/**
 * What the notice asks for, by what the round asks about (the work, the 测评问题, or both): the subject
 * and the report of its opening sentence, and 一、填报内容 (a problem has no 完成百分比 to fill).
 */
function askedFor(kinds: readonly RoundItemKind[]): { subject: string; report: string; fill: string } {
  const work = kinds.some((k) => k !== 'problems')
  const problems = kinds.includes('problems')
  const fill =
    '各单位填报表已按单位分别生成，列明本单位负责的事项。' +
    (work ? WORK_FILL : '') +
    (problems ? PROBLEM_FILL : '')
  if (!problems) return { subject: '城中村现代化治理各项工作进展', report: '工作进展情况', fill }
  return work
    ? { subject: '城中村现代化治理各项工作进展和测评问题整改情况', report: '工作进展和问题整改情况', fill }
    : { subject: '常态长效测评交办问题整改情况', report: '问题整改情况', fill }
}

/** 填报通知: what to report, for which period, by when, how to return, contact; the units in an 附件 table. */
export function fillNotice(
  office: RoundOffice,
  round: RoundFacts & { itemKinds: readonly RoundItemKind[] },
  number: string,
  issuedOn: IsoDate,
  units: readonly { unit: string; items: number; file: string }[]
): Promise<Buffer> {
  const docTitle = `关于报送${round.title}的通知`
  const asked = askedFor(round.itemKinds)
  return pack(
    office,
    number,
    docTitle,
    [
      title(docTitle),
      ...blank(1),
      addressee('各有关单位'),
      body(
        `为及时掌握${asked.subject}，现请各单位报送截至${formatChineseDate(round.asOf)}的${asked.report}。有关事项通知如下：`
      ),
      heading(1, '一、填报内容。', asked.fill),
      heading(
        1,
        '二、填报要求。',
        '请勿修改表中灰色单元格，勿增删行、调整列或合并单元格；表格经单位主要负责同志审核后报送。'
      ),
      heading(
        1,
        '三、报送时间和方式。',
        `请于${formatChineseDate(round.due)}（含）前将填好的填报表（.xlsx，文件名可修改）报送至${office.officeShortName}。逾期未报的，将予以催报并在报送情况中通报。`
      ),
      ...contactParagraph(office),
      ...blank(1),
      ...attachmentNote(['填报单位及事项清单']),
      ...signature(office.officeName, formatChineseDate(issuedOn)),
      attachmentLabel('附件'),
      ...blank(1),
      title('填报单位及事项清单'),
      ...blank(1),
      dataTable(
        [
          { title: '序号', weight: 12 },
          { title: '单位', weight: 60, align: 'left' },
          { title: '事项数', weight: 18 },
          { title: '填报表', weight: 66, align: 'left' }
        ],
        units.map((u, i) => [String(i + 1), u.unit, String(u.items), u.file]),
        { size: SIZE.xiaosi }
      )
    ],
    issuedOn
  )
}

/** 退回说明: which return is sent back and what to fix, item by item, and by when to resubmit. */
export function returnNote(
  office: RoundOffice,
  round: RoundFacts,
  unit: string,
  issuedOn: IsoDate,
  reason: string,
  items: readonly { code: string; title: string; reason: string }[],
  fileName: string
): Promise<Buffer> {
  const docTitle = `关于退回${unit}${round.title}填报表的说明`
  const children = [
    title(docTitle),
    ...blank(1),
    addressee(unit),
    body(
      `你单位报送的${round.title}填报表${fileName ? `（${fileName}）` : ''}经审核，存在以下问题，现予退回。请修改后重新报送。`
    ),
    ...(reason ? [heading(1, '一、总体意见。', reason)] : []),
    ...(items.length > 0
      ? [heading(1, `${reason ? '二' : '一'}、需修改的事项。`, `共${items.length}项，详见附件。`)]
      : []),
    body(
      `请于收到本说明后尽快修改，并在${formatChineseDate(round.due)}前（已过期的，请于3个工作日内）重新报送。`
    ),
    ...contactParagraph(office),
    ...blank(1),
    ...(items.length > 0 ? attachmentNote(['需修改事项清单']) : []),
    ...signature(office.officeName, formatChineseDate(issuedOn)),
    ...(items.length > 0
      ? [
          attachmentLabel('附件'),
          ...blank(1),
          title('需修改事项清单'),
          ...blank(1),
          dataTable(
            [
              { title: '序号', weight: 12 },
              { title: '编号', weight: 24 },
              { title: '事项', weight: 60, align: 'left' },
              { title: '退回原因', weight: 60, align: 'left' }
            ],
            items.map((it, i) => [String(i + 1), it.code, it.title, it.reason]),
            { size: SIZE.xiaosi }
          )
        ]
      : [])
  ]
  return pack(office, '', docTitle, children, issuedOn)
}

/** 催报通知: numbered in the reminder series, to one unit that has not reported after the due date. */
export function chaseNotice(
  office: RoundOffice,
  round: RoundFacts & { openedOn: IsoDate },
  unit: string,
  number: string,
  issuedOn: IsoDate,
  items: number
): Promise<Buffer> {
  const docTitle = `关于报送${round.title}的催报通知`
  return pack(
    office,
    number,
    `${number} ${docTitle}`,
    [
      title(docTitle),
      ...blank(1),
      addressee(unit),
      body(
        `${formatChineseDate(round.openedOn)}，我办通知各有关单位于${formatChineseDate(round.due)}（含）前报送${round.title}（你单位共${items}项）。截至${formatChineseDate(issuedOn)}，我办尚未收到你单位报送的填报表。现予催报，有关要求如下：`
      ),
      heading(1, '一、立即报送。', `请于收到本通知后2个工作日内将填报表报送至${office.officeShortName}。`),
      heading(1, '二、严肃报送纪律。', '逾期仍未报送的，将在报送情况中予以通报，并纳入年度文明创建考评。'),
      ...contactParagraph(office),
      ...blank(1),
      ...signature(office.officeName, formatChineseDate(issuedOn))
    ],
    issuedOn
  )
}

import { formatChineseDate, type IsoDate } from '../../../shared/civil-date'
import type { ProblemRow } from '../../../shared/contract/assessment'
import { addressee, blank, body, heading, signature, title } from '../../documents/layout/blocks'
import { SIZE } from '../../documents/layout/fonts'
import { packDocument } from '../../documents/layout/pack'
import { gbSection } from '../../documents/layout/page'
import { dataTable } from '../../documents/layout/tables'
import { problemText } from './problem-text'

export interface HandoverContent {
  round: string
  unit: string
  officeName: string
  officeShortName: string
  issuedOn: IsoDate
  problems: readonly ProblemRow[]
}

/**
 * 问题整改交办单 for one responsible unit: the problems handed to it in a round, each with its 位置 and 时限, and
 * what to send back (整改说明 for 申请销号). GB/T 9704 page, no 版头 (it travels with the 通报).
 */
export async function buildHandover(c: HandoverContent): Promise<Buffer> {
  const due = [...new Set(c.problems.map((p) => p.deadline).filter((d): d is IsoDate => d !== null))].sort()
  const children = [
    title([`${c.round}城中村常态长效测评`, '问题整改交办单']),
    ...blank(1),
    addressee(c.unit),
    body(
      `${c.round}城中村常态长效测评中，发现你单位负责整改的问题${c.problems.length}个（见下表），现予交办。` +
        (due.length > 0
          ? `请于${formatChineseDate(due[due.length - 1])}（含）前按各问题的整改时限完成整改，`
          : '') +
        `整改完成后填写整改说明，向${c.officeShortName}申请销号，经复核通过后销号。`
    ),
    heading(1, '一、整改问题清单'),
    dataTable(
      [
        { title: '序号', weight: 8 },
        { title: '点位', weight: 22, align: 'left' },
        { title: '问题', weight: 40, align: 'left' },
        { title: '整改时限', weight: 22 },
        { title: '扣分', weight: 8 }
      ],
      c.problems.map((p, i) => [
        String(i + 1),
        `${p.areaPath.split('·').slice(-1)[0]}·${p.point}`,
        problemText(p),
        p.deadline ? formatChineseDate(p.deadline) : '—',
        String(p.deduction)
      ]),
      { size: SIZE.wu }
    ),
    heading(1, '二、工作要求'),
    body('请逐项落实整改责任人和整改措施；逾期未整改或复核未通过的，将在下一期测评通报中予以通报。'),
    ...blank(1),
    ...signature(c.officeName, formatChineseDate(c.issuedOn))
  ]
  return packDocument({ title: `${c.unit} 问题整改交办单`, creator: c.officeShortName }, [
    gbSection(children)
  ])
}

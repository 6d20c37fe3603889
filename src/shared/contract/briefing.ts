import { z } from 'zod'
import type { IsoDate } from '../civil-date'
import type { ChosenFile } from '../file-purposes'
import { fileRef } from './file'
import { dateField, idField } from './labelled-fields'
import { mutation, query } from './define'
import type { Summary } from './ledger'
import type { RoundHighlight } from './round'

/**
 * The 工作简报 for leadership meetings (issue 5). Generating writes a file the clerk chose (a handle from
 * file.chooseSave) and records the issue, in one audited transaction.
 */

/** One district's line in 各区进展; rates are percentages with one decimal. */
export interface DistrictProgress {
  districtId: number
  district: string
  villages: number
  items: number
  done: number
  doneOnTime: number
  red: number
  yellow: number
  /** 完成率 = 已办结 ÷ 事项数. */
  completionRate: number
  /** 按期率 = 按期办结 ÷ (已办结 + 逾期未办结): of the items that were due, the share done in time. */
  onTimeRate: number
  rank: number
  /** The district's rank in the previous issue, null when there is none to compare with. */
  previousRank: number | null
}

/** One open item in a list of what is overdue or due soon (简报 附件, 督办 附件). */
export interface WorkItemLine {
  kind: 'village-item' | 'task'
  id: number
  /** 事项: the governance item's name, or the task's code and title. */
  title: string
  /** 村/任务: 区·镇(街)·村 for a village item, the task's group for a task. */
  place: string
  district: string | null
  unit: string
  deadline: IsoDate | null
  light: 'red' | 'yellow'
  workdaysLeft: number
  /** 逾期5个工作日 / 剩2个工作日. */
  label: string
  /** 督办次数 so far (notices that listed this item). */
  supervisionCount: number
}

export interface BriefingChanges {
  previous: { year: number; issueNo: number; asOf: IsoDate }
  completionRateBefore: number
  newlyDone: number
  newlyDoneByDistrict: { district: string; count: number }[]
  newlyOverdue: number
  /** The newly overdue items, most overdue first (the document lists at most ten). */
  newlyOverdueItems: WorkItemLine[]
  /** Overdue in the previous issue and done now. */
  overdueResolved: number
}

export interface BriefingPreview {
  asOf: IsoDate
  year: number
  issueNo: number
  issuedOn: IsoDate
  /** True when this 期号 was issued before: exporting replaces its record. */
  replacesIssue: boolean
  briefingName: string
  title: string
  summary: Summary
  completionRate: number
  onTimeRate: number
  districts: DistrictProgress[]
  changes: BriefingChanges | null
  due: { red: number; yellow: number; topUnits: { unit: string; red: number; yellow: number }[] }
  /** Prefilled from the progress reports; one paragraph per line, editable before export. */
  problems: string
  nextSteps: string
  /**
   * 测评情况 of the latest scored 测评 round (issue 16), one string a paragraph, printed unless switched
   * off; null when no round has results. The page numbers the sections with shared/briefing-sections.
   */
  assessment: string[] | null
  /**
   * The 报送情况 paragraph ("报送情况：…") of the reporting round with this 统计截止日期 (issue 15), printed under 总体进展
   * unless the clerk switches it off; null when no round speaks for the date.
   */
  reporting: string | null
  /** Accepted 亮点做法 of that round, for the clerk to pick the ones the 工作亮点 section prints. */
  highlights: RoundHighlight[]
}

export interface BriefingIssueRow {
  id: number
  year: number
  issueNo: number
  asOf: IsoDate
  issuedOn: IsoDate
  title: string
  completionRate: number
  updatedAt: string
}

export interface BriefingExportResult {
  file: ChosenFile
  issue: BriefingIssueRow
}

const issueNo = z
  .number({ error: '期号应为1到999之间的整数' })
  .int({ error: '期号应为1到999之间的整数' })
  .min(1, { error: '期号应为1到999之间的整数' })
  .max(999, { error: '期号应为1到999之间的整数' })
const paragraphs = (label: string) =>
  z.string({ error: `${label}应为文字` }).max(8000, { error: `${label}不能超过8000个字` })
const asOf = dateField('统计截止日期')

/** What the clerk chooses beyond the text: 报送情况 and 测评情况 (on by default), and the 亮点 to print. */
export const briefingChoices = {
  reporting: z.boolean({ error: '报送情况应为是或否' }).optional(),
  assessment: z.boolean({ error: '测评情况应为是或否' }).optional(),
  highlights: z
    .array(idField('工作亮点'))
    .max(50, { error: '工作亮点最多选50条' })
    .refine((ids) => new Set(ids).size === ids.length, { error: '工作亮点有重复' })
    .optional()
}

export const briefingContract = {
  'briefing.preview': query<BriefingPreview>()(
    z.object({ asOf, issueNo: issueNo.optional(), issuedOn: dateField('印发日期').optional() }).strict()
  ),
  'briefing.export': mutation<BriefingExportResult>()(
    z
      .object({
        asOf,
        issueNo,
        issuedOn: dateField('印发日期'),
        problems: paragraphs('存在问题'),
        nextSteps: paragraphs('下步工作'),
        ...briefingChoices,
        target: fileRef
      })
      .strict()
  ),
  'briefing.list': query<BriefingIssueRow[]>()(z.object({}).strict())
}

import { z } from 'zod'
import type { IsoDate } from '../civil-date'
import type { ChosenFile } from '../file-purposes'
import { fileRef } from './file'
import { dateField } from './labelled-fields'
import { mutation, query } from './define'
import type { Summary } from './ledger'

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
  /** The section headings in order, for the preview. */
  sections: string[]
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
        target: fileRef
      })
      .strict()
  ),
  'briefing.list': query<BriefingIssueRow[]>()(z.object({}).strict())
}

import { z } from 'zod'
import type { IsoDate } from '../civil-date'
import type { ChosenFile } from '../file-purposes'
import { id } from '../schemas'
import { fileRef } from './files'
import { dateField, idField } from './labelled-fields'
import { mutation, query } from './define'
import type { Summary } from './ledger'

/**
 * Word documents (issue 5): the 工作简报 for leadership meetings, 督办通知 and 催办通知 with their 发文登记
 * register. Generating writes a file the clerk chose (a handle from file.chooseSave / chooseFolder) and
 * records what was issued, in one audited transaction.
 */

export const NOTICE_KINDS = ['supervision', 'reminder'] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]
export const NOTICE_KIND_LABEL: Record<NoticeKind, string> = { supervision: '督办通知', reminder: '催办通知' }

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

/** Which items a 督办通知 batch covers; a 催办通知 batch covers notices whose reply is overdue. */
export const noticeRequestSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('supervision'),
      selection: z.discriminatedUnion('mode', [
        z.object({ mode: z.literal('overdue') }).strict(),
        z
          .object({
            mode: z.literal('items'),
            villageItemIds: z.array(id).max(50_000).default([]),
            taskIds: z.array(id).max(5_000).default([])
          })
          .strict()
      ])
    })
    .strict(),
  z
    .object({
      kind: z.literal('reminder'),
      /** Only these notices (default: every notice whose reply is overdue and not yet chased). */
      noticeIds: z.array(id).max(5_000).optional()
    })
    .strict()
])
export type NoticeRequest = z.input<typeof noticeRequestSchema>

/** One notice to be issued: per responsible unit (督办), or per notice chased (催办). */
export interface NoticePlanGroup {
  /** unit:<id> for a 督办通知, notice:<id> for a 催办通知. */
  key: string
  unitId: number
  unit: string
  items: number
  red: number
  yellow: number
  /** The 发文字号 a 催办通知 cites. */
  cites: string | null
}

export interface NoticePlan {
  kind: NoticeKind
  asOf: IsoDate
  issuedOn: IsoDate
  replyDue: IsoDate
  replyWorkdays: number
  groups: NoticePlanGroup[]
  /** Items that cannot be addressed (no responsible unit), with the reason. */
  skipped: { title: string; reason: string }[]
  /** What the clerk should know before issuing (e.g. no contact person set). */
  warnings: string[]
}

export type ReplyState = 'replied' | 'waiting' | 'overdue'

export interface NoticeRegisterRow {
  id: number
  series: NoticeKind
  number: string
  year: number
  seq: number
  issuedOn: IsoDate
  asOf: IsoDate
  unitId: number | null
  unit: string
  title: string
  items: number
  replyDue: IsoDate
  repliedOn: IsoDate | null
  /** The 发文字号 this 催办通知 cites. */
  cites: string | null
  /** The 催办通知 that chased this notice, if any. */
  remindedBy: string | null
  replyState: ReplyState
  /** 已反馈（10月9日） / 剩3个工作日 / 逾期2个工作日 — as of the as-of date asked for. */
  replyLabel: string
}

export interface NoticeIssueResult {
  notices: NoticeRegisterRow[]
  files: ChosenFile[]
}

const issueNo = z
  .number({ error: '期号应为1到999之间的整数' })
  .int({ error: '期号应为1到999之间的整数' })
  .min(1, { error: '期号应为1到999之间的整数' })
  .max(999, { error: '期号应为1到999之间的整数' })
const paragraphs = (label: string) =>
  z.string({ error: `${label}应为文字` }).max(8000, { error: `${label}不能超过8000个字` })
const asOf = dateField('统计截止日期')

export const documentsContract = {
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
  'briefing.list': query<BriefingIssueRow[]>()(z.object({}).strict()),
  'notice.candidates': query<WorkItemLine[]>()(z.object({ asOf }).strict()),
  'notice.plan': query<NoticePlan>()(
    z.object({ asOf, issuedOn: dateField('发文日期'), request: noticeRequestSchema }).strict()
  ),
  /** Issues the notices of some groups of a plan (the page calls it in chunks to show progress). */
  'notice.issue': mutation<NoticeIssueResult>()(
    z
      .object({
        asOf,
        issuedOn: dateField('发文日期'),
        request: noticeRequestSchema,
        keys: z
          .array(z.string().regex(/^(unit|notice):\d{1,15}$/, { message: '通知分组无效' }))
          .min(1, { message: '请至少选择一个单位' })
          .max(500),
        folder: fileRef
      })
      .strict()
  ),
  'notice.list': query<NoticeRegisterRow[]>()(
    z.object({ asOf, year: z.number().int().min(1990).max(2199).optional() }).strict()
  ),
  'notice.markReplied': mutation<NoticeRegisterRow>()(
    z.object({ id: idField('通知'), repliedOn: dateField('反馈日期').nullable(), asOf }).strict()
  ),
  /** Writes the 发文登记 register as .xlsx into a chosen folder or to a chosen file. */
  'notice.exportRegister': query<ChosenFile>()(
    z
      .object({
        asOf,
        year: z.number().int().min(1990).max(2199).optional(),
        folder: fileRef.optional(),
        target: fileRef.optional()
      })
      .strict()
      .refine((v) => (v.folder === undefined) !== (v.target === undefined), {
        message: '请选择保存位置（文件夹或文件，二选一）'
      })
  )
}

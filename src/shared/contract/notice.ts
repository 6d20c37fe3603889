import { z } from 'zod'
import type { IsoDate } from '../civil-date'
import type { ChosenFile } from '../file-purposes'
import { id } from '../schemas'
import { fileRef } from './file'
import { dateField, idField } from './labelled-fields'
import { mutation, query } from './define'
import type { WorkItemLine } from './briefing'

/**
 * 督办通知 and 催办通知 with their 发文登记 register (issue 5). Issuing writes files into a folder the clerk
 * chose and registers each notice, in one audited transaction.
 */

export const NOTICE_KINDS = ['supervision', 'reminder'] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]
export const NOTICE_KIND_LABEL: Record<NoticeKind, string> = { supervision: '督办通知', reminder: '催办通知' }

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

const asOf = dateField('统计截止日期')

export const noticeContract = {
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

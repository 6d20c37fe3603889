import { z } from 'zod'
import type { IsoDate } from '../civil-date'
import { type WorkStatus } from '../domain'
import { mutation, query } from './define'
import { dateField, idField, percentField, textField } from './labelled-fields'

/** 进展填报 for tasks and village items. */

export type ProgressTargetKind = 'task' | 'village-item'
export interface ProgressTargetRef {
  kind: ProgressTargetKind
  id: number
}

export const progressTarget = z
  .object({
    kind: z.enum(['task', 'village-item'], { error: '填报对象应为任务或村治理事项' }),
    id: idField('填报对象')
  })
  .strict()

/** The item a report is about, as the dialog needs it. */
export interface ProgressTargetInfo {
  kind: ProgressTargetKind
  id: number
  title: string
  status: WorkStatus
  percent: number
  startDate: IsoDate | null
  deadline: IsoDate | null
  completedDate: IsoDate | null
  latestReportDate: IsoDate | null
}

export interface ProgressReport {
  id: number
  date: IsoDate
  text: string
  percent: number | null
  problems: string
  nextSteps: string
  createdAt: string
  /** This report closed the item: its date is the item's completion date. */
  completes: boolean
  /** The 填报 round whose accepted return wrote this report (and the unit that sent it); null when typed in. */
  round: { id: number; title: string; unit: string | null } | null
}

export const progressInputSchema = z
  .object({
    target: progressTarget,
    date: dateField('填报日期'),
    text: textField('进展情况', 2000, true),
    percent: percentField('完成进度').nullable().default(null),
    problems: textField('存在问题', 1000).default(''),
    nextSteps: textField('下步计划', 1000).default(''),
    /** 办结: the report's date becomes the completion date and the percent 100. */
    markDone: z.boolean().default(false)
  })
  .strict()

export type ProgressInput = z.output<typeof progressInputSchema>

export const progressContract = {
  'progress.target': query<ProgressTargetInfo>()(z.object({ target: progressTarget }).strict()),
  'progress.list': query<ProgressReport[]>()(z.object({ target: progressTarget }).strict()),
  'progress.add': mutation<{ id: number }>()(progressInputSchema)
}

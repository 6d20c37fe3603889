import { z } from 'zod'
import type { IsoDate } from '../civil-date'
import { mutation, query } from './define'
import { dateField, idField, textField, workdaysField } from './labelled-fields'

/** 倒排工期: steps scheduled backwards from a final deadline, saved as milestones. */

export const scheduleStepSchema = z
  .object({
    title: textField('步骤名称', 200, true),
    workdays: workdaysField('工期', 250)
  })
  .strict()

export type ScheduleStep = z.output<typeof scheduleStepSchema>

const scheduleSteps = z
  .array(scheduleStepSchema, { error: '请填写步骤' })
  .min(1, { error: '至少需要一个步骤' })
  .max(30, { error: '步骤最多30个' })

/** One step of a backward schedule: it runs on working days `start` … `due`. */
export interface ScheduledStep {
  seq: number
  title: string
  workdays: number
  start: IsoDate
  due: IsoDate
}

export interface BackwardSchedulePreview {
  /** The final deadline as entered. */
  deadline: IsoDate
  /** The last step's due date: the deadline, or the working day before it when it is a rest day. */
  finalDue: IsoDate
  /** The first working day of the first step: work must start by then. */
  start: IsoDate
  steps: ScheduledStep[]
  totalWorkdays: number
}

export const scheduleTargetSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('task'), id: idField('任务') }).strict(),
    z
      .object({
        kind: z.literal('village-items'),
        ids: z
          .array(idField('村治理事项'))
          .min(1, { error: '请至少选择一个村治理事项' })
          .max(20000, { error: '一次最多选择20000个村治理事项' })
      })
      .strict()
  ],
  { error: '倒排工期的对象应为任务或村治理事项' }
)

export type ScheduleTarget = z.output<typeof scheduleTargetSchema>

export interface ScheduleSaveResult {
  /** Milestones written. */
  created: number
  /** Milestones removed because the clerk chose 替换. */
  replaced: number
}

export const scheduleContract = {
  'schedule.preview': query<BackwardSchedulePreview>()(
    z.object({ deadline: dateField('最终完成时限'), steps: scheduleSteps }).strict()
  ),
  'schedule.save': mutation<ScheduleSaveResult>()(
    z
      .object({
        target: scheduleTargetSchema,
        deadline: dateField('最终完成时限'),
        steps: scheduleSteps,
        mode: z.enum(['replace', 'append'], { error: '请选择替换或追加现有时间节点' }),
        /** Also set the task's (or the village items') deadline to the final deadline. */
        setDeadline: z.boolean().default(false)
      })
      .strict()
  )
}

import { z } from 'zod'
import type { IsoDate } from '../civil-date'
import { PHASE_KEYS, WORK_STATUSES, type LightInfo, type PhaseKey, type WorkStatus } from '../domain'
import { isoDate } from '../schemas'
import { mutation, query } from './define'
import { dateField, idField, percentField, textField, workdaysField } from './labelled-fields'

/**
 * The clerk's daily work on the plan: editing tasks in 任务台账 (soft delete to 回收站), 进展填报 for tasks
 * and village items, 时间节点 and 倒排工期. Every mutation writes one audit row in its transaction.
 */

const unitNames = (label: string) =>
  z
    .array(textField(`${label}名称`, 60, true), { error: `${label}应为单位名称的列表` })
    .max(30, { error: `${label}最多30个` })

/** Every task field a clerk edits, each message naming the field (编号, 完成时限 …). */
export const taskEditFields = {
  code: textField('编号', 20, true).nullable(),
  phase: z.enum(PHASE_KEYS, { error: '阶段应为试点、攻坚或全覆盖' }).nullable(),
  group: textField('分类', 60),
  title: textField('任务名称', 500, true),
  measures: textField('工作措施', 2000),
  leadUnits: unitNames('牵头单位'),
  supportUnits: unitNames('配合单位'),
  leader: textField('责任领导', 60),
  areaId: idField('所属区域').nullable(),
  startDate: dateField('开始日期').nullable(),
  deadline: dateField('完成时限').nullable(),
  status: z.enum(WORK_STATUSES, { error: '状态应为未启动、推进中或已办结' }),
  percent: percentField('进度'),
  completedDate: dateField('办结日期').nullable(),
  note: textField('备注', 2000)
}

export type TaskEditField = keyof typeof taskEditFields

/** Chinese names of the fields, for audit summaries and messages. */
export const TASK_EDIT_LABEL: Record<TaskEditField, string> = {
  code: '编号',
  phase: '阶段',
  group: '分类',
  title: '任务名称',
  measures: '工作措施',
  leadUnits: '牵头单位',
  supportUnits: '配合单位',
  leader: '责任领导',
  areaId: '所属区域',
  startDate: '开始日期',
  deadline: '完成时限',
  status: '状态',
  percent: '进度',
  completedDate: '办结日期',
  note: '备注'
}

export const taskDraftSchema = z
  .object({
    code: taskEditFields.code.default(null),
    phase: taskEditFields.phase.default(null),
    group: taskEditFields.group.default(''),
    title: taskEditFields.title,
    measures: taskEditFields.measures.default(''),
    leadUnits: taskEditFields.leadUnits.default([]),
    supportUnits: taskEditFields.supportUnits.default([]),
    leader: taskEditFields.leader.default(''),
    areaId: taskEditFields.areaId.default(null),
    startDate: taskEditFields.startDate.default(null),
    deadline: taskEditFields.deadline.default(null),
    note: taskEditFields.note.default('')
  })
  .strict()

export type TaskDraft = z.output<typeof taskDraftSchema>

export const taskChangesSchema = z
  .object(taskEditFields)
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, { error: '没有要保存的修改' })

export type TaskChanges = z.output<typeof taskChangesSchema>

/** What the add-task dialog and the unit/area editors offer. */
export interface TaskFormOptions {
  units: { id: number; name: string }[]
  /** Group headings in use, in plan order (一、消防安全 …). */
  groups: string[]
  /** 区 and 镇(街) a task may belong to; full label, e.g. 东湖区 / 湖滨街道. */
  areas: { id: number; label: string; level: 'district' | 'town' }[]
  phases: { key: PhaseKey; name: string; year: number }[]
}

export type ProgressTargetKind = 'task' | 'village-item'
export interface ProgressTargetRef {
  kind: ProgressTargetKind
  id: number
}

const progressTarget = z
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

export interface MilestoneRow {
  id: number
  seq: number
  title: string
  deadline: IsoDate
  durationWorkdays: number | null
  status: 'open' | 'done'
  completedDate: IsoDate | null
  light: LightInfo
}

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

export const tasksContract = {
  'task.options': query<TaskFormOptions>()(z.object({}).strict()),
  'task.create': mutation<{ id: number }>()(taskDraftSchema),
  'task.update': mutation<{ id: number; changed: TaskEditField[] }>()(
    z.object({ id: idField('任务'), changes: taskChangesSchema }).strict()
  ),
  'task.delete': mutation<{ deleted: number }>()(
    z
      .object({
        ids: z
          .array(idField('任务'))
          .min(1, { error: '请选择要删除的任务' })
          .max(5000, { error: '一次最多删除5000项任务' })
      })
      .strict()
  ),
  'task.restore': mutation<{ restored: number }>()(
    z
      .object({
        ids: z
          .array(idField('任务'))
          .min(1, { error: '请选择要恢复的任务' })
          .max(5000, { error: '一次最多恢复5000项任务' })
      })
      .strict()
  ),
  'progress.target': query<ProgressTargetInfo>()(z.object({ target: progressTarget }).strict()),
  'progress.list': query<ProgressReport[]>()(z.object({ target: progressTarget }).strict()),
  'progress.add': mutation<{ id: number }>()(progressInputSchema),
  'milestone.list': query<MilestoneRow[]>()(z.object({ target: progressTarget, asOf: isoDate }).strict()),
  'milestone.setDone': mutation<{ id: number }>()(
    z
      .object({
        id: idField('时间节点'),
        done: z.boolean(),
        /** The completion date when done; ignored when reopening. */
        date: dateField('完成日期').nullable().default(null)
      })
      .strict()
  ),
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

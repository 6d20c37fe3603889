import { z } from 'zod'
import type { IsoDate } from '../civil-date'
import { PHASE_KEYS, WORK_STATUSES, type LightInfo, type PhaseKey } from '../domain'
import { id, isoDate } from '../schemas'
import { mutation, query } from './define'
import { dateField, idField, percentField, textField } from './labelled-fields'

/** 任务台账: the plan's tasks, edited by the clerk (soft delete to 回收站); every mutation writes one audit row. */

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

const taskFieldsSchema = z.object(taskEditFields)

/** A task's own fields as the clerk edits them, units as names in their display order. */
export type TaskFields = z.output<typeof taskFieldsSchema>

/** One line of the 任务台账: a task's fields and what the ledger shows beside them. */
export interface TaskRow extends TaskFields {
  id: number
  /** The name of the task's area (a 区 or 镇(街)); null for a city-wide task. */
  areaName: string | null
  light: LightInfo
  latestReport: { date: IsoDate; text: string; percent: number | null } | null
  deletedAt: string | null
}

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

export const taskChangesSchema = taskFieldsSchema
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

/** The tasks a delete or restore acts on; `verb` (删除, 恢复) names the action in the messages. */
function taskIdsInput(verb: string) {
  return z
    .object({
      ids: z
        .array(idField('任务'))
        .min(1, { error: `请选择要${verb}的任务` })
        .max(5000, { error: `一次最多${verb}5000项任务` })
    })
    .strict()
}

export const taskContract = {
  'task.list': query<TaskRow[]>()(
    z
      .object({
        asOf: isoDate,
        includeDeleted: z.boolean().default(false),
        /** Only tasks whose area lies in this area's subtree (the area tree's choice); null = all. */
        areaId: id.nullable().default(null),
        /** With an area chosen, keep the city-wide tasks (no area) too: they bind every district. */
        includeCityWide: z.boolean().default(true)
      })
      .strict()
  ),
  'task.options': query<TaskFormOptions>()(z.object({}).strict()),
  'task.create': mutation<{ id: number }>()(taskDraftSchema),
  'task.update': mutation<{ id: number; changed: TaskEditField[] }>()(
    z.object({ id: idField('任务'), changes: taskChangesSchema }).strict()
  ),
  'task.delete': mutation<{ deleted: number }>()(taskIdsInput('删除')),
  'task.restore': mutation<{ restored: number }>()(taskIdsInput('恢复'))
}

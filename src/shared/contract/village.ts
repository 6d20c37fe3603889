import { z } from 'zod'
import type { IsoDate } from '../civil-date'
import {
  WORK_STATUSES,
  type ItemCategory,
  type Light,
  type LightInfo,
  type Outcome,
  type WorkStatus
} from '../domain'
import { isoDate } from '../schemas'
import { mutation, query } from './define'
import { dateField, idField } from './labelled-fields'
import type { UnitOption } from './catalog'
import type { MilestoneRow } from './milestone'

/**
 * The village matrix (one row per urban village, one column per catalog item) and a village item's detail
 * and its changes one by one or in bulk. Every field's message names the field in Chinese.
 */

const workStatus = z.enum(WORK_STATUSES, { error: '状态应为未启动、推进中或已办结' })

/** The most village items one bulk change may touch: every cell of a city ten times the sample. */
export const BULK_LIMIT = 50_000

/** What a matrix cell shows: the light of an open item, the outcome of a done one, or 不适用. */
export type CellTone = Light | Outcome | 'not-applicable'

export interface MatrixCell {
  /** The village item's id. */
  id: number
  tone: CellTone
  status: WorkStatus
  deadline: IsoDate | null
  percent: number
  /** 剩3个工作日 / 逾期5个工作日 / 按期办结 / 长期 / 不适用. */
  label: string
  unitId: number | null
}

export interface MatrixColumn {
  id: number
  name: string
  category: ItemCategory
}

export interface MatrixRow {
  villageId: number
  /** The urban village's own name (a 村(居) or a 社). */
  village: string
  /** The 村(居)/社区 above a village that is a 社; null otherwise. */
  community: string | null
  town: string
  district: string
  /** The village's area id and every area above it: the area filter keeps a row whose path holds the node. */
  areaPath: number[]
  /** One per column, in column order; null when the village has no row for that item. */
  cells: (MatrixCell | null)[]
}

export interface VillageMatrix {
  asOf: IsoDate
  columns: MatrixColumn[]
  rows: MatrixRow[]
  units: UnitOption[]
}

/** A village item's 时间节点 as its drawer lists them. */
export type MilestoneView = Omit<MilestoneRow, 'durationWorkdays'>

export interface VillageItemDetail {
  id: number
  villageId: number
  village: string
  community: string | null
  town: string
  district: string
  itemId: number
  itemName: string
  category: ItemCategory
  standard: string
  applicable: boolean
  responsibleUnitId: number | null
  responsibleUnit: string | null
  deadline: IsoDate | null
  status: WorkStatus
  percent: number
  completedDate: IsoDate | null
  note: string
  updatedAt: string
  /** null when the item does not apply to the village. */
  light: LightInfo | null
  milestones: MilestoneView[]
}

export interface BulkUpdateResult {
  changed: number
  /** The backup taken before the change (file name), for the clerk's peace of mind. */
  backupFile: string
}

export const villageItemUpdateInput = z
  .object({
    id: idField('村治理事项'),
    applicable: z.boolean({ error: '是否适用应为是或否' }).optional(),
    responsibleUnitId: idField('责任单位').nullable().optional(),
    deadline: dateField('完成时限').nullable().optional(),
    status: workStatus.optional(),
    completedDate: dateField('完成日期').nullable().optional(),
    note: z.string({ error: '备注应为文字' }).max(500, { error: '备注不能超过500个字' }).optional()
  })
  .strict()

export const bulkUpdateInput = z
  .object({
    ids: z
      .array(idField('村治理事项'), { error: '所选单元格应为村治理事项编号的列表' })
      .min(1, { error: '请至少选择一个单元格' })
      .max(BULK_LIMIT, { error: `一次最多批量修改${BULK_LIMIT}项` }),
    deadline: dateField('完成时限').optional(),
    responsibleUnitId: idField('责任单位').optional(),
    status: workStatus.optional(),
    completedDate: dateField('完成日期').optional()
  })
  .strict()
  .refine((v) => v.deadline !== undefined || v.responsibleUnitId !== undefined || v.status !== undefined, {
    error: '请至少修改完成时限、责任单位或状态中的一项'
  })
  .refine((v) => v.status !== 'done' || v.completedDate !== undefined, {
    error: '批量标记为已办结时，请填写完成日期',
    path: ['completedDate']
  })

export const villageContract = {
  'village.matrix': query<VillageMatrix>()(z.object({ asOf: isoDate }).strict()),
  'village.item.get': query<VillageItemDetail>()(
    z.object({ id: idField('村治理事项'), asOf: isoDate }).strict()
  ),
  'village.item.update': mutation<VillageItemDetail>()(villageItemUpdateInput.extend({ asOf: isoDate })),
  'village.item.bulkUpdate': mutation<BulkUpdateResult>()(bulkUpdateInput)
}

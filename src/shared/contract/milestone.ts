import { z } from 'zod'
import type { IsoDate } from '../civil-date'
import { type LightInfo } from '../domain'
import { isoDate } from '../schemas'
import { mutation, query } from './define'
import { dateField, idField } from './labelled-fields'
import { progressTarget } from './progress'

/** 时间节点 of a task or a village item. */

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

export const milestoneContract = {
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
  )
}

import { z } from 'zod'
import type { IsoDate } from '../civil-date'
import type { DueKind, Light, LightInfo, PhaseKey, WorkStatus } from '../domain'
import { id, isoDate } from '../schemas'
import { query } from './define'

export interface LightCounts {
  total: number
  done: number
  red: number
  yellow: number
  green: number
}

/** The store's headline figures as of a date; done + red + yellow + green = total. */
export interface Summary {
  asOf: IsoDate
  tasks: LightCounts
  villages: number
  villageItems: LightCounts & { doneOnTime: number; doneLate: number }
  /** Village items by catalog category 基础/提升/长效. */
  villageItemsByCategory: Record<'basic' | 'upgrade' | 'long-term', LightCounts>
  milestones: LightCounts
}

export interface TaskRow {
  id: number
  code: string | null
  group: string
  phase: PhaseKey | null
  title: string
  measures: string
  leadUnits: string[]
  supportUnits: string[]
  leader: string
  startDate: IsoDate | null
  deadline: IsoDate | null
  status: WorkStatus
  percent: number
  completedDate: IsoDate | null
  note: string
  areaId: number | null
  /** The name of the task's area (a 区 or 镇(街)); null for a city-wide task. */
  areaName: string | null
  light: LightInfo
  latestReport: { date: IsoDate; text: string; percent: number | null } | null
  deletedAt: string | null
}

export interface DueItem {
  kind: DueKind
  id: number
  title: string
  deadline: IsoDate
  workdaysLeft: number
  light: Light
  label: string
  units: string[]
  /** For milestones: the task code/title or the village item they belong to. */
  parent?: string
  village?: string
  district?: string
  town?: string
}

export const ledgerContract = {
  'summary.get': query<Summary>()(z.object({ asOf: isoDate }).strict()),
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
  'due.list': query<DueItem[]>()(
    z.object({ asOf: isoDate, within: z.number().int().min(0).max(366).optional() }).strict()
  )
}

import { z } from 'zod'
import type { IsoDate } from '../civil-date'
import type { DueKind, Light } from '../domain'
import { isoDate } from '../schemas'
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

export interface DueItem {
  kind: DueKind
  id: number
  title: string
  deadline: IsoDate
  workdaysLeft: number
  light: Light
  label: string
  /** Set when the count runs into a year with no official calendar yet (a marker on the count). */
  provisional?: true
  units: string[]
  /** For milestones: the task code/title or the village item they belong to. */
  parent?: string
  village?: string
  district?: string
  town?: string
}

export const ledgerContract = {
  'ledger.summary': query<Summary>()(z.object({ asOf: isoDate }).strict()),
  'ledger.due': query<DueItem[]>()(
    z.object({ asOf: isoDate, within: z.number().int().min(0).max(366).optional() }).strict()
  )
}

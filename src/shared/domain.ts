/**
 * The office's world in types, with the glossary's names (../shared/domain.md §0). Pure TypeScript,
 * shared by the main process and the page; Chinese labels live next to the codes they name.
 */
import type { IsoDate } from './civil-date'

export const AREA_LEVELS = ['district', 'town', 'village', 'group'] as const
export type AreaLevel = (typeof AREA_LEVELS)[number]
export const AREA_LEVEL_LABEL: Record<AreaLevel, string> = {
  district: '区',
  town: '镇(街)',
  village: '村(居)',
  group: '村民小组(社)'
}

export const PHASE_KEYS = ['pilot', 'push', 'full-coverage'] as const
export type PhaseKey = (typeof PHASE_KEYS)[number]
export const PHASE_LABEL: Record<PhaseKey, string> = {
  pilot: '试点',
  push: '攻坚',
  'full-coverage': '全覆盖'
}

export const WORK_STATUSES = ['not-started', 'in-progress', 'done'] as const
export type WorkStatus = (typeof WORK_STATUSES)[number]
export const WORK_STATUS_LABEL: Record<WorkStatus, string> = {
  'not-started': '未启动',
  'in-progress': '推进中',
  done: '已办结'
}

export const ITEM_CATEGORIES = ['basic', 'upgrade', 'long-term'] as const
export type ItemCategory = (typeof ITEM_CATEGORIES)[number]
export const ITEM_CATEGORY_LABEL: Record<ItemCategory, string> = {
  basic: '基础',
  upgrade: '提升',
  'long-term': '长效'
}
/** "10+(5)+1": 10 required, up to 5 optional, 1 long-term mechanism. */
export const ITEM_CATEGORY_QUOTA: Record<ItemCategory, { min: number; max: number }> = {
  basic: { min: 10, max: 10 },
  upgrade: { min: 0, max: 5 },
  'long-term': { min: 1, max: 1 }
}

export const UNIT_KINDS = [
  'department',
  'district-government',
  'town-government',
  'enterprise',
  'other'
] as const
export type UnitKind = (typeof UNIT_KINDS)[number]
export const UNIT_KIND_LABEL: Record<UnitKind, string> = {
  department: '市直部门',
  'district-government': '区政府',
  'town-government': '镇(街)',
  enterprise: '企业',
  other: '其他'
}

export const UNIT_ROLES = ['lead', 'support'] as const
export type UnitRole = (typeof UNIT_ROLES)[number]

/** Traffic light of an open item: 绿 on track, 黄 due soon, 红 overdue. Done items have none. */
export type Light = 'red' | 'yellow' | 'green'
export const LIGHT_LABEL: Record<Light, string> = { red: '逾期', yellow: '临期', green: '正常' }
/** How a done item ended: 按期办结 or 逾期办结. */
export type Outcome = 'on-time' | 'late'
export const OUTCOME_LABEL: Record<Outcome, string> = { 'on-time': '按期办结', late: '逾期办结' }

export interface LightInfo {
  /** null when the item is done as of the as-of date. */
  light: Light | null
  /** set when done: completed on or before the deadline (or without one) → on-time. */
  outcome: Outcome | null
  /** null for done items and for items without a deadline (长期). */
  workdaysLeft: number | null
  /** The words the clerk reads: 剩3个工作日 / 逾期5个工作日 / 按期办结 / 长期. */
  label: string
  /** Set when the count runs into a year with no official calendar yet (counted from the law alone). */
  provisional?: true
}

export interface CalendarDay {
  date: IsoDate
  /** holiday: a statutory day off; workday: a 调休 weekend day that is worked. */
  kind: 'holiday' | 'workday'
  name: string
}

export type DueKind = 'task' | 'milestone' | 'village-item'

import { z } from 'zod'
import type { IsoDate } from '../civil-date'
import type { PhaseKey } from '../domain'
import { isoDate } from '../schemas'
import { fileRef } from './file'
import type { DueItem } from './ledger'
import { query } from './define'
import { idField } from './labelled-fields'
import type { CellTone } from './village'

/**
 * The figures behind 总览's charts and the 挂图作战 wall chart, and writing the wall chart's picture to
 * the PNG file the clerk chose.
 */

export interface LightTally {
  total: number
  done: number
  red: number
  yellow: number
  green: number
}

export interface DistrictVillageItems extends LightTally {
  districtId: number
  district: string
  villages: number
}

export interface UnitLights extends LightTally {
  unit: string
}

export interface MonthCompletions {
  /** YYYY-MM */
  month: string
  tasks: number
  villageItems: number
}

/** A red or yellow item of 总览's list, with what to open when the clerk clicks it. */
export interface AttentionItem extends DueItem {
  open: { kind: 'task' | 'village-item'; id: number }
}

export interface DashboardCharts {
  asOf: IsoDate
  /** Village items by 区 (applicable, live catalog), in the office's order of districts. */
  byDistrict: DistrictVillageItems[]
  /** Tasks by 牵头单位 (a task led by two units counts for each), most red first. */
  byLeadUnit: UnitLights[]
  /** Tasks and village items completed in each month, from the plan's start to the as-of date. */
  completionsByMonth: MonthCompletions[]
  /** Every red and yellow task, milestone and village item, most urgent first (as `due`). */
  attention: AttentionItem[]
}

export type WallMode = 'tasks' | 'villages'
/** A bar's colour: the light of an open item or how a done one ended. */
export type BarTone = Exclude<CellTone, 'not-applicable'>

export interface WallMilestone {
  id: number
  title: string
  date: IsoDate
  tone: BarTone
  /** 剩3个工作日 / 逾期2个工作日 / 按期办结. */
  label: string
}

export interface WallRow {
  /** The task's or the village item's id. */
  id: number
  kind: 'task' | 'village-item'
  /** 2.3 出租屋消防技改 / 湖里区·塔头社. */
  label: string
  /** 牵头单位 or 责任单位. */
  units: string
  start: IsoDate
  end: IsoDate
  /** No deadline (长期): the bar runs to the end of the plan. */
  openEnded: boolean
  tone: BarTone
  lightLabel: string
  milestones: WallMilestone[]
}

export interface WallPhase {
  key: PhaseKey
  name: string
  start: IsoDate
  end: IsoDate
}

export interface WallChart {
  asOf: IsoDate
  mode: WallMode
  /** The catalog item of a per-village chart. */
  item: { id: number; name: string } | null
  /** The catalog's live items, for choosing one. */
  items: { id: number; name: string }[]
  phases: WallPhase[]
  rows: WallRow[]
  /** Villages left out because the item does not apply to them. */
  notApplicable: number
  /** Tasks of the whole city (no area) left out because the clerk chose an area without them. */
  citywide: number
}

/** A PNG's data URL may hold at most this many bytes of picture (the web mode takes 4 MB a request). */
export const PNG_MAX_BYTES = 3 * 1024 * 1024

export const chartContract = {
  'chart.dashboard': query<DashboardCharts>()(z.object({ asOf: isoDate }).strict()),
  'chart.wall': query<WallChart>()(
    z
      .object({
        asOf: isoDate,
        mode: z.enum(['tasks', 'villages'], { error: '挂图类型应为按任务或按村' }),
        /** The catalog item of a per-village chart; the first live item when omitted. */
        itemId: idField('治理事项').optional(),
        /** The area tree's choice; the whole city when omitted. */
        areaId: idField('区域').optional(),
        /** With an area chosen, also the tasks of the whole city (no area), as the ledger shows them. */
        includeCitywide: z.boolean({ error: '是否包含全市性任务应为是或否' }).default(true)
      })
      .strict()
  ),
  /** Writes the wall chart's picture (a PNG data URL from the page) to the file chosen for it. */
  'chart.savePng': query<{ bytes: number; width: number; height: number }>()(
    z
      .object({
        ref: fileRef,
        dataUrl: z.string({ error: '图片数据应为文字' }).max(Math.ceil((PNG_MAX_BYTES * 4) / 3) + 64, {
          error: `图片过大，不能超过${PNG_MAX_BYTES / 1024 / 1024} MB；请按区域筛选或缩小时间范围后再导出`
        })
      })
      .strict()
  )
}

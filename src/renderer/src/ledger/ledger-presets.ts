import { addDays, dayOfWeek, type IsoDate } from '../../../shared/civil-date'
import type { TaskRow } from '../../../shared/contract'
import type { PhaseKey } from '../../../shared/domain'

/** The one-click views of 任务台账. */
export const LIGHT_PRESETS = ['all', 'overdue', 'due-soon', 'due-this-week', 'done'] as const
export type LightPreset = (typeof LIGHT_PRESETS)[number]
export const LIGHT_PRESET_LABEL: Record<LightPreset, string> = {
  all: '全部',
  overdue: '逾期',
  'due-soon': '临期',
  'due-this-week': '本周到期',
  done: '已办结'
}

export interface LedgerPreset {
  light: LightPreset
  /** 按牵头单位: tasks this unit leads. */
  leadUnit: string | null
  /** 按阶段. */
  phase: PhaseKey | null
}

export const NO_PRESET: LedgerPreset = { light: 'all', leadUnit: null, phase: null }

export function isPresetActive(preset: LedgerPreset): boolean {
  return preset.light !== 'all' || preset.leadUnit !== null || preset.phase !== null
}

/** Monday … Sunday of the week holding the as-of date. */
export function weekOf(asOf: IsoDate): { from: IsoDate; to: IsoDate } {
  const fromMonday = (dayOfWeek(asOf) + 6) % 7
  const from = addDays(asOf, -fromMonday)
  return { from, to: addDays(from, 6) }
}

/**
 * Whether a task shows under the preset, as of the date: 逾期 and 临期 are its red and yellow lights;
 * 本周到期 is an open task due in the as-of date's week (Monday–Sunday, overdue days of it included);
 * 已办结 is done by the as-of date.
 */
export function passesPreset(task: TaskRow, preset: LedgerPreset, asOf: IsoDate): boolean {
  if (preset.leadUnit !== null && !task.leadUnits.includes(preset.leadUnit)) return false
  if (preset.phase !== null && task.phase !== preset.phase) return false
  switch (preset.light) {
    case 'all':
      return true
    case 'overdue':
      return task.light.light === 'red'
    case 'due-soon':
      return task.light.light === 'yellow'
    case 'due-this-week': {
      if (task.light.light === null || task.deadline === null) return false
      const week = weekOf(asOf)
      return task.deadline >= week.from && task.deadline <= week.to
    }
    case 'done':
      return task.light.outcome !== null
  }
}

import type { PhaseKey } from '../../shared/domain'
import type { ItemKey } from './catalog'
import type { CityUnitKey } from './units'

/** What a report about a task talks about: a catalog item, or the plan's organisation work. */
export type TaskTopic = ItemKey | 'organization'

/** One task of the sample plan as written in the plan's 重点任务分解表, before dates are set. */
export interface TaskTemplate {
  phase: PhaseKey
  /** 长期 tasks have no deadline and stay open. */
  longTerm: boolean
  title: string
  measures: string
  lead: readonly CityUnitKey[]
  support: readonly CityUnitKey[]
  topic: TaskTopic
  /** A district-specific task (index into DISTRICTS): its district government leads it. */
  district: number | null
}

export interface TaskSection {
  /** group_name, e.g. 一、消防安全. */
  heading: string
  tasks: readonly TaskTemplate[]
}

interface TaskOptions {
  longTerm?: boolean
  topic?: TaskTopic
  district?: number
}

/** Builds a section; each task's topic defaults to the section's. */
export function section(
  heading: string,
  topic: TaskTopic,
  rows: readonly [PhaseKey, string, string, CityUnitKey[], CityUnitKey[], TaskOptions?][]
): TaskSection {
  return {
    heading,
    tasks: rows.map(([phase, title, measures, lead, support, options]) => ({
      phase,
      longTerm: options?.longTerm ?? false,
      title,
      measures,
      lead,
      support,
      topic: options?.topic ?? topic,
      district: options?.district ?? null
    }))
  }
}

import type { PhaseKey } from '../../../shared/domain'
import type { TaskFormOptions } from '../../../shared/contract'

type Phase = TaskFormOptions['phases'][number]

/**
 * The phase a task might move to when its deadline moves past its phase's year: the plan's phase of the
 * deadline's year (phases are whole years, see src/main/task/plan.ts). Null when nothing to ask: no
 * deadline, no phase, a deadline within or before the phase's year, or no phase for that year.
 */
export function phaseForDeadline(
  deadline: string | null,
  current: PhaseKey | null,
  phases: readonly Phase[]
): Phase | null {
  if (deadline === null || current === null) return null
  const now = phases.find((p) => p.key === current)
  const year = Number(deadline.slice(0, 4))
  if (!now || !(year > now.year)) return null
  return phases.find((p) => p.year === year) ?? null
}

/** The question asked, naming the year, the phase the task is in and the one it could move to. */
export function phaseQuestion(deadline: string, from: PhaseKey, to: Phase, phases: readonly Phase[]): string {
  const fromName = phases.find((p) => p.key === from)?.name ?? from
  return `新的完成时限 ${deadline} 已超出“${fromName}”阶段的年份。是否把任务移到${to.year}年的“${to.name}”阶段？`
}

import { describe, expect, it } from 'vitest'
import { phaseForDeadline, phaseQuestion } from './phase-for-deadline'

const PHASES = [
  { key: 'pilot', name: '试点', year: 2023 },
  { key: 'push', name: '攻坚', year: 2024 },
  { key: 'full-coverage', name: '全覆盖', year: 2025 }
] as const

describe('a deadline moved past its phase’s year', () => {
  it('offers the phase of the deadline’s year', () => {
    expect(phaseForDeadline('2024-03-31', 'pilot', PHASES)?.key).toBe('push')
    expect(phaseForDeadline('2025-01-01', 'pilot', PHASES)?.key).toBe('full-coverage')
  })

  it('asks nothing within or before the phase’s year, without a phase, deadline or a phase for that year', () => {
    expect(phaseForDeadline('2023-12-31', 'pilot', PHASES)).toBeNull()
    expect(phaseForDeadline('2023-06-30', 'push', PHASES)).toBeNull()
    expect(phaseForDeadline(null, 'pilot', PHASES)).toBeNull()
    expect(phaseForDeadline('2024-06-30', null, PHASES)).toBeNull()
    expect(phaseForDeadline('2026-06-30', 'full-coverage', PHASES)).toBeNull()
  })

  it('names the year and both phases', () => {
    expect(phaseQuestion('2024-03-31', 'pilot', PHASES[1], PHASES)).toBe(
      '新的完成时限 2024-03-31 已超出“试点”阶段的年份。是否把任务移到2024年的“攻坚”阶段？'
    )
  })
})

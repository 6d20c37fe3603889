import { describe, expect, it } from 'vitest'
import type { TaskRow } from '../../../shared/contract'
import type { LightInfo } from '../../../shared/domain'
import { NO_PRESET, passesPreset, weekOf, type LedgerPreset } from './ledger-presets'

const AS_OF = '2025-09-30' // a Tuesday
const light = (info: Partial<LightInfo>): LightInfo => ({
  light: null,
  outcome: null,
  workdaysLeft: null,
  label: '',
  ...info
})
const task = (fields: Partial<TaskRow>): TaskRow =>
  ({
    code: '1.1',
    phase: 'push',
    leadUnits: ['市消防救援支队'],
    deadline: null,
    light: light({ light: 'green' }),
    ...fields
  }) as TaskRow
const preset = (fields: Partial<LedgerPreset>): LedgerPreset => ({ ...NO_PRESET, ...fields })

describe('the ledger’s presets', () => {
  it('takes the week Monday to Sunday around the as-of date', () => {
    expect(weekOf(AS_OF)).toEqual({ from: '2025-09-29', to: '2025-10-05' })
    expect(weekOf('2025-10-05')).toEqual({ from: '2025-09-29', to: '2025-10-05' })
    expect(weekOf('2025-09-29')).toEqual({ from: '2025-09-29', to: '2025-10-05' })
  })

  it.each<[string, Partial<TaskRow>, Partial<LedgerPreset>, boolean]>([
    ['逾期 keeps red', { light: light({ light: 'red' }) }, { light: 'overdue' }, true],
    ['逾期 drops yellow', { light: light({ light: 'yellow' }) }, { light: 'overdue' }, false],
    ['临期 keeps yellow', { light: light({ light: 'yellow' }) }, { light: 'due-soon' }, true],
    ['本周到期 keeps an open task due Sunday', { deadline: '2025-10-05' }, { light: 'due-this-week' }, true],
    [
      '本周到期 keeps one overdue since Monday',
      { deadline: '2025-09-29', light: light({ light: 'red' }) },
      { light: 'due-this-week' },
      true
    ],
    ['本周到期 drops next Monday', { deadline: '2025-10-06' }, { light: 'due-this-week' }, false],
    [
      '本周到期 drops a done task',
      { deadline: '2025-09-30', light: light({ outcome: 'on-time' }) },
      { light: 'due-this-week' },
      false
    ],
    ['本周到期 drops 长期', { deadline: null }, { light: 'due-this-week' }, false],
    ['已办结 keeps 逾期办结', { light: light({ outcome: 'late' }) }, { light: 'done' }, true],
    ['已办结 drops an open task', {}, { light: 'done' }, false],
    ['按牵头单位 keeps its tasks', {}, { leadUnit: '市消防救援支队' }, true],
    [
      '按牵头单位 drops a supporting role',
      { leadUnits: ['市公安局'], supportUnits: ['市消防救援支队'] },
      { leadUnit: '市消防救援支队' },
      false
    ],
    ['按阶段 keeps the phase', { phase: 'pilot' }, { phase: 'pilot' }, true],
    ['按阶段 drops another', { phase: 'push' }, { phase: 'pilot' }, false],
    [
      'presets combine',
      { light: light({ light: 'red' }), phase: 'push' },
      { light: 'overdue', phase: 'pilot' },
      false
    ]
  ])('%s', (_why, fields, chosen, passes) => {
    expect(passesPreset(task(fields), preset(chosen), AS_OF)).toBe(passes)
  })
})

import type { GridApi, IRowNode } from 'ag-grid-community'
import { describe, expect, it } from 'vitest'
import type { TaskRow } from '../../../shared/contract'
import type { LightInfo } from '../../../shared/domain'
import { readShownIds, sameOrNext } from '../grid/shown-rows'
import { isPresetActive, NO_PRESET, passesPreset, type LedgerPreset } from './ledger-presets'
import { shownCountText } from './shown-count'

const AS_OF = '2025-09-30' // a Tuesday
const light = (info: Partial<LightInfo>): LightInfo => ({
  light: 'green',
  outcome: null,
  workdaysLeft: null,
  label: '',
  ...info
})
const task = (id: number, fields: Partial<TaskRow>): TaskRow =>
  ({
    id,
    code: `${id}.1`,
    phase: 'push',
    leadUnits: ['市消防救援支队'],
    deadline: null,
    light: light({}),
    ...fields
  }) as TaskRow

const LEDGER: TaskRow[] = [
  task(1, { light: light({ light: 'red' }), deadline: '2025-09-29' }),
  task(2, { light: light({ light: 'yellow' }), deadline: '2025-10-09' }),
  task(3, { deadline: '2025-10-05', phase: 'pilot', leadUnits: ['市公安局'] }),
  task(4, { light: light({ light: null, outcome: 'on-time' }), deadline: '2025-06-30' }),
  task(5, { light: light({ light: 'red' }), deadline: '2025-08-31', leadUnits: ['市公安局'] }),
  task(6, { deadline: null })
]

/**
 * The grid as the ledger page sets it up: its external filter is the preset (isPresetActive /
 * passesPreset on the as-of date) and the rows keep the order given (the grid's sort).
 */
function ledgerGrid(rows: TaskRow[], preset: LedgerPreset): GridApi<TaskRow> {
  return {
    forEachNodeAfterFilterAndSort: (visit: (node: IRowNode<TaskRow>) => void) =>
      rows
        .filter((row) => !isPresetActive(preset) || passesPreset(row, preset, AS_OF))
        .forEach((data) => visit({ data } as IRowNode<TaskRow>))
  } as unknown as GridApi<TaskRow>
}
const preset = (fields: Partial<LedgerPreset>): LedgerPreset => ({ ...NO_PRESET, ...fields })

describe('the rows the ledger shows, and what it says about them', () => {
  it.each<[string, Partial<LedgerPreset>, number[], string]>([
    ['全部 shows every task and says no 显示', {}, [1, 2, 3, 4, 5, 6], '共6项任务'],
    ['逾期 shows the red ones', { light: 'overdue' }, [1, 5], '显示2项，共6项任务'],
    ['临期 shows the yellow one', { light: 'due-soon' }, [2], '显示1项，共6项任务'],
    [
      '本周到期 shows the open tasks due Monday to Sunday',
      { light: 'due-this-week' },
      [1, 3],
      '显示2项，共6项任务'
    ],
    ['已办结 shows the done one', { light: 'done' }, [4], '显示1项，共6项任务'],
    ['按牵头单位 shows what the unit leads', { leadUnit: '市公安局' }, [3, 5], '显示2项，共6项任务'],
    ['按阶段 with 逾期 may show nothing', { phase: 'pilot', light: 'overdue' }, [], '显示0项，共6项任务']
  ])('%s', (_why, chosen, ids, text) => {
    const p = preset(chosen)
    const shown = readShownIds(ledgerGrid(LEDGER, p), (t) => t.id)
    expect(shown).toEqual(ids)
    expect(shownCountText(shown.length, LEDGER.length, isPresetActive(p))).toBe(text)
  })

  it('keeps the grid’s order, which is what 导出台账 of the rows shown writes', () => {
    const sorted = [LEDGER[4], LEDGER[0], LEDGER[2]]
    expect(readShownIds(ledgerGrid(sorted, NO_PRESET), (t) => t.id)).toEqual([5, 1, 3])
  })

  it('passes over group rows, which carry no task', () => {
    const api = {
      forEachNodeAfterFilterAndSort: (visit: (node: IRowNode<TaskRow>) => void) => {
        visit({ data: undefined } as IRowNode<TaskRow>)
        visit({ data: LEDGER[1] } as IRowNode<TaskRow>)
      }
    } as unknown as GridApi<TaskRow>
    expect(readShownIds(api, (t) => t.id)).toEqual([2])
  })

  it('says 显示 when a filter is on even if it keeps every row', () => {
    expect(shownCountText(6, 6, true)).toBe('显示6项，共6项任务')
  })
})

describe('a refresh of the same rows', () => {
  it.each<[string, number[], number[], boolean]>([
    ['same ids in the same order: the old list', [1, 2, 3], [1, 2, 3], true],
    ['both empty: the old list', [], [], true],
    ['another order: the new list', [1, 2, 3], [3, 2, 1], false],
    ['one row fewer: the new list', [1, 2, 3], [1, 2], false],
    ['one row more: the new list', [1, 2], [1, 2, 3], false]
  ])('%s', (_why, old, next, keepsOld) => {
    expect(sameOrNext(old, next)).toBe(keepsOld ? old : next)
  })
})

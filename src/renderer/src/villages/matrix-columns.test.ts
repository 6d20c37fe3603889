import type { ColDef, ColGroupDef } from 'ag-grid-community'
import { describe, expect, it } from 'vitest'
import type { MatrixCell, MatrixColumn, MatrixRow } from '../../../shared/contract'
import {
  buildMatrixColumns,
  itemColId,
  itemIndexOf,
  villageLabel,
  type MatrixGridContext
} from './matrix-columns'

const COLUMNS: MatrixColumn[] = [
  { id: 11, name: '消防安全', category: 'basic' },
  { id: 12, name: '立面整治', category: 'upgrade' },
  { id: 13, name: '垃圾分类', category: 'basic' },
  { id: 14, name: '网格管理', category: 'long-term' }
]
const UNITS = [{ id: 5, name: '市消防救援支队' }]

const cell = (id: number, fields: Partial<MatrixCell> = {}): MatrixCell => ({
  id,
  tone: 'green',
  status: 'in-progress',
  deadline: '2025-12-31',
  percent: 40,
  label: '剩60个工作日',
  unitId: 5,
  ...fields
})
const ROW: MatrixRow = {
  villageId: 1,
  village: '塔头社',
  community: '塔埔社区',
  town: '金山街道',
  district: '湖里区',
  areaPath: [1, 2, 3],
  cells: [
    cell(101),
    cell(102, { tone: 'not-applicable' }),
    cell(103, { tone: 'red', unitId: null, deadline: null, label: '长期' }),
    null
  ]
}

const all = buildMatrixColumns(COLUMNS, UNITS)
const groups = all.filter((c): c is ColGroupDef<MatrixRow> => 'children' in c)
const items = groups.flatMap((g) => g.children as ColDef<MatrixRow>[])
const column = (colId: string) => items.find((c) => c.colId === colId)!

// ag-grid's callbacks take large parameter objects; each rule reads only a few fields of them.
/* eslint-disable @typescript-eslint/no-explicit-any */
const call = (fn: unknown, params: object): any => (fn as (p: object) => unknown)(params)
const valueOf = (colId: string, row = ROW) => call(column(colId).valueGetter, { data: row })
const context = (selected: number[]): MatrixGridContext => ({ isSelected: (id) => selected.includes(id) })

describe('the village matrix’s columns', () => {
  it.each<[string, number | null]>([
    ['item-0', 0],
    ['item-12', 12],
    ['district', null],
    ['town', null],
    ['village', null],
    ['ag-Grid-SelectionColumn', null]
  ])('reads the catalog index of column %s', (colId, index) => {
    expect(itemIndexOf(colId)).toBe(index)
  })

  it('names an item column by its catalog index, both ways', () => {
    for (const index of [0, 3, 15]) expect(itemIndexOf(itemColId(index))).toBe(index)
  })

  it.each<[string | null, string]>([
    ['塔埔社区', '塔埔社区塔头社'],
    [null, '塔头社']
  ])('names a village under community %s as %s', (community, label) => {
    expect(villageLabel({ ...ROW, community })).toBe(label)
  })

  it('pins 区, 镇(街) and 村(居) on the left, filterable, before the items', () => {
    const pinned = all.slice(0, 3) as ColDef<MatrixRow>[]
    expect(pinned.map((c) => [c.colId, c.headerName, c.pinned, c.filter])).toEqual([
      ['district', '区', 'left', true],
      ['town', '镇(街)', 'left', true],
      ['village', '村(居)', 'left', true]
    ])
    expect(call(pinned[2].valueGetter, { data: ROW })).toBe('塔埔社区塔头社')
    // The pinned part leaves the items most of a 1366-px window (the side menu takes about 200 px).
    expect(pinned.reduce((sum, c) => sum + c.width!, 0)).toBeLessThanOrEqual(320)
  })

  it('groups the items by category in the catalog’s category order, counting each group', () => {
    expect(groups.map((g) => [g.headerName, (g.children as ColDef[]).map((c) => c.colId)])).toEqual([
      ['基础（2项）', ['item-0', 'item-2']],
      ['提升（1项）', ['item-1']],
      ['长效（1项）', ['item-3']]
    ])
  })

  it('leaves out a category with no items', () => {
    const basicOnly = buildMatrixColumns([COLUMNS[0]], UNITS).filter((c) => 'children' in c)
    expect(basicOnly.map((g) => g.headerName)).toEqual(['基础（1项）'])
  })

  it('reads each item column’s own cell, even when grouping moved the column', () => {
    expect(valueOf('item-0').id).toBe(101)
    expect(valueOf('item-2').id).toBe(103)
    expect(valueOf('item-3')).toBeNull()
    expect(call(column('item-0').valueGetter, { data: undefined })).toBeNull()
  })

  it.each<[string, string]>([
    ['item-0', '40%'],
    ['item-1', '—'],
    ['item-2', '逾期']
  ])('writes %s as %s', (colId, text) => {
    expect(call(column(colId).valueFormatter, { value: valueOf(colId) })).toBe(text)
  })

  it.each<[string, number[], string[]]>([
    ['item-0', [], ['vm-item-cell', 'vm-tone-green']],
    ['item-0', [101], ['vm-item-cell', 'vm-tone-green', 'vm-selected']],
    ['item-2', [101], ['vm-item-cell', 'vm-tone-red']],
    ['item-3', [101], ['vm-item-cell']]
  ])('classes %s with %j selected', (colId, selected, classes) => {
    expect(call(column(colId).cellClass, { value: valueOf(colId), context: context(selected) })).toEqual(
      classes
    )
  })

  it.each<[string, string]>([
    [
      'item-0',
      '湖里区 · 塔埔社区塔头社\n消防安全（推进中，40%）\n完成时限：2025-12-31（剩60个工作日）\n责任单位：市消防救援支队'
    ],
    ['item-1', '湖里区 · 塔埔社区塔头社\n立面整治：本村不实施（不适用）'],
    ['item-2', '湖里区 · 塔埔社区塔头社\n垃圾分类（推进中，40%）\n完成时限：长期（长期）\n责任单位：未定'],
    ['item-3', '']
  ])('says in the tooltip of %s what the cell hides', (colId, text) => {
    expect(call(column(colId).tooltipValueGetter, { value: valueOf(colId), data: ROW })).toBe(text)
  })
})

import type { GridState } from 'ag-grid-community'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { forgetLayout, loadLayout, saveLayout } from './column-layout'

/** The browser's localStorage, in memory; `full` makes every write throw as a full quota does. */
class MemoryStorage {
  readonly items = new Map<string, string>()
  full = false
  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError')
    this.items.set(key, value)
  }
  removeItem(key: string): void {
    this.items.delete(key)
  }
}

let storage: MemoryStorage
beforeEach(() => {
  storage = new MemoryStorage()
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true })
})
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage')
})

const STATE: GridState = {
  columnOrder: { orderedColIds: ['code', 'title', 'deadline'] },
  columnSizing: { columnSizingModel: [{ colId: 'title', width: 320 }] },
  columnVisibility: { hiddenColIds: ['measures'] },
  columnPinning: { leftColIds: ['code'], rightColIds: [] },
  sort: { sortModel: [{ colId: 'deadline', sort: 'asc' }] },
  // Neither of these may come back: a ledger that opens filtered or selected hides or acts on tasks.
  filter: { filterModel: { title: { filterType: 'text', type: 'contains', filter: '消防' } } },
  rowSelection: ['12'],
  focusedCell: { colId: 'title', rowIndex: 3, rowPinned: null }
}

describe('the ledger’s remembered column layout', () => {
  it('brings back order, widths, hidden and pinned columns and the sort, per grid', () => {
    saveLayout('tasks', STATE)
    expect(loadLayout('tasks')).toEqual({
      columnOrder: STATE.columnOrder,
      columnSizing: STATE.columnSizing,
      columnVisibility: STATE.columnVisibility,
      columnPinning: STATE.columnPinning,
      sort: STATE.sort
    })
    expect(loadLayout('villages')).toBeUndefined()
  })

  it.each<[string, keyof GridState]>([
    ['a filter', 'filter'],
    ['the selected rows', 'rowSelection'],
    ['the focused cell', 'focusedCell']
  ])('does not keep %s', (_what, key) => {
    saveLayout('tasks', STATE)
    expect(loadLayout('tasks')).not.toHaveProperty(key)
  })

  it.each<[string, string]>([
    ['a half-written entry', '{"columnOrder":'],
    ['something not JSON', 'undefined']
  ])('opens with the default layout after %s', (_what, raw) => {
    storage.items.set('civdesk.grid-layout.tasks', raw)
    expect(loadLayout('tasks')).toBeUndefined()
  })

  it('loses only the layout when the storage is full', () => {
    storage.full = true
    expect(() => saveLayout('tasks', STATE)).not.toThrow()
    expect(loadLayout('tasks')).toBeUndefined()
  })

  it('forgets one grid’s layout and keeps the others', () => {
    saveLayout('tasks', STATE)
    saveLayout('villages', STATE)
    forgetLayout('tasks')
    expect(loadLayout('tasks')).toBeUndefined()
    expect(loadLayout('villages')).toBeDefined()
  })
})

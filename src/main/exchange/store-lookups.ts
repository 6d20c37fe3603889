import type { Database } from 'better-sqlite3'
import type { CamelRow } from '../store/rows'
import { select } from '../store/typed-query'
import { nameKey } from './value-reading'

export interface UnitLookup {
  /** By nameKey of the name or of an alias. */
  byKey: Map<string, { id: number; name: string; deleted: boolean }>
}

export function loadUnits(db: Database): UnitLookup {
  const byKey: UnitLookup['byKey'] = new Map()
  const units = select<CamelRow<'unit', 'id' | 'name' | 'deleted_at'>>(
    db,
    'SELECT id, name, deleted_at AS deletedAt FROM unit'
  ).all()
  const byId = new Map(units.map((u) => [u.id, { id: u.id, name: u.name, deleted: u.deletedAt !== null }]))
  for (const unit of byId.values()) byKey.set(nameKey(unit.name), unit)
  const aliases = select<CamelRow<'unit_alias', 'alias' | 'unit_id'>>(
    db,
    'SELECT alias, unit_id AS unitId FROM unit_alias'
  ).all()
  for (const a of aliases) {
    const unit = byId.get(a.unitId)
    // A unit's own name wins over another unit's alias spelled the same.
    if (unit && !byKey.has(nameKey(a.alias))) byKey.set(nameKey(a.alias), unit)
  }
  return { byKey }
}

export interface UnitRef {
  /** null: a unit the import creates. */
  id: number | null
  /** The stored name (for a unit found by its alias, its full name), or the name as typed for a new one. */
  name: string
}

/**
 * Matches unit names to the data file's units by name or alias (unit_alias), ignoring full-width/half-
 * width and spaces. Names it does not know become new units, listed in the preview and created on commit.
 */
export class UnitResolver {
  private readonly fresh = new Map<string, string>()

  constructor(private readonly lookup: UnitLookup) {}

  private readonly keys = new Map<string, string>()
  private readonly refs = new Map<string, UnitRef>()

  resolve(names: readonly string[]): { ok: true; refs: UnitRef[] } | { ok: false; message: string } {
    const refs: UnitRef[] = []
    for (const name of names) {
      let key = this.keys.get(name)
      if (key === undefined) this.keys.set(name, (key = nameKey(name)))
      const known = this.lookup.byKey.get(key)
      if (known?.deleted) {
        return { ok: false, message: `单位“${known.name}”已删除（在回收站中），请先恢复该单位或改用其他单位` }
      }
      let ref = this.refs.get(key)
      if (ref === undefined) {
        // One ref per unit, shared by every row that names it (a large ledger names units 60,000 times).
        ref = known ? { id: known.id, name: known.name } : { id: null, name }
        this.refs.set(key, ref)
        if (!known) this.fresh.set(key, name)
      }
      refs.push(ref)
    }
    return { ok: true, refs }
  }

  /** Every new name met so far, in the order first met. */
  newUnits(): string[] {
    return [...this.fresh.values()]
  }
}

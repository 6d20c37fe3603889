import type { Database } from 'better-sqlite3'
import type { FieldChange, PreviewRowStatus } from '../../../../shared/contract/exchange'
import { WORK_STATUS_LABEL, type WorkStatus } from '../../../../shared/domain'
import type { CamelRow, Row } from '../../../store/rows'
import { select } from '../../../store/typed-query'
import { loadUnits, UnitResolver, type UnitRef } from '../../store-lookups'
import { nameKey } from '../../value-reading'
import { AreaLookup } from './area-lookup'
import { VILLAGE_FIELD_LABEL, type VillageField, type VillageItemValues } from './village-fields'
import type { VillageDraft } from './village-rows'

/** A stored village item, with the name of its 责任单位. */
type ExistingVillageItem = VillageItemValues &
  CamelRow<'village_item', 'id' | 'village_id' | 'item_id'> & { unit: string | null }

export interface PlannedVillageItem {
  draft: VillageDraft
  status: PreviewRowStatus
  label: string
  villageId: number | null
  itemId: number | null
  existing: ExistingVillageItem | null
  /** undefined: the row names no unit (the stored one stays). */
  unit?: UnitRef
  after: VillageItemValues
  changes: FieldChange[]
}

/** Matches long-form rows to village items (one per urban village and catalog item) and works out the difference. */
export function planVillageItems(db: Database, drafts: readonly VillageDraft[]): PlannedVillageItem[] {
  const areas = new AreaLookup(db)
  const items = new Map(
    select<Pick<Row<'governance_item'>, 'id' | 'name'>>(
      db,
      'SELECT id, name FROM governance_item WHERE deleted_at IS NULL'
    )
      .all()
      .map((i) => [nameKey(i.name), i])
  )
  const existing = new Map(
    select<Omit<ExistingVillageItem, 'applicable'> & Pick<Row<'village_item'>, 'applicable'>>(
      db,
      `SELECT vi.id, vi.village_id AS villageId, vi.item_id AS itemId, vi.applicable, u.name AS unit, vi.deadline,
              vi.status, vi.percent, vi.completed_date AS completedDate, vi.note
         FROM village_item vi LEFT JOIN unit u ON u.id = vi.responsible_unit_id`
    )
      .all()
      .map((v) => [`${v.villageId}:${v.itemId}`, { ...v, applicable: v.applicable === 1 }])
  )
  const units = new UnitResolver(loadUnits(db))
  const seen = new Map<string, number>()
  const catalogNames = [...items.values()].map((i) => i.name).join('、')

  return drafts.map((draft) => {
    const fail = (message: string) =>
      draft.errors.push({ sheet: draft.sheet, row: draft.row, column: null, header: null, message })
    let villageId: number | null = null
    let label = [draft.district, draft.town, draft.village, draft.group].filter(Boolean).join('·')
    if (draft.village) {
      const area = areas.find(draft)
      if (area.ok) {
        villageId = area.villageId
        label = area.label
      } else fail(area.message)
    }
    const item = draft.item ? items.get(nameKey(draft.item)) : undefined
    if (draft.item && !item) fail(`治理事项“${draft.item}”不在“10+(5)+1”目录中（目录：${catalogNames}）`)
    label = `${label} ${item?.name ?? draft.item}`
    const key = villageId !== null && item ? `${villageId}:${item.id}` : null
    if (key) {
      const earlier = seen.get(key)
      if (earlier !== undefined) fail(`与第${earlier}行是同一个村的同一治理事项`)
      else seen.set(key, draft.row)
    }
    let unit: UnitRef | undefined
    if (draft.unit !== undefined) {
      const resolved = units.resolve([draft.unit])
      if (resolved.ok) unit = resolved.refs[0]
      else fail(resolved.message)
    }
    const current = key ? (existing.get(key) ?? null) : null
    const after = valuesAfter(draft, current)
    const changes = current ? villageChanges(current, after, unit) : []
    const status: PreviewRowStatus =
      draft.errors.length > 0 ? 'error' : !current ? 'new' : changes.length > 0 ? 'changed' : 'unchanged'
    return {
      draft,
      status,
      label,
      villageId,
      itemId: item?.id ?? null,
      existing: current,
      unit,
      after,
      changes
    }
  })
}

function valuesAfter(draft: VillageDraft, item: ExistingVillageItem | null): VillageItemValues {
  const applicable =
    draft.status === 'not-applicable' ? false : draft.status !== undefined ? true : (item?.applicable ?? true)
  const stated = draft.status === 'not-applicable' ? undefined : draft.status
  const status = stated ?? item?.status ?? 'not-started'
  return {
    applicable,
    deadline: draft.deadline !== undefined ? draft.deadline : (item?.deadline ?? null),
    status,
    percent: draft.percent ?? item?.percent ?? 0,
    completedDate: status === 'done' ? (draft.completedDate ?? item?.completedDate ?? null) : null,
    note: draft.note ?? item?.note ?? ''
  }
}

export function statusWord(applicable: boolean, status: WorkStatus): string {
  return applicable ? WORK_STATUS_LABEL[status] : '不适用'
}

function villageChanges(
  item: ExistingVillageItem,
  after: VillageItemValues,
  unit: UnitRef | undefined
): FieldChange[] {
  const changes: FieldChange[] = []
  const compare = (field: VillageField, before: string, now: string) => {
    if (before !== now) changes.push({ field, label: VILLAGE_FIELD_LABEL[field], before, after: now })
  }
  if (unit) compare('unit', item.unit ?? '', unit.name)
  compare('deadline', item.deadline ?? '长期', after.deadline ?? '长期')
  compare('status', statusWord(item.applicable, item.status), statusWord(after.applicable, after.status))
  compare('percent', `${item.percent}%`, `${after.percent}%`)
  compare('completedDate', item.completedDate ?? '', after.completedDate ?? '')
  compare('note', item.note, after.note)
  return changes
}

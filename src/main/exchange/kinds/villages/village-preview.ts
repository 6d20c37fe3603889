import type { PreviewRow } from '../../../../shared/contract/exchange'
import { statusWord, type PlannedVillageItem } from './village-plan'

/** A village row as the preview shows it: 东湖区·湖滨街道·塔头社 消防安全, and for a new item its values. */
export function villagePreviewRow(row: PlannedVillageItem): PreviewRow {
  const { after } = row
  const summary =
    row.status === 'new'
      ? [
          row.unit ? `责任单位：${row.unit.name}` : '',
          `时限：${after.deadline ?? '长期'}`,
          statusWord(after.applicable, after.status)
        ]
          .filter(Boolean)
          .join('｜')
      : ''
  return {
    sheet: row.draft.sheet,
    row: row.draft.row,
    status: row.status,
    label: row.label,
    summary,
    changes: row.status === 'changed' ? row.changes : [],
    errors: row.draft.errors,
    warnings: []
  }
}

/** Unit names the rows would create (error rows do not count: they are never written). */
export function newVillageUnits(rows: readonly PlannedVillageItem[]): string[] {
  const names = new Set<string>()
  for (const row of rows) if (row.status !== 'error' && row.unit?.id === null) names.add(row.unit.name)
  return [...names]
}

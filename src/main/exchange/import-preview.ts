import type { ImportPreview, PreviewRow } from '../../shared/contract'
import type { KindImportPlan } from './import-plan'
import { toSheetMapping } from './sheet-mapping'

/** The wizard's (and the CLI's) view of a plan: counts, every row with its status, changes and errors. */
export function previewOf(plan: KindImportPlan): ImportPreview {
  const rows: PreviewRow[] = plan.rows.map((row) => ({ warnings: [], ...plan.planned.previewRow(row) }))
  const counts = { new: 0, changed: 0, unchanged: 0, error: 0 }
  for (const row of rows) counts[row.status]++
  return {
    kind: plan.kind,
    fileName: plan.file.fileName,
    fingerprint: plan.file.fingerprint,
    sheets: plan.sheets.map(toSheetMapping),
    skippedSheets: plan.file.skippedSheets,
    counts,
    skippedRows: plan.skippedRows,
    rows,
    newUnits: plan.planned.newUnits(plan.rows),
    createsPlan: plan.planned.creates,
    reportsAdded: plan.planned.reportsAdded?.(plan.rows.filter((r) => r.status !== 'error')) ?? 0
  }
}

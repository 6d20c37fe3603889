import type { ImportPreview, PreviewRow } from '../../shared/contract'
import { PHASE_LABEL, WORK_STATUS_LABEL } from '../../shared/domain'
import type { ImportPlan } from './import-plan'
import { toSheetMapping } from './sheet-mapping'
import { DEFAULT_PLAN } from './store-lookups'
import type { PlannedTask } from './task-plan'
import { statusWord, type PlannedVillageItem } from './village-plan'

/** The wizard's (and the CLI's) view of a plan: counts, every row with its status, changes and errors. */
export function previewOf(plan: ImportPlan): ImportPreview {
  const rows: PreviewRow[] =
    plan.kind === 'tasks' ? plan.rows.map(taskPreviewRow) : plan.rows.map(villagePreviewRow)
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
    newUnits: newUnitNames(plan),
    createsPlan: plan.kind === 'tasks' && plan.plan.planId === null ? DEFAULT_PLAN.name : null
  }
}

/** Unit names the kept rows would create (error rows do not count: they are never written). */
export function newUnitNames(plan: ImportPlan): string[] {
  const names = new Set<string>()
  const refs =
    plan.kind === 'tasks'
      ? plan.rows
          .filter((r) => r.status !== 'error')
          .flatMap((r) => [...(r.leadUnits ?? []), ...(r.supportUnits ?? [])])
      : plan.rows.filter((r) => r.status !== 'error').flatMap((r) => (r.unit ? [r.unit] : []))
  for (const ref of refs) if (ref.id === null) names.add(ref.name)
  return [...names]
}

function taskPreviewRow(row: PlannedTask): PreviewRow {
  const { draft, after } = row
  const label = `${after.code ? `${after.code} ` : ''}${after.title || draft.title || '（无任务名称）'}`
  const summary =
    row.status === 'new'
      ? [
          row.leadUnits?.length ? `牵头：${row.leadUnits.map((u) => u.name).join('、')}` : '',
          `时限：${after.deadline ?? '长期'}`,
          WORK_STATUS_LABEL[after.status] + (after.status === 'in-progress' ? ` ${after.percent}%` : ''),
          after.phase ? `阶段：${PHASE_LABEL[after.phase]}` : '',
          after.group ? `分类：${after.group}` : ''
        ]
          .filter(Boolean)
          .join('｜')
      : ''
  return {
    sheet: draft.sheet,
    row: draft.row,
    status: row.status,
    label,
    summary,
    changes: row.status === 'changed' ? row.changes : [],
    errors: draft.errors
  }
}

function villagePreviewRow(row: PlannedVillageItem): PreviewRow {
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
    errors: row.draft.errors
  }
}

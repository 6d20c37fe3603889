import type { Database } from 'better-sqlite3'
import type { IsoDate } from '../../shared/civil-date'
import type { ImportKind, MappingOverride, RowIssue } from '../../shared/contract'
import type { LedgerFile } from './ledger-file'
import { rememberedMapping } from './mapping-store'
import { dataRows } from './row-cells'
import { resolveMappings, type MappedSheet } from './sheet-mapping'
import { loadPlan, type PlanLookup } from './store-lookups'
import { planTasks, type PlannedTask } from './task-plan'
import { readTaskRows, type TaskDraft } from './task-rows'
import { planVillageItems, type PlannedVillageItem } from './village-plan'
import { readVillageRows, type VillageDraft } from './village-rows'

/** Everything an import would do, worked out from the file and the data file without writing. */
export type ImportPlan = {
  file: LedgerFile
  sheets: MappedSheet[]
  skippedRows: number
  plan: PlanLookup
} & ({ kind: 'tasks'; rows: PlannedTask[] } | { kind: 'villages'; rows: PlannedVillageItem[] })

export type PlannedRow = PlannedTask | PlannedVillageItem

/**
 * Reads the data rows of every usable sheet (mapping settled by sheet-mapping.ts) and matches them to the
 * data file. Synchronous: the commit runs it again inside its transaction, so what it writes is exactly
 * what the data file looked like when it was written.
 */
export function planImport(
  db: Database,
  file: LedgerFile,
  overrides: readonly MappingOverride[],
  asOf: IsoDate
): ImportPlan {
  const sheets = resolveMappings(file, overrides, (signature) => rememberedMapping(db, signature))
  const plan = loadPlan(db)
  let skippedRows = 0
  const taskDrafts: TaskDraft[] = []
  const villageDrafts: VillageDraft[] = []
  for (const sheet of sheets) {
    if (sheet.problem) continue
    const rows = dataRows(sheet)
    skippedRows += rows.skipped
    if (file.kind === 'tasks') taskDrafts.push(...readTaskRows(rows, plan.phases))
    else villageDrafts.push(...readVillageRows(rows))
  }
  const base = { file, sheets, skippedRows, plan }
  return file.kind === 'tasks'
    ? { ...base, kind: 'tasks', rows: planTasks(db, plan, taskDrafts, asOf) }
    : { ...base, kind: 'villages', rows: planVillageItems(db, villageDrafts) }
}

export function plannedRows(plan: ImportPlan): PlannedRow[] {
  return plan.rows
}

export function rowErrors(row: PlannedRow): RowIssue[] {
  return row.draft.errors
}

export function importKindLabel(kind: ImportKind): string {
  return kind === 'tasks' ? '任务台账' : '村治理事项'
}

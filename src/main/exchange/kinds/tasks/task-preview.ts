import type { PreviewRow } from '../../../../shared/contract/exchange'
import { PHASE_LABEL, WORK_STATUS_LABEL } from '../../../../shared/domain'
import { finishedWarning } from './task-fixes'
import type { PlannedTask } from './task-plan'

/** A task row as the preview shows it: 1.3 实施城中村出租屋消防技术改造, and for a new task its main values. */
export function taskPreviewRow(row: PlannedTask): PreviewRow {
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
    errors: draft.errors,
    warnings: [finishedWarning(row)].filter((w) => w !== null)
  }
}

/** Unit names the rows would create (error rows do not count: they are never written). */
export function newTaskUnits(rows: readonly PlannedTask[]): string[] {
  const names = new Set<string>()
  for (const row of rows) {
    if (row.status === 'error') continue
    for (const ref of [...(row.leadUnits ?? []), ...(row.supportUnits ?? [])]) {
      if (ref.id === null) names.add(ref.name)
    }
  }
  return [...names]
}

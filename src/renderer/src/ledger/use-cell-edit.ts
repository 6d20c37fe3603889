import type { CellEditRequestEvent } from 'ag-grid-community'
import { App as AntApp } from 'antd'
import { useCallback, useState } from 'react'
import type { IsoDate } from '../../../shared/civil-date'
import type { TaskFormOptions, TaskRow } from '../../../shared/contract'
import { TASK_EDIT_LABEL, type TaskChanges, type TaskEditField } from '../../../shared/contract/task'
import { useApiMutation } from '../api/hooks'
import { problemsOf } from '../progress/form-errors'
import { normalizeDateText, parsePercentText } from './date-text'
import { phaseForDeadline, phaseQuestion } from './phase-for-deadline'
import { EDITABLE_COLUMNS, type CellError } from './task-columns'

/** The value a clerk typed, as the contract's task.update takes it; the schema judges the rest. */
export function changeOf(field: TaskEditField, value: unknown, task: TaskRow, asOf: IsoDate): TaskChanges {
  switch (field) {
    case 'deadline':
    case 'startDate':
    case 'completedDate':
      return { [field]: normalizeDateText(value) } as TaskChanges
    case 'percent':
      return { percent: parsePercentText(value) } as TaskChanges
    case 'code': {
      const code = String(value ?? '').trim()
      return { code: code === '' ? null : code }
    }
    case 'status':
      // 办结 records a completion date: the 统计截止日期 the clerk is working on, unless one is set.
      return value === 'done' && task.completedDate === null
        ? { status: 'done', completedDate: asOf }
        : { status: value as TaskRow['status'] }
    case 'leadUnits':
    case 'supportUnits':
      return { [field]: Array.isArray(value) ? value : [] } as TaskChanges
    case 'areaId':
      return { areaId: (value as number | null) ?? null }
    default:
      return { [field]: String(value ?? '') } as TaskChanges
  }
}

/**
 * Inline editing with the grid in read-only-edit mode: the grid never changes its data itself. The
 * edit goes to task.update; on success the refreshed list shows the new value, on failure the cell
 * keeps its old value and shows the contract's reason.
 */
export function useCellEdit(asOf: IsoDate, phases: TaskFormOptions['phases']) {
  const { message, modal } = AntApp.useApp()
  const { mutate: update } = useApiMutation('task.update')
  const [cellError, setCellError] = useState<CellError | null>(null)

  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<TaskRow>) => {
      const colId = event.column.getColId() as TaskEditField
      const task = event.data
      if (!EDITABLE_COLUMNS.includes(colId) || !task) return
      const changes = changeOf(colId, event.newValue, task, asOf)
      const rowId = event.node.id ?? String(task.id)
      const save = (changes: TaskChanges): void =>
        update(
          { id: task.id, changes },
          {
            onSuccess: (result) => {
              setCellError((current) =>
                current?.rowId === rowId && current.colId === colId ? null : current
              )
              if (result.changed.length > 0) {
                void message.success(
                  `已保存：${result.changed.map((f) => TASK_EDIT_LABEL[f]).join('、')}`,
                  1.5
                )
              }
            },
            onError: (error) => {
              setCellError({
                rowId,
                colId,
                message: problemsOf(error, [])
                  .map((p) => p.message)
                  .join('；')
              })
            }
          }
        )
      // A deadline moved past the phase's year: ask whether the task moves to that year's phase too.
      const deadline = colId === 'deadline' ? (changes as { deadline?: string | null }).deadline : undefined
      const next = typeof deadline === 'string' ? phaseForDeadline(deadline, task.phase, phases) : null
      if (next && task.phase && typeof deadline === 'string') {
        modal.confirm({
          title: '是否调整任务所属阶段？',
          content: phaseQuestion(deadline, task.phase, next, phases),
          okText: `移到“${next.name}”阶段`,
          cancelText: '只改完成时限',
          onOk: () => save({ ...changes, phase: next.key }),
          onCancel: () => save(changes)
        })
      } else save(changes)
    },
    [asOf, update, message, modal, phases]
  )

  const clearCellError = useCallback(() => setCellError(null), [])
  return { cellError, clearCellError, onCellEditRequest }
}

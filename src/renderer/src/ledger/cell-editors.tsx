import type { GridApi } from 'ag-grid-community'
import { Button, Select, Space } from 'antd'
import { useEffect, useRef } from 'react'
import type { TaskRow } from '../../../shared/contract'
import { useApi } from '../api/hooks'
import type { CellEditorProps } from '../grid/react-cell-editor'
import { UnitPicker } from './UnitPicker'

const CITY_WIDE = 0

/**
 * Leaves the editor without saving. The editor's own `stopEditing(true)` would save (its argument only
 * keeps the focus from moving on); the grid's `stopEditing(true)` cancels.
 */
function cancelEdit(api: GridApi<TaskRow>): void {
  api.stopEditing(true)
}

/**
 * Esc cancels the edit; Tab (Shift+Tab) saves it and moves to the next (previous) cell. antd's Select
 * keeps both keys to itself while its list is open: it stops Esc from reaching the grid, and Tab would
 * add the highlighted option. These editors keep the list open, so the keys are caught on their way in.
 */
function editorKeys(props: { api: GridApi<TaskRow>; stopEditing(): void }) {
  return (event: React.KeyboardEvent) => {
    if (event.key !== 'Escape' && event.key !== 'Tab') return
    event.preventDefault()
    event.stopPropagation()
    if (event.key === 'Escape') return cancelEdit(props.api)
    props.stopEditing()
    if (event.shiftKey) props.api.tabToPreviousCell()
    else props.api.tabToNextCell()
  }
}

/**
 * 牵头单位/配合单位 in a cell: pick units from the list (Enter takes the highlighted one); a new unit only
 * through 新建单位“…” (UnitPicker).
 * 确定 or Tab saves, 取消 or Esc cancels. The list opens inside the editor so the grid keeps it as one
 * editor.
 */
export function UnitsCellEditor(props: CellEditorProps<TaskRow, string[]>): React.JSX.Element {
  const options = useApi('task.options', {})
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => box.current?.querySelector('input')?.focus(), [])
  return (
    <div
      ref={box}
      className="cell-editor-popup"
      data-testid="units-editor"
      onKeyDownCapture={editorKeys(props)}
    >
      <UnitPicker
        open
        value={props.value ?? []}
        onChange={(value) => props.onValueChange(value)}
        units={(options.data?.units ?? []).map((u) => u.name)}
        getPopupContainer={(trigger: HTMLElement) => trigger.parentElement ?? document.body}
        placeholder="选择单位，或输入名称新建"
        aria-label={props.colDef.headerName}
      />
      <Space className="cell-editor-actions">
        <Button size="small" type="primary" onClick={() => props.stopEditing()}>
          确定
        </Button>
        <Button size="small" onClick={() => cancelEdit(props.api)}>
          取消
        </Button>
      </Space>
    </div>
  )
}

/** 所属区域 in a cell: 全市 (a city-wide task) or a 区 or 镇(街); choosing or Tab saves, Esc cancels. */
export function AreaCellEditor(props: CellEditorProps<TaskRow, number | null>): React.JSX.Element {
  const options = useApi('task.options', {})
  return (
    <div className="cell-editor-popup" data-testid="area-editor" onKeyDownCapture={editorKeys(props)}>
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        open
        autoFocus
        value={props.value ?? CITY_WIDE}
        onChange={(value: number) => {
          props.onValueChange(value === CITY_WIDE ? null : value)
          // The change is the whole edit: save it at once.
          setTimeout(() => props.stopEditing(), 0)
        }}
        options={[
          { value: CITY_WIDE, label: '全市' },
          ...(options.data?.areas ?? []).map((a) => ({ value: a.id, label: a.label }))
        ]}
        getPopupContainer={(trigger: HTMLElement) => trigger.parentElement ?? document.body}
        style={{ width: '100%' }}
        aria-label="所属区域"
      />
    </div>
  )
}

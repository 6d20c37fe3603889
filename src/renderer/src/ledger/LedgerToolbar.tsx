import {
  ApartmentOutlined,
  ClearOutlined,
  DeleteOutlined,
  PlusOutlined,
  RestOutlined,
  SearchOutlined
} from '@ant-design/icons'
import type { GridApi } from 'ag-grid-community'
import { Badge, Button, Input, Segmented, Select, Space, Switch, Tag, Tooltip, type InputRef } from 'antd'
import { memo, useState, type Ref } from 'react'
import type { TaskRow } from '../../../shared/contract'
import { PHASE_LABEL, type PhaseKey } from '../../../shared/domain'
import { useFiltersPresent } from '../grid/shown-rows'
import {
  LIGHT_PRESET_LABEL,
  LIGHT_PRESETS,
  NO_PRESET,
  type LedgerPreset,
  type LightPreset
} from './ledger-presets'

export interface LedgerToolbarProps {
  searchRef: Ref<InputRef>
  /** Changes when the page empties the search and the presets (清除筛选, opening a hidden task). */
  resetKey: number
  onSearch(text: string): void
  onPreset(preset: LedgerPreset): void
  leadUnits: string[]
  phases: { key: PhaseKey; year: number }[]
  /** The grid, asked whether a filter is set (for 清除筛选). */
  api: GridApi<TaskRow> | null
  onClearFilters(): void
  area: {
    label: string
    chosen: boolean
    includeCityWide: boolean
    onIncludeCityWide(v: boolean): void
    onClear(): void
    onOpenTree(): void
  }
}

/**
 * The ledger's filters: quick search (Ctrl+F), presets 逾期/临期/本周到期/已办结, 按牵头单位, 按阶段, area.
 * The search text and the presets are the controls' own and go straight to the grid, so choosing one
 * does not redraw the page (600 tasks answer in well under 100 ms).
 */
export const LedgerFilters = memo(function LedgerFilters({
  searchRef,
  ...props
}: LedgerToolbarProps): React.JSX.Element {
  return (
    <Space wrap size={[12, 8]} className="ledger-filters">
      <SearchBox key={`search-${props.resetKey}`} ref={searchRef} onSearch={props.onSearch} />
      <PresetControls
        key={`preset-${props.resetKey}`}
        onPreset={props.onPreset}
        leadUnits={props.leadUnits}
        phases={props.phases}
      />
      <Button icon={<ApartmentOutlined />} onClick={props.area.onOpenTree}>
        按区域
      </Button>
      {props.area.chosen ? (
        <Space size={6}>
          <Tag closable onClose={props.area.onClear} color="blue" style={{ marginInlineEnd: 0 }}>
            区域：{props.area.label}
          </Tag>
          <Tooltip title="全市性任务（不属于某个区、镇街）也约束所选区域，默认一并显示">
            <Switch
              size="small"
              checked={props.area.includeCityWide}
              onChange={props.area.onIncludeCityWide}
              aria-label="含全市性任务"
            />
          </Tooltip>
          <span className="ledger-switch-label">含全市性任务</span>
        </Space>
      ) : null}
      <ClearFilters api={props.api} onClear={props.onClearFilters} />
    </Space>
  )
})

/** 清除筛选, shown while a filter is set; the only part of the toolbar a keystroke in the search redraws. */
function ClearFilters(props: { api: GridApi<TaskRow> | null; onClear(): void }): React.JSX.Element | null {
  if (!useFiltersPresent(props.api)) return null
  return (
    <Button icon={<ClearOutlined />} onClick={props.onClear}>
      清除筛选
    </Button>
  )
}

function PresetControls(props: {
  onPreset(preset: LedgerPreset): void
  leadUnits: string[]
  phases: { key: PhaseKey; year: number }[]
}): React.JSX.Element {
  const [preset, setPreset] = useState<LedgerPreset>(NO_PRESET)
  const choose = (next: LedgerPreset) => {
    setPreset(next)
    props.onPreset(next)
  }
  return (
    <>
      <Segmented<LightPreset>
        value={preset.light}
        onChange={(light) => choose({ ...preset, light })}
        options={LIGHT_PRESETS.map((p) => ({ value: p, label: LIGHT_PRESET_LABEL[p] }))}
        aria-label="筛选方案"
      />
      <Select
        allowClear
        showSearch
        placeholder="按牵头单位"
        value={preset.leadUnit ?? undefined}
        onChange={(unit?: string) => choose({ ...preset, leadUnit: unit ?? null })}
        options={props.leadUnits.map((u) => ({ value: u, label: u }))}
        style={{ width: 190 }}
        aria-label="按牵头单位"
        popupMatchSelectWidth={260}
      />
      <Select
        allowClear
        placeholder="按阶段"
        value={preset.phase ?? undefined}
        onChange={(phase?: PhaseKey) => choose({ ...preset, phase: phase ?? null })}
        options={props.phases.map((p) => ({ value: p.key, label: `${PHASE_LABEL[p.key]}（${p.year}年）` }))}
        style={{ width: 140 }}
        aria-label="按阶段"
      />
    </>
  )
}

/** The quick search box: its text is its own, each keystroke goes to the grid at once. */
function SearchBox({
  ref,
  onSearch
}: {
  ref: Ref<InputRef>
  onSearch(text: string): void
}): React.JSX.Element {
  const [text, setText] = useState('')
  return (
    <Input
      ref={ref}
      allowClear
      prefix={<SearchOutlined />}
      placeholder="搜索任务、单位、进展"
      suffix={<span className="kbd-hint">Ctrl+F</span>}
      value={text}
      onChange={(e) => {
        setText(e.target.value)
        onSearch(e.target.value)
      }}
      style={{ width: 260 }}
      aria-label="搜索任务"
    />
  )
}

/** 新增, 删除 (to 回收站) and the 回收站 itself. */
export const LedgerActions = memo(function LedgerActions(props: {
  selected: number
  deleted: number
  onAdd(): void
  onDelete(): void
  onRecycleBin(): void
}): React.JSX.Element {
  return (
    <Space>
      <Button type="primary" icon={<PlusOutlined />} onClick={props.onAdd}>
        新增任务
      </Button>
      <Button danger icon={<DeleteOutlined />} disabled={props.selected === 0} onClick={props.onDelete}>
        删除{props.selected > 0 ? `（${props.selected}）` : ''}
      </Button>
      <Badge count={props.deleted} size="small" offset={[-4, 4]} color="#8c8c8c">
        <Button icon={<RestOutlined />} onClick={props.onRecycleBin}>
          回收站
        </Button>
      </Badge>
    </Space>
  )
})

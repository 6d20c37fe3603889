import { App as AntApp, Select } from 'antd'
import { useMemo, useState } from 'react'

const NEW = '\u0000new:'

export interface UnitPickerProps {
  value?: string[]
  onChange?: (names: string[]) => void
  /** The units CivDesk knows, by name. */
  units: readonly string[]
  open?: boolean
  placeholder?: string
  'aria-label'?: string
  getPopupContainer?: (trigger: HTMLElement) => HTMLElement
}

/**
 * 牵头单位/配合单位: Enter picks the highlighted existing unit, never the typed fragment ("城管" is not a
 * unit). A unit CivDesk does not know is added only through the last option, 新建单位“…”, and the clerk
 * is told its name; Tab leaves the field without adding anything (antd's tags mode added the fragment).
 */
export function UnitPicker(props: UnitPickerProps): React.JSX.Element {
  const { message } = AntApp.useApp()
  const [search, setSearch] = useState('')
  const typed = search.trim()
  const options = useMemo(() => {
    const known = props.units.map((name) => ({ value: name, label: name }))
    const matching = typed === '' ? known : known.filter((o) => o.label.includes(typed))
    const isNew = typed !== '' && !props.units.includes(typed) && !(props.value ?? []).includes(typed)
    return isNew ? [...matching, { value: `${NEW}${typed}`, label: `新建单位“${typed}”` }] : matching
  }, [props.units, props.value, typed])

  return (
    <Select
      mode="multiple"
      open={props.open}
      value={props.value ?? []}
      searchValue={search}
      onSearch={setSearch}
      filterOption={false}
      options={options}
      onChange={(values: string[]) => {
        const created = values.filter((v) => v.startsWith(NEW)).map((v) => v.slice(NEW.length))
        for (const name of created) void message.info(`将新建单位“${name}”，保存后加入单位名录`)
        props.onChange?.(values.map((v) => (v.startsWith(NEW) ? v.slice(NEW.length) : v)))
        setSearch('')
      }}
      getPopupContainer={props.getPopupContainer}
      style={{ width: '100%' }}
      placeholder={props.placeholder}
      aria-label={props['aria-label']}
    />
  )
}

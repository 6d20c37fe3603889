import { Tabs } from 'antd'
import { useState } from 'react'
import { SETTINGS_TABS } from '../settings/settings-tabs'

/** 设置: one tab per concern (settings/settings-tabs.tsx); only the open tab is drawn. */
export function SettingsPage(): React.JSX.Element {
  const [active, setActive] = useState(SETTINGS_TABS[0].key)
  return (
    <div className="page settings-page">
      <Tabs
        activeKey={active}
        onChange={setActive}
        destroyOnHidden
        items={SETTINGS_TABS.map((tab) => ({ key: tab.key, label: tab.label, children: tab.render() }))}
      />
    </div>
  )
}

import { Tabs } from 'antd'
import { useState } from 'react'
import { useNavigation } from '../app/navigation'
import { SETTINGS_TABS } from '../settings/settings-tabs'

/** 设置: one tab per concern (settings/settings-tabs.tsx); only the open tab is drawn. */
export function SettingsPage(): React.JSX.Element {
  const { focus, clearFocus } = useNavigation()
  const [chosen, setChosen] = useState(SETTINGS_TABS[0].key)
  // Opened for one tab (a document refused for an empty office name opens 单位与公文) until the clerk
  // picks another.
  const active = focus?.kind === 'settings' ? focus.tab : chosen
  return (
    <div className="page settings-page">
      <Tabs
        activeKey={active}
        onChange={(key) => {
          setChosen(key)
          if (focus) clearFocus()
        }}
        destroyOnHidden
        items={SETTINGS_TABS.map((tab) => ({ key: tab.key, label: tab.label, children: tab.render() }))}
      />
    </div>
  )
}

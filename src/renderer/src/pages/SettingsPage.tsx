import { Empty } from 'antd'

// Built by the settings issue.
export function SettingsPage(): React.JSX.Element {
  return <Empty style={{ marginTop: 96 }} description="本页面将在后续版本中提供" />
}

import { Empty } from 'antd'

// Built by its own issue; the navigation entry is here so the shell's layout is final.
export function DocumentsPage(): React.JSX.Element {
  return <Empty style={{ marginTop: 96 }} description="本页面将在后续版本中提供" />
}

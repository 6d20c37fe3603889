import { Drawer, Typography } from 'antd'
import { AreaTreePanel } from '../areas/AreaTreePanel'

/**
 * The area tree, opened from the ledger's toolbar: most plan tasks are city-wide, so the tree does not
 * take the ledger's width all day; choosing a node filters the ledger as it does the matrix and the chart.
 */
export function AreaDrawer(props: { open: boolean; onClose(): void }): React.JSX.Element {
  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      placement="left"
      size={360}
      title="按区域筛选任务"
      data-testid="ledger-area-drawer"
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 8 } }}
    >
      <Typography.Text type="secondary">
        选择区、镇(街)后，台账只列出该区域的任务；全市性任务是否一并显示，可在工具栏切换。
      </Typography.Text>
      <AreaTreePanel title="区域" style={{ flex: 1 }} />
    </Drawer>
  )
}

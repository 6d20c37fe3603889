import { DownloadOutlined, UploadOutlined } from '@ant-design/icons'
import { Button } from 'antd'

/**
 * The Excel 台账 entry points every page places in its toolbar. Implemented by the import/export work
 * (issue 4); the props are the agreement between the pages and that work.
 */
export interface ImportLedgerButtonProps {
  /** tasks: a task ledger; villages: village items in long form. */
  kind: 'tasks' | 'villages'
  size?: 'small' | 'middle' | 'large'
}

export function ImportLedgerButton({ kind, size }: ImportLedgerButtonProps): React.JSX.Element {
  return (
    <Button icon={<UploadOutlined />} size={size} disabled>
      {kind === 'tasks' ? '导入台账' : '导入村治理事项'}
    </Button>
  )
}

export interface ExportButtonProps {
  what: 'tasks' | 'villages'
  /** The ids of the rows the grid shows after its filters; omitted or null = everything. */
  rowIds?: number[] | null
  asOf: string
}

export function ExportButton({ what }: ExportButtonProps): React.JSX.Element {
  return (
    <Button icon={<DownloadOutlined />} disabled>
      {what === 'tasks' ? '导出台账' : '导出村事项'}
    </Button>
  )
}

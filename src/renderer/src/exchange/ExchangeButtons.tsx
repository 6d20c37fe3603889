import { DownloadOutlined, UploadOutlined } from '@ant-design/icons'
import { App as AntApp, Button } from 'antd'
import { useState } from 'react'
import { call, isWebMode } from '../api/client'
import { chooseSaveFile, openWrittenFile } from '../api/files'
import { ImportWizard } from './ImportWizard'

/**
 * The Excel 台账 entry points every page places in its toolbar (issue 4); the props are the agreement
 * between the pages and this work.
 */
export interface ImportLedgerButtonProps {
  /** tasks: a task ledger; villages: village items in long form. */
  kind: 'tasks' | 'villages'
  size?: 'small' | 'middle' | 'large'
}

export function ImportLedgerButton({ kind, size }: ImportLedgerButtonProps): React.JSX.Element {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button
        icon={<UploadOutlined />}
        size={size}
        onClick={() => setOpen(true)}
        data-testid={`import-${kind}`}
      >
        {kind === 'tasks' ? '导入台账' : '导入村治理事项'}
      </Button>
      <ImportWizard kind={kind} open={open} onClose={() => setOpen(false)} />
    </>
  )
}

export interface ExportButtonProps {
  what: 'tasks' | 'villages'
  /**
   * The ids of the rows the grid shows after its filters (tasks: task ids; villages: the urban villages'
   * area ids, one per matrix row); omitted or null = everything.
   */
  rowIds?: number[] | null
  asOf: string
}

/** Exports what the grid shows to a styled .xlsx, then offers to open it (desktop) or download it (web mode). */
export function ExportButton({ what, rowIds, asOf }: ExportButtonProps): React.JSX.Element {
  const { message, notification } = AntApp.useApp()
  const [busy, setBusy] = useState(false)
  const noun = what === 'tasks' ? '任务台账' : '村治理事项'

  const run = async (): Promise<void> => {
    if (rowIds && rowIds.length === 0) {
      message.warning('当前筛选没有任何行，没有可导出的内容。')
      return
    }
    const file = await chooseSaveFile('export-xlsx', `${noun}（截至${asOf}）.xlsx`)
    if (!file) return
    setBusy(true)
    try {
      const result = await call('exchange.export', { what, file: file.ref, asOf, rowIds: rowIds ?? null })
      const web = isWebMode()
      const key = `export-${file.ref}`
      notification.success({
        key,
        title: `已导出${result.rows}${what === 'tasks' ? '项任务' : '个城中村'}`,
        description: result.fileName,
        duration: 0,
        actions: (
          <Button
            type="primary"
            size="small"
            data-testid="open-export"
            onClick={() => {
              notification.destroy(key)
              openWrittenFile(file).catch((e: unknown) =>
                message.error(e instanceof Error ? e.message : String(e))
              )
            }}
          >
            {web ? '下载' : '打开'}
          </Button>
        )
      })
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => void run()}
      data-testid={`export-${what}`}
    >
      {what === 'tasks' ? '导出台账' : '导出村事项'}
    </Button>
  )
}

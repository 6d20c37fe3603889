import { DownloadOutlined, UploadOutlined } from '@ant-design/icons'
import { App as AntApp, Button } from 'antd'
import { useState } from 'react'
import { call, isWebMode } from '../api/client'
import { chooseSaveFile, openWrittenFile } from '../api/files'
import { ImportWizard, type AfterImport } from './ImportWizard'
import { useImportKind } from './use-import-kind'

/**
 * The Excel 台账 entry points every page places in its toolbar (issue 4); the props are the agreement
 * between the pages and this work.
 */
export interface ImportLedgerButtonProps {
  /** An import kind's name (tasks: a task ledger; villages: village items in long form …). */
  kind: string
  size?: 'small' | 'middle' | 'large'
  /** Where the clerk may go after the import (the page that places the button knows the way). */
  afterImport?: AfterImport
  /** The wizard's closing button, 完成 by default. */
  finishLabel?: string
  /** Told when the wizard opens and closes (the first-run page stays while its wizard is open). */
  onOpenChange?(open: boolean): void
  /** What the kind needs besides the file (the round of an evaluators' workbook); keep the object stable. */
  options?: Readonly<Record<string, string>>
  /** Greyed out with this reason as its tooltip (no round chosen yet …). */
  disabledReason?: string
}

export function ImportLedgerButton({
  kind,
  size,
  afterImport,
  finishLabel,
  onOpenChange,
  options,
  disabledReason
}: ImportLedgerButtonProps): React.JSX.Element {
  const [open, setOpenState] = useState(false)
  const setOpen = (next: boolean): void => {
    setOpenState(next)
    onOpenChange?.(next)
  }
  const info = useImportKind(kind)
  return (
    <>
      <Button
        icon={<UploadOutlined />}
        size={size}
        loading={!info}
        disabled={disabledReason !== undefined}
        title={disabledReason}
        onClick={() => setOpen(true)}
        data-testid={`import-${kind}`}
      >
        {info?.importLabel ?? '导入'}
      </Button>
      <ImportWizard
        kind={kind}
        open={open}
        onClose={() => setOpen(false)}
        afterImport={afterImport}
        finishLabel={finishLabel}
        options={options}
      />
    </>
  )
}

export interface ExportButtonProps {
  /** The import kind whose export counterpart writes the file (it reads back as that kind). */
  what: string
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
  const info = useImportKind(what)
  const noun = info?.title ?? ''

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
        title: `已导出${result.rows}${info?.export?.counted ?? '行'}`,
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
      loading={busy || !info}
      onClick={() => void run()}
      data-testid={`export-${what}`}
    >
      {info?.export?.label ?? '导出'}
    </Button>
  )
}

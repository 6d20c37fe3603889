import { FileExcelOutlined, FileWordOutlined, FileZipOutlined, FolderOpenOutlined } from '@ant-design/icons'
import { App as AntApp, Button, List, Space, Typography } from 'antd'
import type { ChosenFile } from '../../../shared/file-purposes'
import { useState } from 'react'
import { isWebMode } from '../api/client'
import { openWrittenFile, showInFolder } from '../api/files'

/**
 * The files a generation wrote: each opens in Word/WPS/Excel (desktop) or downloads (web mode); the
 * folder opens once, from the first file.
 */
export function WrittenFiles({
  files,
  title,
  collapseAfter
}: {
  files: readonly ChosenFile[]
  title: string
  /** Show only this many until the clerk asks for the rest (a long list pushing a page's grid away). */
  collapseAfter?: number
}): React.JSX.Element {
  const { message } = AntApp.useApp()
  const [expanded, setExpanded] = useState(false)
  const folded = collapseAfter !== undefined && !expanded && files.length > collapseAfter + 1
  const shown = folded ? files.slice(0, collapseAfter) : files
  const web = isWebMode()
  const act = (work: Promise<void>): void => {
    work.catch((error: unknown) => void message.error(error instanceof Error ? error.message : String(error)))
  }
  return (
    <List
      size="small"
      bordered
      className="written-files"
      data-testid="written-files"
      header={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Text strong>{title}</Typography.Text>
          {!web && files.length > 0 ? (
            <Button size="small" icon={<FolderOpenOutlined />} onClick={() => act(showInFolder(files[0]))}>
              打开所在文件夹
            </Button>
          ) : null}
        </Space>
      }
      dataSource={[...shown]}
      footer={
        folded ? (
          <Button type="link" size="small" onClick={() => setExpanded(true)}>
            显示其余{files.length - shown.length}个文件
          </Button>
        ) : undefined
      }
      renderItem={(file) => (
        <List.Item
          actions={[
            <Button key="open" type="link" size="small" onClick={() => act(openWrittenFile(file))}>
              {web ? '下载' : '打开'}
            </Button>
          ]}
        >
          <Space>
            {file.name.endsWith('.xlsx') ? (
              <FileExcelOutlined style={{ color: '#1d6f42' }} />
            ) : file.name.endsWith('.zip') ? (
              <FileZipOutlined style={{ color: '#8d6e00' }} />
            ) : (
              <FileWordOutlined style={{ color: '#2b579a' }} />
            )}
            <span className="written-file-name">{file.name}</span>
          </Space>
        </List.Item>
      )}
    />
  )
}

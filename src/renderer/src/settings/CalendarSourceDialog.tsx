import { FileTextOutlined } from '@ant-design/icons'
import { Alert, Button, Input, Modal, Space, Typography } from 'antd'
import { useState } from 'react'
import type { CalendarImportPreview, CalendarSource } from '../../../shared/contract'
import { call } from '../api/client'
import { chooseOpenFile } from '../api/files'

/**
 * Step one of importing a year: paste 国务院办公厅's notice as published (title, items, closing and all),
 * or choose it saved as .txt or .docx. The preview is asked for here; nothing is written.
 */
export function CalendarSourceDialog(props: {
  open: boolean
  onCancel(): void
  onPreview(source: CalendarSource, preview: CalendarImportPreview): void
}): React.JSX.Element {
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const preview = async (source: CalendarSource | null): Promise<void> => {
    if (!source) return
    setBusy(true)
    setProblem(null)
    try {
      props.onPreview(source, await call('calendar.previewImport', { source }))
      setText('')
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }
  const chooseFile = async (): Promise<CalendarSource | null> => {
    const file = await chooseOpenFile('calendar-text')
    return file ? { ref: file.ref } : null
  }

  return (
    <Modal
      open={props.open}
      title="导入年度节假日安排"
      width={760}
      okText="预览"
      okButtonProps={{ disabled: text.trim() === '' }}
      confirmLoading={busy}
      onOk={() => void preview({ text })}
      cancelText="取消"
      onCancel={props.onCancel}
      destroyOnHidden
      data-testid="calendar-source-dialog"
    >
      <Typography.Paragraph type="secondary">
        把国务院办公厅《关于××××年部分节假日安排的通知》全文（标题、正文和落款都可以）粘贴到下面，或选择保存的
        .txt / .docx 文件。也可以按“2027-01-01 至 2027-01-03 休 元旦”“2027-02-20 班 春节调休”逐行填写。
      </Typography.Paragraph>
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={12}
        placeholder={
          '国务院办公厅关于2027年部分节假日安排的通知\n……\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n……'
        }
        aria-label="通知原文"
        data-testid="calendar-paste"
      />
      <Space style={{ marginTop: 12 }}>
        <Button icon={<FileTextOutlined />} onClick={() => void chooseFile().then(preview)} disabled={busy}>
          选择文件（.txt / .docx）
        </Button>
      </Space>
      {problem ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12, whiteSpace: 'pre-wrap' }}
          message="无法导入"
          description={problem}
          data-testid="calendar-source-problem"
        />
      ) : null}
    </Modal>
  )
}

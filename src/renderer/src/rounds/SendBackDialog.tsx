import { Alert, App as AntApp, Input, Modal, Table, Typography } from 'antd'
import { useState } from 'react'
import type { IsoDate } from '../../../shared/civil-date'
import type { ReturnCheck, ReturnResult } from '../../../shared/contract'
import { call } from '../api/client'
import { useApi, useApiMutation } from '../api/hooks'
import { problemPlace } from './return-verdict'

/**
 * 退回: a reason for the whole file and/or one per item; CivDesk records it and writes the unit's 退回说明
 * into a folder the clerk chooses. From 收取 it sends back a checked file: the file's problems are offered
 * as the reason to start from, and its changed items take a reason each. From 报送情况 it sends back what
 * the unit reported, with no file at hand: any of the unit's items may take a reason. (Mounted per file or
 * unit, so each starts afresh.)
 */
export function SendBackDialog(props: {
  unit: { unitId: number; unit: string }
  /** The checked file being sent back; absent when sending back from the board. */
  check?: ReturnCheck
  roundId: number
  asOf: IsoDate
  onClose(): void
  /** After the send-back is recorded and said (已退回…); the caller lists the 退回说明. */
  onSent(result: ReturnResult): void
}): React.JSX.Element {
  const { message } = AntApp.useApp()
  const check = props.check
  const [reason, setReason] = useState(() =>
    (check?.problems ?? [])
      .slice(0, 20)
      .map((p) => `${problemPlace(p)}：${p.message}`)
      .join('\n')
      .slice(0, 1000)
  )
  // Without a file, every item the unit was asked about may be the one to fix.
  const unitItems = useApi(
    'round.items',
    { id: props.roundId, unitId: props.unit.unitId },
    { enabled: check === undefined }
  )
  const items = check
    ? check.changes.map((c) => ({ roundItemId: c.roundItemId, code: c.code, title: c.title }))
    : (unitItems.data ?? []).map((i) => ({ roundItemId: i.id, code: i.code, title: i.title }))
  const [itemReasons, setItemReasons] = useState<Record<number, string>>({})
  const [failure, setFailure] = useState<string | null>(null)
  const sendBack = useApiMutation('round.return')

  const submit = async (): Promise<void> => {
    setFailure(null)
    try {
      const folder = await call('file.chooseFolder', { purpose: 'round-folder' })
      if (!folder) return
      const result = await sendBack.mutateAsync({
        id: props.roundId,
        unitId: props.unit.unitId,
        ...(check ? { source: check.source, checksum: check.checksum } : {}),
        reason: reason.trim(),
        itemReasons: Object.entries(itemReasons)
          .filter(([, text]) => text.trim() !== '')
          .map(([id, text]) => ({ roundItemId: Number(id), reason: text.trim() })),
        folder: folder.ref,
        asOf: props.asOf
      })
      void message.success(`已退回${result.unit}，并生成退回说明`)
      props.onSent(result)
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <Modal
      open
      title={`退回：${props.unit.unit}`}
      width={760}
      okText="选择文件夹并退回…"
      cancelText="取消"
      okButtonProps={{ danger: true, id: 'confirm-send-back' }}
      confirmLoading={sendBack.isPending}
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
      data-testid="send-back-dialog"
    >
      <Typography.Paragraph type="secondary">
        退回后该单位的状态为“已退回”，等待重新报送；同时生成退回说明（.docx），列明需要修改的地方。
      </Typography.Paragraph>
      <label htmlFor="send-back-reason">{check ? '整份文件的退回原因' : '退回原因'}</label>
      <Input.TextArea
        id="send-back-reason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={1000}
        autoSize={{ minRows: 2, maxRows: 6 }}
        placeholder="如：完成百分比与状态不符，请核实后重新报送"
        style={{ margin: '4px 0 12px' }}
      />
      {items.length > 0 ? (
        <Table
          size="small"
          rowKey="roundItemId"
          dataSource={items}
          loading={!check && unitItems.isPending}
          pagination={items.length > 5 ? { pageSize: 5, size: 'small' } : false}
          columns={[
            { title: '编号', dataIndex: 'code', width: 110 },
            { title: '事项', dataIndex: 'title', ellipsis: true },
            {
              title: '该项退回原因（可不填）',
              width: 300,
              render: (_, item) => (
                <Input
                  aria-label={`${item.code}的退回原因`}
                  value={itemReasons[item.roundItemId] ?? ''}
                  maxLength={500}
                  onChange={(e) => setItemReasons((r) => ({ ...r, [item.roundItemId]: e.target.value }))}
                />
              )
            }
          ]}
        />
      ) : null}
      {failure ? <Alert type="error" showIcon message={failure} style={{ marginTop: 8 }} /> : null}
    </Modal>
  )
}

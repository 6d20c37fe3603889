import { FolderOpenOutlined } from '@ant-design/icons'
import { Alert, Button, Space, Typography } from 'antd'
import { useState } from 'react'
import { type IsoDate } from '../../../shared/civil-date'
import type { RoundDetail, RoundFilesResult } from '../../../shared/contract'
import { formatCount } from '../../../shared/count-format'
import { call } from '../api/client'
import { useApiMutation } from '../api/hooks'
import { WrittenFiles } from '../documents/WrittenFiles'
import { IssueDateField } from '../documents/IssueDateField'

/**
 * 生成填报表: one workbook per unit, the 填报通知 and a .zip of them all (for the 政务网 or e-mail), written
 * in one go into a folder the clerk chooses. Writing again gives fresh copies of the same questions.
 */
export function RoundFilesPanel(props: { round: RoundDetail; asOf: IsoDate }): React.JSX.Element {
  const write = useApiMutation('round.writeFiles')
  const [chosenIssuedOn, setIssuedOn] = useState<IsoDate | null>(null)
  const issuedOn = chosenIssuedOn ?? props.round.openedOn
  const [written, setWritten] = useState<RoundFilesResult | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  const run = async (): Promise<void> => {
    setFailure(null)
    try {
      const folder = await call('file.chooseFolder', { purpose: 'round-folder' })
      if (!folder) return
      setWritten(await write.mutateAsync({ id: props.round.id, folder: folder.ref, issuedOn }))
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <div className="round-files" data-testid="round-files">
      <Space wrap size="large">
        <IssueDateField
          id="round-issued-on"
          label="填报通知发文日期"
          value={issuedOn}
          asOf={props.round.openedOn}
          onChange={setIssuedOn}
        />
        <Button
          type="primary"
          icon={<FolderOpenOutlined />}
          loading={write.isPending}
          onClick={() => void run()}
          data-testid="write-round-files"
        >
          选择文件夹并生成填报表…
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
        为{formatCount(props.round.unitRows.length)}个单位各生成一份填报表（文件名为“{props.round.title}
        -单位名称.xlsx”），另附填报通知和全部文件的压缩包。单位改了文件名也能认出：收取时按表内的标识识别。
        {props.round.filesWrittenAt ? '此前已生成过，重新生成的内容相同。' : ''}
      </Typography.Paragraph>
      {failure ? <Alert type="error" showIcon message={failure} style={{ marginBottom: 8 }} /> : null}
      {written ? (
        <WrittenFiles
          title={`已生成 ${formatCount(written.files.length)} 份填报表、填报通知和压缩包（${written.folder.name}）`}
          files={[written.notice, written.zip, ...written.files.map((f) => f.file)]}
        />
      ) : null}
    </div>
  )
}

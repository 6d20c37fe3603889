import { FileZipOutlined, FolderOpenOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { Alert, Button, DatePicker, Input, Modal, Progress, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { formatChineseDate, type IsoDate } from '../../../shared/civil-date'
import type { PackOptions, PackProgress, PackResult } from '../../../shared/contract'
import { call, isWebMode } from '../api/client'
import { openWrittenFile, showInFolder } from '../api/files'
import { useApi } from '../api/hooks'
import { useOfficeGuard } from '../settings/use-office-guard'
import { IssueDateField } from './IssueDateField'
import { PackPartsForm } from './PackPartsForm'
import { writePackWithProgress } from './pack-writing'

/**
 * 会议材料: one action for everything a leadership meeting needs. The choices start from the last pack's
 * (pack.defaults); one button writes the folder and its .zip, with the part being written on the bar and
 * 取消 until it is registered. Done: 打开所在文件夹 (desktop) or the .zip as a download (web mode).
 */
export function MeetingPackDialog(props: {
  open: boolean
  asOf: IsoDate
  onClose(): void
}): React.JSX.Element {
  const queryClient = useQueryClient()
  const office = useOfficeGuard()
  const [asOf, setAsOf] = useState(props.asOf)
  const defaults = useApi('pack.defaults', { asOf }, { enabled: props.open })
  // The last pack's choices until the clerk changes one; from then on the clerk's own.
  const [edited, setOptions] = useState<PackOptions | null>(null)
  const options = edited ?? defaults.data?.options ?? null
  const [progress, setProgress] = useState<PackProgress | null>(null)
  const [result, setResult] = useState<PackResult | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const running = progress !== null

  const changeAsOf = (date: IsoDate): void => {
    setAsOf(date)
    setOptions((o) => (o ? { ...o, asOf: date, issuedOn: o.issuedOn < date ? date : o.issuedOn } : o))
  }

  const write = async (): Promise<void> => {
    if (!options) return
    if (options.briefing.include && !office.ready('briefing')) return
    if (options.notices.include && !office.ready('supervision')) return
    setFailure(null)
    setResult(null)
    try {
      const folder = await call('file.chooseFolder', { purpose: 'pack-folder' })
      if (!folder) return
      setProgress({ state: 'running', part: '读取数据', done: 0, total: 1 })
      setResult(await writePackWithProgress({ options, folder: folder.ref }, setProgress))
    } catch (error) {
      if (!office.handled(error)) setFailure(error instanceof Error ? error.message : String(error))
    } finally {
      setProgress(null)
      await queryClient.invalidateQueries()
    }
  }

  const close = (): void => {
    if (running) return
    setOptions(null)
    setResult(null)
    setFailure(null)
    props.onClose()
  }

  const percent = progress ? Math.round((progress.done / Math.max(1, progress.total)) * 100) : 0
  return (
    <Modal
      open={props.open}
      title="会议材料"
      width={720}
      // On a 768-pixel screen the finished pack's summary would push the buttons off the bottom.
      style={{ top: 24 }}
      styles={{ body: { maxHeight: 'calc(100vh - 170px)', overflowY: 'auto' } }}
      onCancel={close}
      maskClosable={false}
      closable={!running}
      destroyOnHidden
      footer={
        <Space>
          {running ? (
            <Button danger onClick={() => void call('pack.cancel', {})}>
              取消
            </Button>
          ) : (
            <Button onClick={close}>关闭</Button>
          )}
          <Button
            type="primary"
            icon={<FileZipOutlined />}
            loading={running}
            disabled={!options}
            onClick={() => void write()}
          >
            生成会议材料
          </Button>
        </Space>
      }
    >
      {options && defaults.data ? (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="meeting-pack">
          <Space wrap size="middle">
            <Space>
              <label htmlFor="pack-title">会议名称</label>
              <Input
                id="pack-title"
                value={options.title}
                maxLength={40}
                disabled={running}
                style={{ width: 300 }}
                onChange={(e) => setOptions({ ...options, title: e.target.value })}
              />
            </Space>
            <Space>
              <label htmlFor="pack-meeting-date">会议日期</label>
              <DatePicker
                id="pack-meeting-date"
                allowClear={false}
                disabled={running}
                value={dayjs(options.meetingDate)}
                format="YYYY年M月D日"
                style={{ width: 170 }}
                onChange={(v) => v && setOptions({ ...options, meetingDate: v.format('YYYY-MM-DD') })}
              />
            </Space>
          </Space>
          <Space wrap size="middle">
            <Space>
              <label htmlFor="pack-as-of">统计截止日期</label>
              <DatePicker
                id="pack-as-of"
                allowClear={false}
                disabled={running}
                value={dayjs(asOf)}
                format="YYYY年M月D日"
                style={{ width: 170 }}
                onChange={(v) => v && changeAsOf(v.format('YYYY-MM-DD'))}
              />
            </Space>
            <IssueDateField
              id="pack-issued-on"
              label="印发日期"
              value={options.issuedOn}
              asOf={asOf}
              disabled={running}
              onChange={(issuedOn) => setOptions({ ...options, issuedOn })}
            />
          </Space>
          <PackPartsForm
            defaults={defaults.data}
            options={options}
            onChange={setOptions}
            disabled={running}
          />
          <Typography.Text type="secondary">
            将生成文件夹“{options.meetingDate} {options.title.trim()}
            ”及同名压缩包；各材料的数字取自生成开始时的同一份数据，期号和文号只登记一次。
          </Typography.Text>
          {progress ? (
            <div data-testid="pack-progress">
              <Typography.Text>正在生成：{progress.part}</Typography.Text>
              <Progress percent={percent} status="active" />
            </div>
          ) : null}
          {failure ? <Alert type="error" showIcon message="会议材料未生成" description={failure} /> : null}
          {result ? (
            <Alert
              type="success"
              showIcon
              data-testid="pack-done"
              message={`已生成“${result.folderName}”（${result.parts.reduce((n, p) => n + p.files, 0)}个文件）`}
              description={
                <Space direction="vertical">
                  <span>{result.parts.map((p) => `${p.name}（${p.files}个文件）`).join('；')}</span>
                  <span>
                    数据快照时间：{formatChineseDate(result.snapshotAt.slice(0, 10))}{' '}
                    {result.snapshotAt.slice(11, 16)}
                  </span>
                  {isWebMode() ? (
                    <Button icon={<FileZipOutlined />} onClick={() => void openWrittenFile(result.zip)}>
                      下载压缩包 {result.zip.name}
                    </Button>
                  ) : (
                    <Button icon={<FolderOpenOutlined />} onClick={() => void showInFolder(result.zip)}>
                      打开所在文件夹
                    </Button>
                  )}
                </Space>
              }
            />
          ) : null}
        </Space>
      ) : (
        <Typography.Text type="secondary">正在读取……</Typography.Text>
      )}
    </Modal>
  )
}

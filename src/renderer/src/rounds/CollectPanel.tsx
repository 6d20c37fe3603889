import { FileAddOutlined, FolderAddOutlined } from '@ant-design/icons'
import { Alert, App as AntApp, Button, Empty, Space, Spin, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { IsoDate } from '../../../shared/civil-date'
import type { CollectPreview, ReturnCheck, ReturnResult } from '../../../shared/contract'
import { formatCount } from '../../../shared/count-format'
import type { ChosenFile } from '../../../shared/file-purposes'
import { call, isWebMode } from '../api/client'
import { chooseFolderToRead, chooseOpenFiles } from '../api/files'
import { useApiMutation } from '../api/hooks'
import { WrittenFiles } from '../documents/WrittenFiles'
import { checkBadge } from './return-verdict'
import { ReturnReview } from './ReturnReview'
import { SendBackDialog } from './SendBackDialog'

interface Sources {
  files: ChosenFile[]
  folders: ChosenFile[]
}

const keyOf = (check: ReturnCheck): string => `${check.source.ref}\u0001${check.source.entry ?? ''}`

/**
 * 收取: the clerk picks the returned files (many at once, a folder, or the .zip they came in); each is
 * identified by what is inside it, checked and recorded as received, nothing applied. Then, file by
 * file, 采纳 or 退回.
 */
export function CollectPanel(props: { roundId: number; asOf: IsoDate }): React.JSX.Element {
  const { message } = AntApp.useApp()
  const [sources, setSources] = useState<Sources>({ files: [], folders: [] })
  const [preview, setPreview] = useState<CollectPreview | null>(null)
  const [current, setCurrent] = useState<string | null>(null)
  const [checking, setChecking] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const [sendingBack, setSendingBack] = useState<ReturnCheck | null>(null)
  const [sentBack, setSentBack] = useState<ReturnResult[]>([])
  const accept = useApiMutation('round.accept')

  const receive = useApiMutation('round.receive')

  /**
   * Newly chosen files are received (the unit has reported: 已报, or 逾期报送 after the due date; the same
   * file twice counts once); after a decision the same files are only checked again.
   */
  const check = async (next: Sources, record = false): Promise<void> => {
    if (next.files.length + next.folders.length === 0) return
    setChecking(true)
    setFailure(null)
    try {
      const input = {
        id: props.roundId,
        asOf: props.asOf,
        files: next.files.map((f) => f.ref),
        folders: next.folders.map((f) => f.ref)
      }
      const result = record ? await receive.mutateAsync(input) : await call('round.collectPreview', input)
      setPreview(result)
      setCurrent((shown) =>
        shown && result.files.some((c) => keyOf(c) === shown)
          ? shown
          : result.files[0]
            ? keyOf(result.files[0])
            : null
      )
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error))
    } finally {
      setChecking(false)
    }
  }

  const add = async (pick: () => Promise<ChosenFile[]>, into: keyof Sources): Promise<void> => {
    try {
      const chosen = await pick()
      if (chosen.length === 0) return
      const next = { ...sources, [into]: [...sources[into], ...chosen] }
      setSources(next)
      await check(next, true)
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error))
    }
  }

  const shown = preview?.files.find((c) => keyOf(c) === current) ?? null

  const doAccept = (target: ReturnCheck, itemIds: number[] | undefined): void => {
    accept.mutate(
      { id: props.roundId, source: target.source, checksum: target.checksum, itemIds, asOf: props.asOf },
      {
        onSuccess: (result) => {
          void message.success(
            `已采纳${result.unit}的${formatCount(result.items)}项填报` +
              (result.problemsRequested > 0
                ? `，其中${formatCount(result.problemsRequested)}个测评问题转为“申请销号”，请在问题清单中复核`
                : '')
          )
          void check(sources)
        },
        onError: (error) => void message.error(error.message)
      }
    )
  }

  return (
    <div className="collect-panel" data-testid="collect-panel">
      <Space wrap>
        <Button
          type="primary"
          icon={<FileAddOutlined />}
          onClick={() => void add(() => chooseOpenFiles('round-return'), 'files')}
          data-testid="collect-files"
        >
          选择文件（可多选，含 .zip）…
        </Button>
        <Button
          icon={<FolderAddOutlined />}
          onClick={() =>
            void add(
              () => chooseFolderToRead('round-return', 'round-folder'),
              // The browser cannot hand over a folder: its files arrive one by one, as chosen files.
              isWebMode() ? 'files' : 'folders'
            )
          }
          data-testid="collect-folder"
        >
          选择文件夹…
        </Button>
        {preview ? (
          <Button onClick={() => void check(sources)} loading={checking}>
            重新检查
          </Button>
        ) : null}
        {preview ? (
          <Button
            type="link"
            onClick={() => {
              setSources({ files: [], folders: [] })
              setPreview(null)
              setCurrent(null)
            }}
          >
            清空
          </Button>
        ) : null}
      </Space>
      {failure ? <Alert type="error" showIcon message={failure} data-testid="collect-error" /> : null}
      {checking && !preview ? <Spin style={{ margin: 24 }} /> : null}
      {!preview && !checking ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description="选择各单位报回的填报表：可一次选择多个文件、一个文件夹或收到的 .zip 压缩包。文件改名不影响识别。"
        />
      ) : null}
      {sentBack.length > 0 ? (
        <WrittenFiles
          title={`已退回 ${sentBack.map((r) => r.unit).join('、')}，退回说明：`}
          files={sentBack.map((r) => r.file)}
        />
      ) : null}
      {preview ? (
        <div className="collect-layout">
          <div
            className="collect-files"
            role="listbox"
            aria-label="收取的文件"
            data-testid="collect-file-list"
          >
            <Typography.Text type="secondary" style={{ padding: '0 4px' }}>
              共{formatCount(preview.files.length)}个文件
            </Typography.Text>
            {preview.files.map((c) => {
              const badge = checkBadge(c, props.roundId)
              const key = keyOf(c)
              return (
                <button
                  type="button"
                  key={key}
                  role="option"
                  aria-selected={key === current}
                  className={`collect-file${key === current ? ' collect-file-chosen' : ''}`}
                  onClick={() => setCurrent(key)}
                  data-testid="collect-file"
                >
                  <span className="collect-file-name" title={c.name}>
                    {c.name}
                  </span>
                  <span className="collect-file-meta">
                    <Tag color={badge.color}>{badge.text}</Tag>
                    <Typography.Text type="secondary" ellipsis>
                      {c.unit ?? '—'}
                    </Typography.Text>
                  </span>
                </button>
              )
            })}
          </div>
          {shown ? (
            <ReturnReview
              key={current ?? ''}
              check={shown}
              roundId={props.roundId}
              busy={accept.isPending}
              onAccept={(ids) => doAccept(shown, ids)}
              onSendBack={() => setSendingBack(shown)}
            />
          ) : null}
        </div>
      ) : null}
      {sendingBack && sendingBack.unitId !== null ? (
        <SendBackDialog
          unit={{ unitId: sendingBack.unitId, unit: sendingBack.unit ?? '' }}
          check={sendingBack}
          roundId={props.roundId}
          asOf={props.asOf}
          onClose={() => setSendingBack(null)}
          onSent={(result) => {
            setSendingBack(null)
            setSentBack((all) => [...all, result])
            void check(sources)
          }}
        />
      ) : null}
    </div>
  )
}

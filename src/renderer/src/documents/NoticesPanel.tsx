import { FolderOpenOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Collapse,
  Descriptions,
  Progress,
  Radio,
  Space,
  Table,
  Typography
} from 'antd'
import { useMemo, useState } from 'react'
import { formatChineseDate, yearOf, type IsoDate } from '../../../shared/civil-date'
import type { NoticeKind, NoticePlanGroup, NoticeRequest } from '../../../shared/contract'
import type { ChosenFile } from '../../../shared/file-purposes'
import { call } from '../api/client'
import { useApi } from '../api/hooks'
import { useAsOf } from '../app/as-of'
import { LIGHT_COLORS } from '../styles/theme'
import { issueInChunks, type IssueProgress } from './issue-in-chunks'
import { NoticeItemPicker } from './NoticeItemPicker'
import { NoticeSettingsForm } from './NoticeSettingsForm'
import { WrittenFiles } from './WrittenFiles'
import { IssueDateField } from './IssueDateField'
import { useOfficeGuard } from '../settings/use-office-guard'
import { formatCount } from '../../../shared/count-format'

const KIND_TEXT: Record<NoticeKind, string> = { supervision: '督办通知', reminder: '催办通知' }

/**
 * 督办通知 (per responsible unit, for the items picked or for everything overdue) and 催办通知 (per
 * notice whose reply is overdue): the plan, then a folder, then one .docx per unit and the 发文登记表,
 * with a progress bar while they are written.
 */
export function NoticesPanel(props: {
  kind: NoticeKind
  onKindChange: (kind: NoticeKind) => void
}): React.JSX.Element {
  const { message } = AntApp.useApp()
  const queryClient = useQueryClient()
  const { asOf } = useAsOf()
  const office = useOfficeGuard()
  const [mode, setMode] = useState<'overdue' | 'items'>('overdue')
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [chosenIssuedOn, setIssuedOn] = useState<IsoDate | null>(null)
  const issuedOn = chosenIssuedOn && chosenIssuedOn >= asOf ? chosenIssuedOn : asOf
  const [progress, setProgress] = useState<IssueProgress | null>(null)
  const [written, setWritten] = useState<ChosenFile[] | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  const request = useMemo<NoticeRequest>(() => {
    if (props.kind === 'reminder') return { kind: 'reminder' }
    if (mode === 'overdue') return { kind: 'supervision', selection: { mode: 'overdue' } }
    const ids = (kind: string) =>
      [...selected].filter((k) => k.startsWith(`${kind}:`)).map((k) => Number(k.split(':')[1]))
    return {
      kind: 'supervision',
      selection: { mode: 'items', villageItemIds: ids('village-item'), taskIds: ids('task') }
    }
  }, [props.kind, mode, selected])
  const candidates = useApi(
    'notice.candidates',
    { asOf },
    { enabled: props.kind === 'supervision' && mode === 'items' }
  )
  const nothingPicked = props.kind === 'supervision' && mode === 'items' && selected.size === 0
  const plan = useApi('notice.plan', { asOf, issuedOn, request }, { enabled: !nothingPicked })
  const running = progress !== null && progress.done < progress.total

  const issue = async (): Promise<void> => {
    const groups = plan.data?.groups ?? []
    if (groups.length === 0 || !office.ready(props.kind)) return
    setFailure(null)
    setWritten(null)
    try {
      const folder = await call('file.chooseFolder', { purpose: 'notice-folder' })
      if (!folder) return
      const { notices, files } = await issueInChunks(
        { asOf, issuedOn, request, folder: folder.ref },
        groups.map((g) => g.key),
        setProgress
      )
      const register = await call('notice.exportRegister', {
        asOf,
        year: yearOf(issuedOn),
        folder: folder.ref
      })
      setWritten([...files, register])
      void message.success(`已生成${KIND_TEXT[props.kind]}${formatCount(notices.length)}份，并导出发文登记表`)
    } catch (error) {
      if (!office.handled(error)) setFailure(error instanceof Error ? error.message : String(error))
    } finally {
      setProgress((p) => (p ? { ...p, done: p.total } : p))
      await queryClient.invalidateQueries()
    }
  }

  const p = plan.data
  return (
    <div className="documents-panel" data-testid="notices-panel">
      <Card size="small">
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap size="large">
            <Radio.Group
              value={props.kind}
              onChange={(e) => props.onKindChange(e.target.value as NoticeKind)}
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'supervision', label: '督办通知' },
                { value: 'reminder', label: '催办通知（反馈逾期）' }
              ]}
              aria-label="通知类别"
            />
            {props.kind === 'supervision' ? (
              <Radio.Group
                value={mode}
                onChange={(e) => setMode(e.target.value as typeof mode)}
                options={[
                  { value: 'overdue', label: `截至${formatChineseDate(asOf)}的全部逾期事项` },
                  { value: 'items', label: '选择逾期或临期事项' }
                ]}
                aria-label="督办范围"
              />
            ) : (
              <Typography.Text>
                截至{formatChineseDate(asOf)}
                反馈期限已过、尚未反馈且未催办过的督办通知，每份各发一份催办通知，引用原文号。
              </Typography.Text>
            )}
            <IssueDateField
              id="notice-issued-on"
              label="发文日期"
              value={issuedOn}
              asOf={asOf}
              onChange={setIssuedOn}
            />
          </Space>
          {props.kind === 'supervision' && mode === 'items' ? (
            <NoticeItemPicker
              items={candidates.data ?? []}
              loading={candidates.isPending}
              selected={selected}
              onChange={setSelected}
            />
          ) : null}
        </Space>
      </Card>
      {plan.isError ? <Alert type="error" showIcon message={plan.error.message} /> : null}
      {p && !nothingPicked ? (
        <Card
          size="small"
          title={`将生成${KIND_TEXT[p.kind]} ${formatCount(p.groups.length)} 份`}
          data-testid="notice-plan"
          extra={
            <Button
              type="primary"
              icon={<FolderOpenOutlined />}
              disabled={p.groups.length === 0 || running}
              loading={running}
              onClick={() => void issue()}
              data-testid="issue-notices"
            >
              选择文件夹并生成…
            </Button>
          }
        >
          <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="发文日期">{formatChineseDate(p.issuedOn)}</Descriptions.Item>
            <Descriptions.Item label="反馈期限">
              {formatChineseDate(p.replyDue)}（{formatCount(p.replyWorkdays)}个工作日，节假日顺延）
            </Descriptions.Item>
            <Descriptions.Item label="涉及事项">
              {formatCount(p.groups.reduce((n, g) => n + g.items, 0))} 项
            </Descriptions.Item>
          </Descriptions>
          {p.warnings.map((w) => (
            <Alert key={w} type="warning" showIcon message={w} style={{ marginBottom: 8 }} />
          ))}
          {p.skipped.length > 0 ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 8 }}
              message={`${formatCount(p.skipped.length)}项不生成通知：${p.skipped
                .slice(0, 3)
                .map((s) => `${s.title}（${s.reason}）`)
                .join('；')}${p.skipped.length > 3 ? '等' : ''}`}
            />
          ) : null}
          {progress ? (
            <Progress
              percent={Math.round((progress.done / Math.max(1, progress.total)) * 100)}
              format={() => `${progress.done}/${progress.total}`}
              status={failure ? 'exception' : progress.done < progress.total ? 'active' : 'success'}
              data-testid="notice-progress"
            />
          ) : null}
          {failure ? <Alert type="error" showIcon message={failure} style={{ margin: '8px 0' }} /> : null}
          {p.groups.length === 0 ? (
            <Typography.Text type="secondary" data-testid="notice-plan-empty">
              {p.kind === 'reminder'
                ? '没有需要催办的通知：反馈期限未到、已反馈或已催办。'
                : '所选范围内没有需要督办的事项。'}
            </Typography.Text>
          ) : (
            <Table<NoticePlanGroup>
              size="small"
              rowKey="key"
              dataSource={p.groups}
              pagination={{ pageSize: 8, showSizeChanger: false, showTotal: (n) => `共${formatCount(n)}份` }}
              columns={[
                { title: '主送单位', dataIndex: 'unit' },
                { title: '事项数', dataIndex: 'items', align: 'right', width: 90 },
                {
                  title: '其中逾期',
                  align: 'right',
                  width: 90,
                  render: (_, g) => (
                    <span style={{ color: g.red > 0 ? LIGHT_COLORS.red : undefined }}>{g.red}</span>
                  )
                },
                { title: '其中临期', dataIndex: 'yellow', align: 'right', width: 90 },
                ...(p.kind === 'reminder'
                  ? [{ title: '催办所引文号', dataIndex: 'cites' as const, width: 240 }]
                  : [])
              ]}
            />
          )}
        </Card>
      ) : nothingPicked ? (
        <Alert type="info" showIcon message="请在上表中勾选要督办的事项。" />
      ) : null}
      {written ? (
        <WrittenFiles title={`已生成 ${formatCount(written.length)} 个文件`} files={written} />
      ) : null}
      <Collapse
        size="small"
        items={[
          {
            key: 'settings',
            label: '通知落款与抄送（联系人、联系电话、抄送单位）',
            children: <NoticeSettingsForm />
          }
        ]}
      />
    </div>
  )
}

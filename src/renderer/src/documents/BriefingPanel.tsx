import { FileWordOutlined, UndoOutlined } from '@ant-design/icons'
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Collapse,
  Input,
  InputNumber,
  Space,
  Spin,
  Table,
  Tag,
  Typography
} from 'antd'
import { useState } from 'react'
import { formatChineseDate, type IsoDate } from '../../../shared/civil-date'
import type { BriefingIssueRow } from '../../../shared/contract'
import type { ChosenFile } from '../../../shared/file-purposes'
import { chooseSaveFile } from '../api/files'
import { useApi, useApiMutation } from '../api/hooks'
import { useAsOf } from '../app/as-of'
import { BriefingColophonForm } from './BriefingColophonForm'
import { BriefingFigures } from './BriefingFigures'
import { BriefingRoundCard } from './BriefingRoundCard'
import { briefingSections } from '../../../shared/briefing-sections'
import { WrittenFiles } from './WrittenFiles'
import { IssueDateField } from './IssueDateField'
import { useOfficeGuard } from '../settings/use-office-guard'
import { formatCount } from '../../../shared/count-format'

/**
 * 工作简报: options (统计截止日期 from the shell, 期号 suggested from the issues kept, 印发日期), a preview of
 * what the issue will say, the round's 报送情况, the 测评情况 and the 亮点做法 to keep or pick, 存在问题 and 下步工作 to edit, then
 * the save dialog and the file.
 */
export function BriefingPanel(): React.JSX.Element {
  const { message } = AntApp.useApp()
  const { asOf } = useAsOf()
  const office = useOfficeGuard()
  const [issueNo, setIssueNo] = useState<number | null>(null)
  const [chosenIssuedOn, setIssuedOn] = useState<IsoDate | null>(null)
  const issuedOn = chosenIssuedOn && chosenIssuedOn >= asOf ? chosenIssuedOn : asOf
  const preview = useApi('briefing.preview', { asOf, issuedOn, ...(issueNo ? { issueNo } : {}) })
  const issues = useApi('briefing.list', {})
  const exporting = useApiMutation('briefing.export')
  const [problems, setProblems] = useState<string | null>(null)
  const [nextSteps, setNextSteps] = useState<string | null>(null)
  const [written, setWritten] = useState<{ file: ChosenFile; label: string } | null>(null)
  const [reporting, setReporting] = useState(true)
  const [assessment, setAssessment] = useState(true)
  const [chosenHighlights, setHighlights] = useState<number[]>([])

  const p = preview.data
  const problemsText = problems ?? p?.problems ?? ''
  const nextStepsText = nextSteps ?? p?.nextSteps ?? ''
  // Picks of another 统计截止日期's round fall away when the date changes.
  const highlights = chosenHighlights.filter((id) => p?.highlights.some((h) => h.id === id))
  const sections = p
    ? briefingSections({
        villages: p.summary.villages,
        assessment: assessment && p.assessment !== null,
        highlights: highlights.length > 0
      })
    : []
  const sectionTitle = (name: string): string => sections.find((s) => s.endsWith(`、${name}`)) ?? name

  const generate = async (): Promise<void> => {
    if (!p || !office.ready('briefing')) return
    try {
      const target = await chooseSaveFile('docx', `${p.briefingName}第${p.issueNo}期.docx`)
      if (!target) return
      const result = await exporting.mutateAsync({
        asOf,
        issueNo: p.issueNo,
        issuedOn,
        problems: problemsText,
        nextSteps: nextStepsText,
        reporting,
        assessment,
        highlights,
        target: target.ref
      })
      setWritten({ file: result.file, label: `${result.issue.year}年第${result.issue.issueNo}期` })
      setIssueNo(null)
      void message.success(`已生成${p.briefingName}${result.issue.year}年第${result.issue.issueNo}期`)
    } catch (error) {
      if (office.handled(error)) return
      void message.error(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <div className="documents-panel" data-testid="briefing-panel">
      <Card size="small">
        <Space wrap size="large" align="center">
          <span>
            数据截至：<b data-testid="briefing-as-of">{formatChineseDate(asOf)}</b>
            <Typography.Text type="secondary">（页面顶部的统计截止日期）</Typography.Text>
          </span>
          <Space>
            <label htmlFor="briefing-issue-no">期号</label>
            <InputNumber
              id="briefing-issue-no"
              min={1}
              max={999}
              value={issueNo ?? p?.issueNo ?? null}
              onChange={(value) => setIssueNo(typeof value === 'number' ? value : null)}
              addonBefore="第"
              addonAfter="期"
              style={{ width: 140 }}
            />
          </Space>
          <IssueDateField
            id="briefing-issued-on"
            label="印发日期"
            value={issuedOn}
            asOf={asOf}
            onChange={setIssuedOn}
          />
          <Button
            type="primary"
            icon={<FileWordOutlined />}
            onClick={() => void generate()}
            loading={exporting.isPending}
            disabled={!p}
            data-testid="generate-briefing"
          >
            生成简报（Word）…
          </Button>
        </Space>
        {p?.replacesIssue ? (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            message={`${p.year}年第${p.issueNo}期已生成过，再次生成将替换该期的登记数据（下期据此对比）。`}
          />
        ) : null}
      </Card>
      {written ? <WrittenFiles title={`已生成简报 ${written.label}`} files={[written.file]} /> : null}
      {preview.isPending ? <Spin style={{ margin: 32 }} /> : null}
      {preview.isError ? <Alert type="error" showIcon message={preview.error.message} /> : null}
      {p ? (
        <>
          <Typography.Title level={5} style={{ margin: 0 }} data-testid="briefing-title">
            预览：{p.briefingName} {p.year}年第{p.issueNo}期 ·《{p.title}》
          </Typography.Title>
          <div className="briefing-outline">
            {sections.map((s) => (
              <Tag key={s}>{s}</Tag>
            ))}
            <Tag>附件：逾期及临期事项清单（{formatCount(p.due.red + p.due.yellow)}项）</Tag>
          </div>
          <div className="briefing-grid">
            <div className="documents-panel">
              <BriefingFigures preview={p} sections={sections} />
            </div>
            <div className="documents-panel">
              <BriefingRoundCard
                preview={p}
                reporting={reporting}
                onReporting={setReporting}
                assessment={assessment}
                onAssessment={setAssessment}
                assessmentTitle={sectionTitle('测评情况')}
                picked={highlights}
                onPicked={setHighlights}
                highlightsTitle={sectionTitle('工作亮点')}
              />
              <TextCard
                title={sectionTitle('存在问题')}
                testId="problems"
                value={problemsText}
                edited={problems !== null}
                onChange={setProblems}
              />
              <TextCard
                title={sectionTitle('下步工作')}
                testId="next-steps"
                value={nextStepsText}
                edited={nextSteps !== null}
                onChange={setNextSteps}
              />
            </div>
          </div>
        </>
      ) : null}
      <Collapse
        size="small"
        items={[
          {
            key: 'colophon',
            label: '报头和报尾（编印单位，报、送、发，印数）',
            children: <BriefingColophonForm />
          },
          {
            key: 'issues',
            label: `已生成的简报（${issues.data?.length ?? 0}期）`,
            children: (
              <Table<BriefingIssueRow>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={issues.data ?? []}
                columns={[
                  { title: '期号', render: (_, r) => `${r.year}年第${r.issueNo}期` },
                  { title: '数据截至', render: (_, r) => formatChineseDate(r.asOf) },
                  { title: '印发日期', render: (_, r) => formatChineseDate(r.issuedOn) },
                  { title: '完成率', align: 'right', render: (_, r) => `${r.completionRate.toFixed(1)}%` }
                ]}
              />
            )
          }
        ]}
      />
    </div>
  )
}

function TextCard(props: {
  title: string
  testId: string
  value: string
  edited: boolean
  onChange: (value: string | null) => void
}): React.JSX.Element {
  return (
    <Card
      size="small"
      title={props.title}
      extra={
        props.edited ? (
          <Button size="small" icon={<UndoOutlined />} onClick={() => props.onChange(null)}>
            恢复为填报汇总
          </Button>
        ) : (
          <Typography.Text type="secondary">据进展填报汇总，可修改</Typography.Text>
        )
      }
    >
      <Input.TextArea
        aria-label={props.title}
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        autoSize={{ minRows: 4, maxRows: 12 }}
        maxLength={8000}
      />
      <Typography.Text type="secondary" className="dialog-hint">
        每行一段；以“（一）”等开头的行，首句按二级标题（楷体）排版。
      </Typography.Text>
    </Card>
  )
}

import { Alert, Empty, Skeleton, Tag, Timeline, Typography } from 'antd'
import { formatChineseDate } from '../../../shared/civil-date'
import type { ProgressReport } from '../../../shared/contract'
import { useApi } from '../api/hooks'

/** The history of 进展填报 for a task or a village item, newest first. */
export function ProgressTimeline(props: {
  target: { kind: 'task' | 'village-item'; id: number }
}): React.JSX.Element {
  const { kind, id } = props.target
  const reports = useApi('progress.list', { target: { kind, id } })
  if (reports.isPending) return <Skeleton active paragraph={{ rows: 3 }} />
  if (reports.isError) return <Alert type="error" showIcon message={reports.error.message} />
  if (reports.data.length === 0)
    return <Empty description="尚无进展填报" image={Empty.PRESENTED_IMAGE_SIMPLE} />
  return (
    <Timeline
      data-testid="progress-timeline"
      items={[...reports.data].reverse().map((report) => ({
        key: report.id,
        color: report.completes ? 'green' : report.problems ? 'red' : 'gray',
        content: <ReportEntry report={report} />
      }))}
    />
  )
}

function ReportEntry({ report }: { report: ProgressReport }): React.JSX.Element {
  return (
    <div className="progress-entry" data-testid="progress-entry">
      <div className="progress-entry-head">
        <Typography.Text strong>{formatChineseDate(report.date)}</Typography.Text>
        {report.percent !== null ? <Tag>{report.percent}%</Tag> : null}
        {report.completes ? <Tag color="green">办结</Tag> : null}
        {report.round ? (
          <Tag color="blue" data-testid="progress-from-round">
            来自填报：{report.round.title}
            {report.round.unit ? `（${report.round.unit}报送）` : ''}
          </Tag>
        ) : null}
      </div>
      <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>
        {report.text}
      </Typography.Paragraph>
      {report.problems ? (
        <Typography.Paragraph type="danger" style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>
          存在问题：{report.problems}
        </Typography.Paragraph>
      ) : null}
      {report.nextSteps ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
          下步计划：{report.nextSteps}
        </Typography.Paragraph>
      ) : null}
    </div>
  )
}

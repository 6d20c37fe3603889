import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons'
import { Card, Statistic, Table, Tag, Typography } from 'antd'
import { formatChineseDate } from '../../../shared/civil-date'
import type { BriefingPreview, DistrictProgress } from '../../../shared/contract'
import { LIGHT_COLORS } from '../styles/theme'
import { formatCount } from '../../../shared/count-format'

function RankChange({ d }: { d: DistrictProgress }): React.JSX.Element | null {
  if (d.previousRank === null) return null
  const moved = d.previousRank - d.rank
  if (moved === 0) return <Tag style={{ marginInlineStart: 6 }}>持平</Tag>
  return moved > 0 ? (
    <Tag color="green" icon={<ArrowUpOutlined />} style={{ marginInlineStart: 6 }}>
      {moved}
    </Tag>
  ) : (
    <Tag color="red" icon={<ArrowDownOutlined />} style={{ marginInlineStart: 6 }}>
      {-moved}
    </Tag>
  )
}

function Figure(props: {
  title: string
  value: number | string
  suffix?: string
  color?: string
  testId?: string
}): React.JSX.Element {
  return (
    <Statistic
      title={props.title}
      value={props.value}
      suffix={props.suffix}
      styles={{ content: { fontSize: 20, ...(props.color ? { color: props.color } : {}) } }}
      data-testid={props.testId}
    />
  )
}

/** 一、总体进展 and 二、各区进展 as the briefing will print them, and 三、本期变化 in brief. */
export function BriefingFigures({
  preview,
  sections
}: {
  preview: BriefingPreview
  /** The headings as the issue will print them (shared/briefing-sections). */
  sections: string[]
}): React.JSX.Element {
  const v = preview.summary.villageItems
  const c = preview.changes
  const change = c ? Math.round((preview.completionRate - c.completionRateBefore) * 10) / 10 : null
  const dueTitle = sections.find((s) => s.endsWith('逾期及临期事项')) ?? '逾期及临期事项'
  if (preview.summary.villages === 0) return <TasksOnly preview={preview} dueTitle={dueTitle} />
  return (
    <>
      <Card
        size="small"
        title={`一、总体进展（截至${formatChineseDate(preview.asOf)}）`}
        data-testid="briefing-headline"
      >
        <div className="briefing-stats">
          <Figure title="城中村" value={preview.summary.villages} suffix="个" testId="headline-villages" />
          <Figure title="治理事项" value={v.total} suffix="项" testId="headline-total" />
          <Figure title="已办结" value={v.done} suffix="项" testId="headline-done" />
          <Figure title="完成率" value={`${preview.completionRate.toFixed(1)}%`} testId="headline-rate" />
          <Figure title="按期率" value={`${preview.onTimeRate.toFixed(1)}%`} />
          <Figure title="逾期（红灯）" value={v.red} color={LIGHT_COLORS.red} testId="headline-red" />
          <Figure title="临期（黄灯）" value={v.yellow} color={LIGHT_COLORS.yellow} />
          <Figure
            title="重点任务已办结"
            value={`${preview.summary.tasks.done}/${preview.summary.tasks.total}`}
          />
        </div>
        {change !== null ? (
          <Typography.Text type="secondary">
            完成率较上期
            {change === 0 ? '持平' : `${change > 0 ? '提高' : '下降'}${Math.abs(change).toFixed(1)}个百分点`}
          </Typography.Text>
        ) : null}
      </Card>
      <Card size="small" title="二、各区进展（排名按完成率）">
        <Table<DistrictProgress>
          size="small"
          rowKey="districtId"
          pagination={false}
          dataSource={preview.districts}
          data-testid="briefing-districts"
          columns={[
            {
              title: '排名',
              width: 110,
              render: (_, d) => (
                <>
                  {d.rank}
                  <RankChange d={d} />
                </>
              )
            },
            { title: '区', dataIndex: 'district' },
            { title: '城中村数', dataIndex: 'villages', align: 'right' },
            { title: '事项数', dataIndex: 'items', align: 'right' },
            { title: '已办结', dataIndex: 'done', align: 'right' },
            { title: '完成率', align: 'right', render: (_, d) => `${d.completionRate.toFixed(1)}%` },
            { title: '按期率', align: 'right', render: (_, d) => `${d.onTimeRate.toFixed(1)}%` },
            {
              title: '逾期数',
              align: 'right',
              render: (_, d) => (
                <span style={{ color: d.red > 0 ? LIGHT_COLORS.red : undefined }}>{d.red}</span>
              )
            }
          ]}
        />
      </Card>
      <Card size="small" title="三、本期变化">
        {c ? (
          <Typography.Paragraph style={{ margin: 0 }} data-testid="briefing-changes">
            与上期（{c.previous.year}年第{c.previous.issueNo}期，数据截至{formatChineseDate(c.previous.asOf)}
            ）相比：新办结
            <b> {c.newlyDone} </b>项，新增逾期<b style={{ color: LIGHT_COLORS.red }}> {c.newlyOverdue} </b>
            项，上期逾期事项中已办结
            <b> {c.overdueResolved} </b>项。
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary" data-testid="briefing-changes">
            本期为首期，暂无上期数据可比；生成后，下期将与本期对比。
          </Typography.Text>
        )}
      </Card>
      <Card size="small" title={dueTitle}>
        <DueText preview={preview} />
      </Card>
    </>
  )
}

/**
 * A file with tasks but no urban villages: the 简报 has no village figures, no 各区进展 and no 本期变化
 * (main/briefing/briefing-draft.ts), and the preview says so instead of showing zeros.
 */
function TasksOnly({ preview, dueTitle }: { preview: BriefingPreview; dueTitle: string }): React.JSX.Element {
  const t = preview.summary.tasks
  return (
    <>
      <Card
        size="small"
        title={`一、总体进展（截至${formatChineseDate(preview.asOf)}）`}
        data-testid="briefing-headline"
      >
        <div className="briefing-stats">
          <Figure title="重点任务" value={t.total} suffix="项" testId="headline-tasks" />
          <Figure title="已办结" value={t.done} suffix="项" />
          <Figure title="逾期（红灯）" value={t.red} color={LIGHT_COLORS.red} />
          <Figure title="临期（黄灯）" value={t.yellow} color={LIGHT_COLORS.yellow} />
        </div>
        <Typography.Text type="secondary" data-testid="briefing-no-villages">
          数据文件中还没有城中村，简报只通报重点任务，不列各区进展和本期变化；导入村治理事项后自动加入。
        </Typography.Text>
      </Card>
      <Card size="small" title={dueTitle}>
        <DueText preview={preview} />
      </Card>
    </>
  )
}

function DueText({ preview }: { preview: BriefingPreview }): React.JSX.Element {
  return (
    <Typography.Paragraph style={{ margin: 0 }}>
      逾期 <b style={{ color: LIGHT_COLORS.red }}>{formatCount(preview.due.red)}</b> 项、临期{' '}
      <b style={{ color: LIGHT_COLORS.yellow }}>{formatCount(preview.due.yellow)}</b>{' '}
      项（含重点任务），清单列入简报附件。
      {preview.due.topUnits.length > 0 ? (
        <>
          {' '}
          逾期较多的责任单位：
          {preview.due.topUnits
            .filter((u) => u.red > 0)
            .slice(0, 3)
            .map((u) => `${u.unit}（${formatCount(u.red)}项）`)
            .join('、')}
          。
        </>
      ) : null}
    </Typography.Paragraph>
  )
}

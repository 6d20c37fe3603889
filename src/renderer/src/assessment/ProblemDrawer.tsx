import { Descriptions, Drawer, Tag, Timeline, Typography } from 'antd'
import type { ProblemRow } from '../../../shared/contract'
import { LightTag } from '../components/LightTag'
import { formatScore } from './rule-text'

/** One problem in full: where, what, who, until when, the 整改说明, and its life from 交办 to 销号. */
export function ProblemDrawer(props: { problem: ProblemRow | null; onClose(): void }): React.JSX.Element {
  const p = props.problem
  return (
    <Drawer
      open={p !== null}
      onClose={props.onClose}
      size={560}
      title={p ? `${p.point}：${p.description}` : ''}
      data-testid="problem-drawer"
    >
      {p ? (
        <>
          <Descriptions
            size="small"
            column={1}
            bordered
            styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}
          >
            <Descriptions.Item label="状态">
              {p.stateLabel} {p.light ? <LightTag info={p.light} /> : null}
              {p.repeat ? <Tag color="volcano">反复出现</Tag> : null}
            </Descriptions.Item>
            <Descriptions.Item label="点位">
              {p.point}（{p.pointType}），{p.areaPath}
            </Descriptions.Item>
            <Descriptions.Item label="测评内容">{p.criterion}</Descriptions.Item>
            <Descriptions.Item label="问题">{p.description}</Descriptions.Item>
            {p.location ? <Descriptions.Item label="位置">{p.location}</Descriptions.Item> : null}
            <Descriptions.Item label="发现">
              {p.foundBy}
              {p.foundOn ? `，${p.foundOn}` : ''}，扣{formatScore(p.deduction)}分
            </Descriptions.Item>
            {p.photos.length > 0 ? (
              <Descriptions.Item label="照片">{p.photos.join('；')}</Descriptions.Item>
            ) : null}
            <Descriptions.Item label="责任单位">{p.unit ?? '未交办'}</Descriptions.Item>
            <Descriptions.Item label="整改时限">
              {p.deadline ?? '—'}
              {p.assignedOn ? `（${p.assignedOn}交办）` : ''}
            </Descriptions.Item>
            {p.rectification ? (
              <Descriptions.Item label="整改说明">{p.rectification}</Descriptions.Item>
            ) : null}
            {p.closedOn ? <Descriptions.Item label="销号日期">{p.closedOn}</Descriptions.Item> : null}
          </Descriptions>
          <Timeline
            style={{ marginTop: 20 }}
            data-testid="problem-history"
            items={p.history.map((h) => ({
              content: (
                <>
                  <strong>{h.action}</strong> {h.at}
                  {h.note ? <div>{h.note}</div> : null}
                  {h.source ? (
                    <Typography.Text type="secondary" data-testid="problem-history-source">
                      来源：{h.source}
                    </Typography.Text>
                  ) : null}
                </>
              )
            }))}
          />
        </>
      ) : null}
    </Drawer>
  )
}

import { Alert, Spin, Tabs, Tag } from 'antd'
import { useState } from 'react'
import { formatChineseDate, type IsoDate } from '../../../shared/civil-date'
import { ROUND_ITEM_KIND_LABEL } from '../../../shared/contract/round'
import { formatCount } from '../../../shared/count-format'
import { useApi } from '../api/hooks'
import { CollectPanel } from './CollectPanel'
import { RoundBoard } from './RoundBoard'
import { RoundFilesPanel } from './RoundFilesPanel'
import { RoundHistory } from './RoundHistory'

type RoundTab = 'board' | 'files' | 'collect' | 'history'

/** One round: what it asks, and its four jobs in the order of the cycle's days. */
export function RoundWorkspace(props: { roundId: number; asOf: IsoDate }): React.JSX.Element {
  const round = useApi('round.get', { id: props.roundId })
  const [tab, setTab] = useState<RoundTab>('board')
  if (round.isPending) return <Spin style={{ margin: 48 }} />
  if (round.isError) return <Alert type="error" showIcon message={round.error.message} />
  const r = round.data
  return (
    <div className="round-workspace" data-testid="round-workspace">
      {/* The facts wrap as whole items: in a four-column table, 已过期限 squeezed 2025年9月30日 onto two lines at 1366×768. */}
      <div className="round-facts">
        <div className="round-facts-title" data-testid="round-title">
          {r.title}
        </div>
        <div className="round-facts-items">
          <Fact label="统计截止">{formatChineseDate(r.asOf)}</Fact>
          <Fact label="报送截止">
            {formatChineseDate(r.due)}
            {props.asOf > r.due ? (
              <Tag color="red" style={{ marginLeft: 6 }}>
                已过期限
              </Tag>
            ) : null}
          </Fact>
          <Fact label="发起日期">{formatChineseDate(r.openedOn)}</Fact>
          <Fact label="范围">
            {formatCount(r.unitRows.length)}个单位 · {formatCount(r.items)}项（
            {r.itemKinds.map((k) => ROUND_ITEM_KIND_LABEL[k]).join('、')}
            {r.role === 'also-support' ? '，含配合' : ''}）
          </Fact>
        </div>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as RoundTab)}
        className="round-tabs"
        items={[
          { key: 'board', label: '报送情况', children: <RoundBoard roundId={r.id} asOf={props.asOf} /> },
          { key: 'files', label: '生成填报表', children: <RoundFilesPanel round={r} asOf={props.asOf} /> },
          {
            key: 'collect',
            label: '收取与审核',
            children: <CollectPanel roundId={r.id} asOf={props.asOf} />
          },
          { key: 'history', label: '收取记录', children: <RoundHistory roundId={r.id} /> }
        ]}
      />
    </div>
  )
}

/** One fact of the round, label then value, never broken across lines. */
function Fact(props: { label: string; children: React.ReactNode }): React.JSX.Element {
  return (
    <span className="round-fact">
      <span className="round-fact-label">{props.label}</span>
      {props.children}
    </span>
  )
}

import { EditOutlined, FormOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Checkbox, Empty, Space, Table, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import type { RoundInfo, RoundPoint } from '../../../shared/contract'
import { formatCount } from '../../../shared/count-format'
import { useApi } from '../api/hooks'
import { useAsOf } from '../app/as-of'
import { ImportLedgerButton } from '../exchange/ExchangeButtons'
import { OpenRoundDialog } from './OpenRoundDialog'
import { PointEntryDialog } from './PointEntryDialog'
import { SurveyDialog } from './SurveyDialog'

/**
 * 测评轮次: the quarters, each with its scheme version; the chosen one takes the evaluators' workbook
 * (导入测评结果, the import wizard with this round), the office's own 暗访 by hand, and 问卷 per area.
 */
export function RoundsPanel(props: {
  rounds: readonly RoundInfo[]
  roundId: number | null
  onChoose(id: number): void
  onImported(): void
  hasScheme: boolean
}): React.JSX.Element {
  const { asOf } = useAsOf()
  const [opening, setOpening] = useState(false)
  const [entering, setEntering] = useState(false)
  const [surveying, setSurveying] = useState(false)
  const [overwrite, setOverwrite] = useState(false)
  const round = props.rounds.find((r) => r.id === props.roundId) ?? null
  const detail = useApi('assessment.round', { id: round?.id ?? 0 }, { enabled: round !== null })
  const scheme = useApi('assessment.scheme', { id: round?.schemeId }, { enabled: round !== null })
  const options = useMemo<Record<string, string>>(
    () => (round ? { round: round.name, ...(overwrite ? { overwrite: '1' } : {}) } : {}),
    [round, overwrite]
  )
  const noRound = round === null ? '请先新建或选择测评轮次' : undefined

  return (
    <div className="assessment-panel" data-testid="rounds-panel">
      <div className="assessment-toolbar">
        <Space wrap>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={!props.hasScheme}
            title={props.hasScheme ? undefined : '请先在“测评体系”中载入或建立测评体系'}
            onClick={() => setOpening(true)}
            data-testid="open-round"
          >
            新建测评轮次
          </Button>
          <ImportLedgerButton
            kind="assessments"
            options={options}
            disabledReason={noRound}
            afterImport={{ label: '查看排名', go: props.onImported }}
          />
          <Checkbox
            checked={overwrite}
            disabled={round === null}
            onChange={(e) => setOverwrite(e.target.checked)}
          >
            覆盖本轮已导入的结果
          </Checkbox>
          <Button
            icon={<FormOutlined />}
            disabled={round === null || !scheme.data}
            onClick={() => setEntering(true)}
            data-testid="enter-point"
          >
            手工录入点位
          </Button>
          <Button
            icon={<EditOutlined />}
            disabled={round === null || !scheme.data}
            onClick={() => setSurveying(true)}
            data-testid="enter-survey"
          >
            录入问卷结果
          </Button>
        </Space>
      </div>
      {props.rounds.length === 0 ? (
        <Empty
          data-testid="rounds-empty"
          description={
            props.hasScheme
              ? '还没有测评轮次。新建一个季度的测评轮次后，可导入第三方测评结果或手工录入暗访结果。'
              : '还没有测评体系，请先在“测评体系”中载入示例体系或建立本市的体系，再新建测评轮次。'
          }
        />
      ) : (
        <Table<RoundInfo>
          size="small"
          rowKey="id"
          data-testid="rounds-table"
          dataSource={[...props.rounds]}
          pagination={false}
          rowClassName={(r) => (r.id === props.roundId ? 'assessment-row-chosen' : '')}
          onRow={(r) => ({ onClick: () => props.onChoose(r.id) })}
          columns={[
            {
              title: '测评轮次',
              dataIndex: 'name',
              render: (name: string, r) => (
                <Button
                  type="link"
                  size="small"
                  onClick={() => props.onChoose(r.id)}
                  aria-pressed={r.id === props.roundId}
                >
                  {name}
                </Button>
              )
            },
            { title: '测评体系', dataIndex: 'schemeLabel' },
            { title: '点位', dataIndex: 'points', align: 'right', render: (n: number) => formatCount(n) },
            {
              title: '测评记录',
              dataIndex: 'findings',
              align: 'right',
              render: (n: number) => formatCount(n)
            },
            { title: '问题', dataIndex: 'problems', align: 'right', render: (n: number) => formatCount(n) },
            { title: '开始日期', dataIndex: 'openedOn' },
            {
              title: '状态',
              key: 'scored',
              render: (_, r) => (r.scored ? <Tag color="blue">已评分</Tag> : <Tag>待录入</Tag>)
            }
          ]}
        />
      )}
      {detail.isError ? <Alert type="error" showIcon title={detail.error.message} /> : null}
      {detail.data ? (
        <div className="round-detail">
          <Card
            size="small"
            title={`${detail.data.name}的点位（${formatCount(detail.data.pointList.length)}个）`}
          >
            <Table<RoundPoint>
              size="small"
              rowKey="id"
              data-testid="round-points"
              dataSource={detail.data.pointList}
              pagination={{
                pageSize: 8,
                showSizeChanger: false,
                showTotal: (n) => `共${formatCount(n)}个点位`
              }}
              locale={{ emptyText: '本轮还没有点位：导入测评结果或手工录入后列出。' }}
              columns={[
                { title: '点位', dataIndex: 'name' },
                { title: '类型', dataIndex: 'type', width: 90 },
                { title: '所属区域', dataIndex: 'areaPath' },
                { title: '测评记录', dataIndex: 'findings', width: 90, align: 'right' }
              ]}
            />
          </Card>
          <Card size="small" title="问卷调查">
            {detail.data.surveys.length === 0 ? (
              <Typography.Text type="secondary">本轮还没有录入问卷结果。</Typography.Text>
            ) : (
              <Table
                size="small"
                rowKey="areaId"
                dataSource={detail.data.surveys}
                pagination={false}
                columns={[
                  { title: '区域', dataIndex: 'areaPath' },
                  { title: '样本量', dataIndex: 'samples', align: 'right' },
                  { title: '满意率', dataIndex: 'rate', align: 'right', render: (r: number) => `${r}%` }
                ]}
              />
            )}
          </Card>
        </div>
      ) : null}
      <OpenRoundDialog
        open={opening}
        asOf={asOf}
        onClose={() => setOpening(false)}
        onOpened={(r) => {
          setOpening(false)
          props.onChoose(r.id)
        }}
      />
      {round && scheme.data ? (
        <>
          <PointEntryDialog
            open={entering}
            roundId={round.id}
            scheme={scheme.data}
            asOf={asOf}
            onClose={() => setEntering(false)}
          />
          <SurveyDialog
            open={surveying}
            roundId={round.id}
            components={scheme.data.components}
            onClose={() => setSurveying(false)}
          />
        </>
      ) : null}
    </div>
  )
}

import { CopyOutlined, LockOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons'
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Empty,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography
} from 'antd'
import { useMemo, useState } from 'react'
import { yearOf } from '../../../shared/civil-date'
import type { AssessmentComponent, BoardRule, Scheme, SchemeNode } from '../../../shared/contract'
import { useChange } from './use-change'
import { useApi } from '../api/hooks'
import { useAsOf } from '../app/as-of'
import { formatScore, ruleText } from './rule-text'
import { maxOf, nodeInputs } from './scheme-input'

const LEVEL_MARK = ['', 'Ⅰ', 'Ⅱ', 'Ⅲ'] as const

/** The tree as the table draws it: a Ⅲ item's empty child list left out, so it has no expand button. */
type ShownNode = Omit<SchemeNode, 'children'> & { children?: ShownNode[] }
function displayTree(nodes: readonly SchemeNode[]): ShownNode[] {
  return nodes.map((n) => ({ ...n, children: n.children.length > 0 ? displayTree(n.children) : undefined }))
}

/**
 * 测评体系: the tree of Ⅰ 测评项目 → Ⅱ 指标 → Ⅲ 测评内容 with their standards, methods, scores and rules, the
 * component weights and the 红黑榜 rule. A version scored by a round is frozen: the clerk copies it to a
 * new version instead (the store refuses the edit anyway, with the round's name).
 */
export function SchemePanel(): React.JSX.Element {
  const { message } = AntApp.useApp()
  const change = useChange()
  const { asOf } = useAsOf()
  const versions = useApi('assessment.schemes', {})
  const [chosenId, setChosenId] = useState<number | null>(null)
  const list = versions.data ?? []
  const latest = list.length > 0 ? list[list.length - 1].id : null
  const id = chosenId !== null && list.some((v) => v.id === chosenId) ? chosenId : latest
  const scheme = useApi('assessment.scheme', { id: id ?? undefined }, { enabled: id !== null })
  const [busy, setBusy] = useState(false)

  const run = async (work: () => Promise<Scheme>, done: (s: Scheme) => string): Promise<void> => {
    setBusy(true)
    try {
      const s = await work()
      setChosenId(s.id)
      void message.success(done(s))
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  const install = (): Promise<void> =>
    run(
      () => change('assessment.installSample', { year: yearOf(asOf) }),
      (s) => `已载入示例测评体系“${s.name}”`
    )

  if (versions.isError) return <Alert type="error" showIcon title={versions.error.message} />
  if (versions.data && list.length === 0)
    return (
      <Empty
        data-testid="scheme-empty"
        style={{ marginTop: 48 }}
        description={
          <Space orientation="vertical">
            <span>
              还没有测评体系。可以先载入示例体系（实地暗访、第三方评估、群众满意度、媒体曝光、数字化监测），再按本市的测评方案修改权重和规则。
            </span>
          </Space>
        }
      >
        <Button
          type="primary"
          icon={<PlusOutlined />}
          loading={busy}
          onClick={() => void install()}
          data-testid="install-sample"
        >
          载入{yearOf(asOf)}年示例测评体系
        </Button>
      </Empty>
    )

  const s = scheme.data
  const shown = s ? displayTree(s.nodes) : []
  return (
    <div className="assessment-panel" data-testid="scheme-panel">
      <div className="assessment-toolbar">
        <Space wrap>
          <label htmlFor="scheme-version">测评体系</label>
          <Select
            id="scheme-version"
            style={{ width: 400 }}
            value={id ?? undefined}
            onChange={setChosenId}
            options={list.map((v) => ({
              value: v.id,
              label: `${v.year}年 第${v.version}版 ${v.name}${v.isSample ? '（示例）' : ''}`
            }))}
            aria-label="测评体系版本"
          />
          {s?.isSample ? (
            <Tag color="orange" data-testid="scheme-sample">
              示例体系：权重、分值和规则均为示例，请按本市测评方案修改
            </Tag>
          ) : null}
          {s && s.scoredRounds.length > 0 ? (
            <Tag icon={<LockOutlined />} data-testid="scheme-locked">
              已用于{s.scoredRounds.join('、')}，不能修改；如需调整请复制为新版本
            </Tag>
          ) : null}
        </Space>
        {s ? (
          <Space wrap>
            <Button
              icon={<CopyOutlined />}
              loading={busy}
              onClick={() =>
                void run(
                  () => change('assessment.copyScheme', { id: s.id }),
                  (c) => `已复制为${c.year}年第${c.version}版`
                )
              }
              data-testid="copy-scheme"
            >
              复制为新版本
            </Button>
            <Button
              icon={<CopyOutlined />}
              loading={busy}
              onClick={() =>
                void run(
                  () => change('assessment.copyScheme', { id: s.id, year: s.year + 1 }),
                  (c) => `已复制为${c.year}年第${c.version}版`
                )
              }
            >
              复制到{s.year + 1}年
            </Button>
          </Space>
        ) : null}
      </div>
      {scheme.isError ? <Alert type="error" showIcon title={scheme.error.message} /> : null}
      {s ? <SchemeSettings key={s.id} scheme={s} /> : null}
      {s ? (
        <Table<ShownNode>
          size="small"
          rowKey="id"
          bordered
          data-testid="scheme-tree"
          dataSource={shown}
          pagination={false}
          expandable={{ defaultExpandAllRows: true, childrenColumnName: 'children' }}
          scroll={{ x: 1100 }}
          columns={[
            {
              title: '测评项目 / 指标 / 测评内容',
              key: 'name',
              width: 320,
              render: (_, n) => (
                <span className={`scheme-level-${n.level}`}>
                  <Typography.Text type="secondary">
                    {LEVEL_MARK[n.level]} {n.code}
                  </Typography.Text>{' '}
                  {n.name}
                  {n.veto ? (
                    <Tag color="red" style={{ marginInlineStart: 6 }}>
                      一票否决
                    </Tag>
                  ) : null}
                </span>
              )
            },
            { title: '测评标准', dataIndex: 'standard', key: 'standard', ellipsis: { showTitle: true } },
            { title: '测评方法', dataIndex: 'method', key: 'method', width: 96 },
            { title: '测评对象', dataIndex: 'objectType', key: 'objectType', width: 90 },
            {
              title: '测评类别',
              key: 'component',
              width: 96,
              render: (_, n) => s.components.find((c) => c.key === n.component)?.name ?? ''
            },
            {
              title: '分值',
              key: 'max',
              width: 64,
              align: 'right',
              render: (_, n) => formatScore(maxOf(n))
            },
            { title: '评分规则', key: 'rule', width: 260, render: (_, n) => ruleText(n.rule, n.max) }
          ]}
        />
      ) : null}
    </div>
  )
}

/**
 * The component weights and the 红黑榜/约谈 rule, edited in place while the version is not frozen (keyed by
 * the version, so choosing another one starts from its own figures).
 */
function SchemeSettings({ scheme }: { scheme: Scheme }): React.JSX.Element {
  const { message } = AntApp.useApp()
  const change = useChange()
  const frozen = scheme.scoredRounds.length > 0
  const [components, setComponents] = useState<AssessmentComponent[]>(scheme.components)
  const [boards, setBoards] = useState<BoardRule>(scheme.boards)
  const [saving, setSaving] = useState(false)
  const weightSum = useMemo(() => components.reduce((sum, c) => sum + c.weight, 0), [components])
  const changed =
    JSON.stringify(components) !== JSON.stringify(scheme.components) ||
    JSON.stringify(boards) !== JSON.stringify(scheme.boards)

  const save = async (): Promise<void> => {
    setSaving(true)
    try {
      await change('assessment.saveScheme', {
        id: scheme.id,
        name: scheme.name,
        components,
        boards,
        repeatMultiplier: scheme.repeatMultiplier,
        nodes: nodeInputs(scheme.nodes)
      })
      void message.success('测评体系已保存')
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e))
    } finally {
      setSaving(false)
    }
  }

  const board = (key: keyof BoardRule, label: string, suffix: string, max: number) => (
    <Space size={4}>
      <label htmlFor={`board-${key}`}>{label}</label>
      <InputNumber
        id={`board-${key}`}
        size="small"
        min={0}
        max={max}
        style={{ width: 64 }}
        disabled={frozen}
        placeholder={key === 'blackBelow' ? '不设' : undefined}
        value={boards[key]}
        onChange={(v) => setBoards((b) => ({ ...b, [key]: v ?? (key === 'blackBelow' ? null : 0) }))}
      />
      <span>{suffix}</span>
    </Space>
  )

  return (
    <Card size="small" data-testid="scheme-settings">
      <div className="scheme-settings">
        <Space wrap size="middle">
          <Typography.Text strong>测评类别权重</Typography.Text>
          {components.map((c, i) => (
            <Space key={c.key} size={4}>
              <label htmlFor={`weight-${c.key}`}>{c.name}</label>
              <InputNumber
                id={`weight-${c.key}`}
                size="small"
                min={0}
                max={100}
                style={{ width: 64 }}
                disabled={frozen}
                value={c.weight}
                onChange={(v) =>
                  setComponents((list) => list.map((x, j) => (j === i ? { ...x, weight: v ?? 0 } : x)))
                }
              />
            </Space>
          ))}
          <Typography.Text type={weightSum === 100 ? 'secondary' : 'warning'}>
            合计{formatScore(weightSum)}
            {weightSum === 100 ? '' : '（总分按实有类别的权重折算）'}
          </Typography.Text>
        </Space>
        <Space wrap size="middle">
          <Typography.Text strong>红黑榜</Typography.Text>
          {board('redTop', '红榜前', '名', 50)}
          {board('blackBottom', '黑榜后', '名', 50)}
          {board('blackBelow', '低于', '分列入黑榜', 100)}
          {board('summonBottom', '约谈后', '名的区', 50)}
          <Typography.Text type="secondary">
            一票否决项一律列入黑榜；反复出现的问题扣分×{formatScore(scheme.repeatMultiplier)}
          </Typography.Text>
          {frozen ? null : (
            <Button
              type="primary"
              size="small"
              icon={<SaveOutlined />}
              disabled={!changed}
              loading={saving}
              onClick={() => void save()}
              data-testid="save-scheme"
            >
              保存
            </Button>
          )}
        </Space>
      </div>
    </Card>
  )
}

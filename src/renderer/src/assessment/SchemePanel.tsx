import { CopyOutlined, LockOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons'
import { Alert, App as AntApp, Button, Card, Empty, InputNumber, Select, Space, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { yearOf } from '../../../shared/civil-date'
import type { AssessmentComponent, BoardRule, Scheme, SchemeNode } from '../../../shared/contract'
import { useChange } from './use-change'
import { useApi } from '../api/hooks'
import { useAsOf } from '../app/as-of'
import { formatScore } from './rule-text'
import { nodeInputs, saveBody } from './scheme-input'
import { SchemeNodeDialog, type NodeEdit } from './SchemeNodeDialog'
import { SchemeTree } from './SchemeTree'
import { criteriaCount, pathOf, removeNode } from './scheme-tree-edit'

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
  // assessment.schemes lists the newest first (year, version descending): the first is the one in force.
  const latest = list.length > 0 ? list[0].id : null
  const id = chosenId !== null && list.some((v) => v.id === chosenId) ? chosenId : latest
  const scheme = useApi('assessment.scheme', { id: id ?? undefined }, { enabled: id !== null })
  const [busy, setBusy] = useState(false)
  const [editing, setEditing] = useState<NodeEdit | null>(null)

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

  /** 删除 a node and what is under it: the tree saved without it (the store renumbers and audits). */
  const remove = async (from: Scheme, node: SchemeNode): Promise<void> => {
    const path = pathOf(from.nodes, node.id)
    if (path === null) return void message.error('这个节点已不在当前版本中，请刷新后重试。')
    const count = criteriaCount(node)
    await run(
      () => change('assessment.saveScheme', saveBody(from, removeNode(nodeInputs(from.nodes), path))),
      () => `已删除“${node.name}”` + (node.level < 3 && count > 0 ? `及其下${count}项测评内容` : '')
    )
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
  const frozen = s ? s.scoredRounds.length > 0 : true
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
          {s && frozen ? (
            <Tag icon={<LockOutlined />} data-testid="scheme-locked">
              已用于{s.scoredRounds.join('、')}，不能修改；如需调整请复制为新版本
            </Tag>
          ) : null}
        </Space>
        {s ? (
          <Space wrap>
            {frozen ? null : (
              <Button
                icon={<PlusOutlined />}
                onClick={() => setEditing({ kind: 'add', parent: null })}
                data-testid="add-scheme-item"
              >
                添加测评项目
              </Button>
            )}
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
        <SchemeTree
          key={`tree-${s.id}`}
          scheme={s}
          actions={
            frozen
              ? null
              : {
                  onEdit: (node) => setEditing({ kind: 'edit', node }),
                  onAdd: (parent) => setEditing({ kind: 'add', parent }),
                  onDelete: (node) => remove(s, node)
                }
          }
        />
      ) : null}
      {s ? <SchemeNodeDialog scheme={s} edit={editing} onClose={() => setEditing(null)} /> : null}
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

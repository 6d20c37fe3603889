import { Button, Popconfirm, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useMemo, useState } from 'react'
import type { Scheme, SchemeNode } from '../../../shared/contract'
import { formatScore, ruleText } from './rule-text'
import { maxOf } from './scheme-input'
import { criteriaCount, LEVEL_NAME } from './scheme-tree-edit'

const LEVEL_MARK = ['', 'Ⅰ', 'Ⅱ', 'Ⅲ'] as const

/** The tree as the table draws it: a Ⅲ item's empty child list left out, so it has no expand button. */
type ShownNode = Omit<SchemeNode, 'children'> & { children?: ShownNode[] }
function displayTree(nodes: readonly SchemeNode[]): ShownNode[] {
  return nodes.map((n) => ({ ...n, children: n.children.length > 0 ? displayTree(n.children) : undefined }))
}

function nodesById(
  nodes: readonly SchemeNode[],
  into = new Map<number, SchemeNode>()
): Map<number, SchemeNode> {
  for (const n of nodes) nodesById(n.children, into.set(n.id, n))
  return into
}

function branchCodes(nodes: readonly SchemeNode[]): string[] {
  return nodes.flatMap((n) => (n.children.length > 0 ? [n.code, ...branchCodes(n.children)] : []))
}

/** What goes with a node when it is deleted, for the 删除 confirmation. */
function deleteText(n: ShownNode): string {
  if (n.level === 3) return `删除后本体系合计分值减少${formatScore(n.max ?? 0)}分。`
  const count = criteriaCount(n)
  return count === 0
    ? `其下没有测评内容。`
    : `其下${count}项测评内容（${formatScore(maxOf(n))}分）将一并删除。`
}

export interface SchemeTreeActions {
  onEdit(node: SchemeNode): void
  /** Adds a child under a Ⅰ or Ⅱ. */
  onAdd(parent: SchemeNode): void
  onDelete(node: SchemeNode): Promise<void>
}

/**
 * The scheme's tree as a table, every row open, with its 分值 summed upwards and the 合计 below. Rows are
 * keyed by code, not id: the store gives every node a new id on each save, and a row the clerk closed
 * must stay closed across an edit elsewhere. With `actions` (a version not yet scored) each row can be
 * edited, given a child (Ⅰ, Ⅱ) or deleted.
 */
export function SchemeTree(props: { scheme: Scheme; actions: SchemeTreeActions | null }): React.JSX.Element {
  const { scheme, actions } = props
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set())
  const expanded = branchCodes(scheme.nodes).filter((c) => !closed.has(c))
  const total = scheme.nodes.reduce((sum, n) => sum + maxOf(n), 0)
  const stored = useMemo(() => nodesById(scheme.nodes), [scheme.nodes])
  const byId = (n: ShownNode): SchemeNode => stored.get(n.id)!

  const columns: ColumnsType<ShownNode> = [
    {
      title: '测评项目 / 指标 / 测评内容',
      key: 'name',
      width: 300,
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
    { title: '测评对象', dataIndex: 'objectType', key: 'objectType', width: 80 },
    {
      title: '测评类别',
      key: 'component',
      width: 90,
      render: (_, n) => scheme.components.find((c) => c.key === n.component)?.name ?? ''
    },
    {
      title: '分值',
      key: 'max',
      width: 64,
      align: 'right',
      render: (_, n) => formatScore(maxOf(n))
    },
    { title: '评分规则', key: 'rule', width: 240, render: (_, n) => ruleText(n.rule, n.max) }
  ]
  if (actions)
    columns.push({
      title: '操作',
      key: 'actions',
      width: 156,
      fixed: 'right',
      render: (_, n) => (
        <Space size={0} className="scheme-row-actions">
          <Button type="link" size="small" onClick={() => actions.onEdit(byId(n))}>
            编辑
          </Button>
          {n.level < 3 ? (
            <Button
              type="link"
              size="small"
              onClick={() => {
                setClosed((c) => new Set([...c].filter((code) => code !== n.code)))
                actions.onAdd(byId(n))
              }}
            >
              添加下级
            </Button>
          ) : null}
          <Popconfirm
            title={`删除${LEVEL_NAME[n.level]} ${n.code}“${n.name}”？`}
            description={deleteText(n)}
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() => actions.onDelete(byId(n))}
          >
            <Button type="link" size="small" danger>
              删除
            </Button>
          </Popconfirm>
        </Space>
      )
    })

  return (
    <Table<ShownNode>
      size="small"
      rowKey="code"
      bordered
      data-testid="scheme-tree"
      dataSource={displayTree(scheme.nodes)}
      pagination={false}
      expandable={{
        expandedRowKeys: expanded,
        onExpand: (open, n) =>
          setClosed((c) =>
            open ? new Set([...c].filter((code) => code !== n.code)) : new Set([...c, n.code])
          )
      }}
      // Wide enough for 测评标准 to keep a readable width; at 1366×768 the whole table still fits.
      scroll={{ x: actions ? 1140 : 990 }}
      columns={columns}
      summary={() => (
        <Table.Summary.Row className="scheme-total">
          <Table.Summary.Cell index={0} colSpan={5}>
            合计
          </Table.Summary.Cell>
          <Table.Summary.Cell index={5} align="right">
            <span data-testid="scheme-total">{formatScore(total)}</span>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={6} colSpan={actions ? 2 : 1} />
        </Table.Summary.Row>
      )}
    />
  )
}

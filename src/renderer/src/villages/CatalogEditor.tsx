import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
  UndoOutlined
} from '@ant-design/icons'
import {
  Alert,
  App as AntApp,
  Button,
  Popconfirm,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography
} from 'antd'
import { useState } from 'react'
import type { CatalogItemRow } from '../../../shared/contract'
import { ITEM_CATEGORY_LABEL, type ItemCategory } from '../../../shared/domain'
import { useApi, useApiMutation } from '../api/hooks'
import { CatalogItemDialog } from './CatalogItemDialog'
import { formatCount } from '../../../shared/count-format'

const CATEGORY_COLOR: Record<ItemCategory, string> = { basic: 'red', upgrade: 'blue', 'long-term': 'gold' }

/**
 * The "10+(5)+1" catalog: add, rename, recategorise, reorder, remove to 回收站 and restore. The counts
 * are shown the plan's way (10+(5)+1) and a difference is a warning, never a refusal.
 */
export function CatalogEditor(): React.JSX.Element {
  const { message } = AntApp.useApp()
  const [showRemoved, setShowRemoved] = useState(false)
  const catalog = useApi('catalog.list', { includeDeleted: showRemoved })
  const reorder = useApiMutation('catalog.reorder')
  const remove = useApiMutation('catalog.remove')
  const restore = useApiMutation('catalog.restore')
  const [editing, setEditing] = useState<CatalogItemRow | 'new' | null>(null)

  if (catalog.isError) return <Alert type="error" showIcon message={catalog.error.message} />
  const view = catalog.data
  const live = view?.items.filter((i) => i.deletedAt === null) ?? []

  const move = async (item: CatalogItemRow, by: -1 | 1): Promise<void> => {
    const ids = live.map((i) => i.id)
    const at = ids.indexOf(item.id)
    const to = at + by
    if (to < 0 || to >= ids.length) return
    ;[ids[at], ids[to]] = [ids[to], ids[at]]
    try {
      await reorder.mutateAsync({ ids })
    } catch (error) {
      void message.error((error as Error).message)
    }
  }

  const run = async (action: () => Promise<unknown>, done: string): Promise<void> => {
    try {
      await action()
      void message.success(done)
    } catch (error) {
      void message.error((error as Error).message)
    }
  }

  return (
    <div className="page-fill" style={{ display: 'flex', flexDirection: 'column', gap: 12, minHeight: 0 }}>
      <Space wrap size="middle" data-testid="catalog-counts">
        <Typography.Text strong>
          现行目录：
          <span data-testid="catalog-formula">
            {view ? `${view.counts.basic}+(${view.counts.upgrade})+${view.counts['long-term']}` : '…'}
          </span>
        </Typography.Text>
        {view
          ? (Object.keys(view.counts) as ItemCategory[]).map((c) => (
              <Tag key={c} color={CATEGORY_COLOR[c]}>
                {ITEM_CATEGORY_LABEL[c]}类 {formatCount(view.counts[c])} 项
              </Tag>
            ))
          : null}
        <Typography.Text type="secondary">方案规定：基础10项 +（提升至多5项）+ 长效1项</Typography.Text>
        <span style={{ flex: 1 }} />
        <Switch checked={showRemoved} onChange={setShowRemoved} aria-label="显示回收站" />
        <Typography.Text>显示回收站</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新增事项
        </Button>
      </Space>
      {view && view.warnings.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="catalog-warning"
          message="目录与“10+(5)+1”不一致（仅提示，不影响使用）"
          description={view.warnings.join('；')}
        />
      ) : null}
      <Table<CatalogItemRow>
        size="small"
        rowKey="id"
        loading={catalog.isPending}
        dataSource={view?.items ?? []}
        pagination={false}
        data-testid="catalog-table"
        rowClassName={(item) => (item.deletedAt ? 'catalog-removed' : '')}
        columns={[
          {
            title: '序号',
            width: 60,
            render: (_, item) => (item.deletedAt ? '—' : live.indexOf(item) + 1)
          },
          {
            title: '类别',
            width: 80,
            render: (_, item) => (
              <Tag color={CATEGORY_COLOR[item.category]}>{ITEM_CATEGORY_LABEL[item.category]}</Tag>
            )
          },
          {
            title: '事项名称',
            dataIndex: 'name',
            width: 200,
            render: (name: string, item) => (
              <Space size={4}>
                <span data-testid="catalog-name">{name}</span>
                {item.isSample ? <Tag>示例</Tag> : null}
                {item.deletedAt ? <Tag color="default">已删除</Tag> : null}
              </Space>
            )
          },
          {
            title: '标准要求',
            dataIndex: 'standard',
            ellipsis: { showTitle: false },
            render: (text: string) => (
              <Tooltip title={text} placement="topLeft" styles={{ root: { maxWidth: 560 } }}>
                {text || <Typography.Text type="secondary">（未填写）</Typography.Text>}
              </Tooltip>
            )
          },
          {
            title: '默认责任单位',
            dataIndex: 'defaultUnit',
            width: 170,
            render: (u: string | null) => u ?? '—'
          },
          { title: '实施村数', dataIndex: 'applicableVillages', width: 90, align: 'right' },
          {
            title: '操作',
            width: 210,
            render: (_, item) =>
              item.deletedAt ? (
                <Button
                  size="small"
                  icon={<UndoOutlined />}
                  onClick={() => void run(() => restore.mutateAsync({ id: item.id }), `已恢复“${item.name}”`)}
                >
                  恢复
                </Button>
              ) : (
                <Space size={4}>
                  <Button
                    size="small"
                    icon={<ArrowUpOutlined />}
                    aria-label={`上移 ${item.name}`}
                    disabled={live.indexOf(item) === 0 || reorder.isPending}
                    onClick={() => void move(item, -1)}
                  />
                  <Button
                    size="small"
                    icon={<ArrowDownOutlined />}
                    aria-label={`下移 ${item.name}`}
                    disabled={live.indexOf(item) === live.length - 1 || reorder.isPending}
                    onClick={() => void move(item, 1)}
                  />
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(item)}>
                    编辑
                  </Button>
                  <Popconfirm
                    title={`删除“${item.name}”？`}
                    description="移入回收站，各村的该事项不再计入统计；可随时恢复。"
                    okText="删除"
                    cancelText="取消"
                    onConfirm={() =>
                      run(() => remove.mutateAsync({ id: item.id }), `已将“${item.name}”移入回收站`)
                    }
                  >
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={`删除 ${item.name}`} />
                  </Popconfirm>
                </Space>
              )
          }
        ]}
      />
      <CatalogItemDialog editing={editing} units={view?.units ?? []} onClose={() => setEditing(null)} />
    </div>
  )
}

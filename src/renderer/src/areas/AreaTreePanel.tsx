import { Alert, Input, Spin, Typography } from 'antd'
import { memo, useCallback, useMemo, useState } from 'react'
import { useApi } from '../api/hooks'
import { useAreaFilter } from '../app/area-filter'
import { useAsOf } from '../app/as-of'
import { LIGHT_COLORS } from '../styles/theme'
import { CITY_KEY, matchingKeys, nestAreaTree, type AreaTreeItem } from './area-tree-data'
import { AreaTreeView } from './AreaTreeView'
import './area-tree.css'

export interface AreaTreePanelProps {
  /** Heading of the panel; 区域 by default. */
  title?: string
  style?: React.CSSProperties
  /** Told of a chosen node before the area filter changes (a grid can filter before the page redraws). */
  onChoose?(areaId: number | null): void
}

/**
 * The 区—镇(街)—村(居)—村民小组 tree with, at every node, its urban villages, the share of their items
 * done and the red and yellow items as of the 统计截止日期. Choosing a node sets the session's area
 * filter (useAreaFilter), which the ledger, the village matrix and the wall chart all follow.
 * It fills the height its parent gives it; the tree scrolls inside.
 */
export const AreaTreePanel = memo(function AreaTreePanel({
  title = '区域',
  style,
  onChoose
}: AreaTreePanelProps): React.JSX.Element {
  const { asOf } = useAsOf()
  const { areaId, setArea } = useAreaFilter()
  const tree = useApi('area.tree', { asOf })
  const [search, setSearch] = useState('')
  // Open nodes the clerk chose; while searching, the nodes above the matches open instead.
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([CITY_KEY]))

  const nested = useMemo(() => (tree.data ? nestAreaTree(tree.data) : null), [tree.data])
  const found = useMemo(
    () => (nested ? matchingKeys(nested.byKey, nested.parentOf, search) : null),
    [nested, search]
  )
  const expanded = useMemo(
    () => (found && found.expand.size > 0 ? new Set([...opened, ...found.expand]) : opened),
    [found, opened]
  )
  const selectedKey = areaId === null ? CITY_KEY : String(areaId)
  const onToggle = useCallback(
    (key: string) =>
      setOpened((old) => {
        const next = new Set(old)
        if (next.has(key)) next.delete(key)
        else next.add(key)
        return next
      }),
    []
  )
  const onSelect = useCallback(
    (item: AreaTreeItem) => {
      onChoose?.(item.areaId)
      setArea(item.areaId, item.label)
    },
    [setArea, onChoose]
  )
  const noMatches = useMemo(() => new Set<string>(), [])

  return (
    <section className="area-tree-panel" style={style} aria-label="区域导航" data-testid="area-tree">
      <header className="area-tree-head">
        <Typography.Text strong>{title}</Typography.Text>
        <Typography.Text type="secondary" className="area-tree-legend">
          村数 · 办结率 · <span style={{ color: LIGHT_COLORS.red }}>红</span>/
          <span style={{ color: LIGHT_COLORS.yellow }}>黄</span>
        </Typography.Text>
      </header>
      <Input.Search
        size="small"
        allowClear
        placeholder="查找区、镇(街)、村"
        aria-label="查找区域"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <div className="area-tree-body">
        {tree.isError ? (
          <Alert type="error" showIcon message={tree.error.message} />
        ) : !nested ? (
          <Spin style={{ margin: 24 }} />
        ) : (
          <AreaTreeView
            root={nested.root}
            expanded={expanded}
            selectedKey={selectedKey}
            onToggle={onToggle}
            onSelect={onSelect}
            matches={found?.matches ?? noMatches}
          />
        )}
      </div>
    </section>
  )
})

import { CaretDownOutlined, CaretRightOutlined } from '@ant-design/icons'
import { memo, useCallback, useMemo, useRef, useState } from 'react'
import type { AreaTreeItem } from './area-tree-data'
import { AreaNodeTitle } from './AreaNodeTitle'

interface VisibleNode {
  item: AreaTreeItem
  depth: number
  parentKey: string | null
}

/** The open part of the tree, top to bottom: what is on screen and what the arrow keys walk. */
function visibleNodes(root: AreaTreeItem, expanded: ReadonlySet<string>): VisibleNode[] {
  const out: VisibleNode[] = []
  const walk = (item: AreaTreeItem, depth: number, parentKey: string | null): void => {
    out.push({ item, depth, parentKey })
    if (expanded.has(item.key)) for (const child of item.children ?? []) walk(child, depth + 1, item.key)
  }
  walk(root, 1, null)
  return out
}

export interface AreaTreeViewProps {
  root: AreaTreeItem
  expanded: ReadonlySet<string>
  selectedKey: string
  onToggle(key: string): void
  onSelect(item: AreaTreeItem): void
  /** Nodes whose name matches the search: shown in bold. */
  matches: ReadonlySet<string>
}

/**
 * A plain tree (WAI-ARIA tree pattern: arrow keys move and open, Enter chooses) that draws only its
 * open nodes. Kept this simple on purpose: choosing an area must cost little more than the filtering
 * it drives, and a general tree component re-measures every row after each change.
 */
export function AreaTreeView(props: AreaTreeViewProps): React.JSX.Element {
  const { root, expanded, selectedKey, onToggle, onSelect, matches } = props
  const nodes = useMemo(() => visibleNodes(root, expanded), [root, expanded])
  const [focusedKey, setFocusedKey] = useState<string>(selectedKey)
  const box = useRef<HTMLDivElement>(null)
  const focusIndex = Math.max(
    0,
    nodes.findIndex((n) => n.item.key === focusedKey)
  )

  const moveTo = useCallback((key: string) => {
    setFocusedKey(key)
    requestAnimationFrame(() => box.current?.querySelector<HTMLElement>(`[data-key="${key}"]`)?.focus())
  }, [])

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    const current = nodes[focusIndex]
    if (!current) return
    const hasChildren = (current.item.children?.length ?? 0) > 0
    const open = expanded.has(current.item.key)
    const handled = (() => {
      switch (event.key) {
        case 'ArrowDown':
          if (focusIndex < nodes.length - 1) moveTo(nodes[focusIndex + 1].item.key)
          return true
        case 'ArrowUp':
          if (focusIndex > 0) moveTo(nodes[focusIndex - 1].item.key)
          return true
        case 'ArrowRight':
          if (hasChildren && !open) onToggle(current.item.key)
          else if (hasChildren) moveTo(nodes[focusIndex + 1].item.key)
          return true
        case 'ArrowLeft':
          if (hasChildren && open) onToggle(current.item.key)
          else if (current.parentKey) moveTo(current.parentKey)
          return true
        case 'Enter':
        case ' ':
          onSelect(current.item)
          return true
        default:
          return false
      }
    })()
    if (handled) event.preventDefault()
  }

  return (
    <div ref={box} role="tree" aria-label="区域" className="area-tree" onKeyDown={onKeyDown}>
      {nodes.map((node, index) => (
        <TreeRow
          key={node.item.key}
          item={node.item}
          depth={node.depth}
          expanded={expanded.has(node.item.key)}
          selected={node.item.key === selectedKey}
          focusable={index === focusIndex}
          onToggle={onToggle}
          onSelect={onSelect}
          onFocusRow={setFocusedKey}
          highlighted={matches.has(node.item.key)}
        />
      ))}
    </div>
  )
}

const TreeRow = memo(function TreeRow(props: {
  item: AreaTreeItem
  depth: number
  expanded: boolean
  selected: boolean
  focusable: boolean
  highlighted: boolean
  onToggle(key: string): void
  onSelect(item: AreaTreeItem): void
  onFocusRow(key: string): void
}): React.JSX.Element {
  const { item, depth, expanded, selected, focusable, highlighted, onToggle, onSelect, onFocusRow } = props
  const hasChildren = (item.children?.length ?? 0) > 0
  return (
    <div
      role="treeitem"
      aria-level={depth}
      aria-selected={selected}
      aria-expanded={hasChildren ? expanded : undefined}
      tabIndex={focusable ? 0 : -1}
      data-key={item.key}
      className={`area-tree-row${selected ? ' area-tree-row-selected' : ''}`}
      style={{ paddingLeft: (depth - 1) * 16 }}
      onFocus={() => onFocusRow(item.key)}
    >
      {hasChildren ? (
        <span
          className="area-tree-caret"
          role="button"
          aria-label={expanded ? `收起 ${item.name}` : `展开 ${item.name}`}
          onClick={() => onToggle(item.key)}
        >
          {expanded ? <CaretDownOutlined /> : <CaretRightOutlined />}
        </span>
      ) : (
        <span className="area-tree-caret" />
      )}
      <span className="area-tree-title" onClick={() => onSelect(item)}>
        <AreaNodeTitle item={item} highlighted={highlighted} />
      </span>
    </div>
  )
})

import { createGrid, type GridApi, type GridOptions } from 'ag-grid-community'
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react'
import { createPortal } from 'react-dom'
import { portalHosts as hosts } from './portal-hosts'

const portalKeys = new WeakMap<HTMLElement, string>()
let nextPortalKey = 0

export type PlainGridProps<TData> = GridOptions<TData> & {
  /** Set to the grid's api as soon as the grid exists, and back to null when it goes. */
  apiRef?: RefObject<GridApi<TData> | null>
}

/**
 * An ag-grid drawn by the grid itself (`createGrid`), not by ag-grid-react. With ag-grid-react every
 * cell is a React component: a filter that brings ~500 new cells into view spent ~50 ms mounting them
 * in React's commit, on top of the browser's paint. Here cells are plain DOM the grid writes directly;
 * the props are grid options, and changed ones go to the grid as ag-grid-react would pass them. Cell
 * renderers must be plain (class or function returning DOM/text); React cell editors go through
 * `reactCellEditor`.
 */
export function PlainGrid<TData>(props: PlainGridProps<TData>): React.JSX.Element {
  const box = useRef<HTMLDivElement>(null)
  const api = useRef<GridApi<TData> | null>(null)
  const applied = useRef<GridOptions<TData>>({})
  const [editors, setEditors] = useState<ReadonlyMap<HTMLElement, ReactNode>>(() => new Map())

  // Created once, before the browser paints; destroyed with the page.
  useLayoutEffect(() => {
    const { apiRef, ...options } = props
    const grid = createGrid<TData>(box.current!, options)
    hosts.set(grid as GridApi, {
      show: (element, node) => setEditors((shown) => new Map(shown).set(element, node)),
      hide: (element) =>
        setEditors((shown) => {
          if (!shown.has(element)) return shown
          const next = new Map(shown)
          next.delete(element)
          return next
        })
    })
    api.current = grid
    applied.current = options
    if (apiRef) apiRef.current = grid
    return () => {
      if (apiRef) apiRef.current = null
      api.current = null
      setEditors(new Map())
      grid.destroy()
    }
    // The grid is made once; later props are passed on by the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // Props that changed since the last render, as one update (a prop set back to undefined included).
  useEffect(() => {
    const grid = api.current
    if (!grid) return
    const { apiRef: _apiRef, ...options } = props
    const before = applied.current as Record<string, unknown>
    const now = options as Record<string, unknown>
    const changes: Record<string, unknown> = {}
    let changed = false
    for (const key of new Set([...Object.keys(before), ...Object.keys(now)])) {
      if (before[key] !== now[key]) {
        changes[key] = now[key]
        changed = true
      }
    }
    applied.current = options
    if (changed) grid.updateGridOptions(changes as GridOptions<TData>)
  })

  return (
    <div ref={box} style={{ width: '100%', height: '100%' }}>
      {[...editors].map(([element, node]) => {
        let key = portalKeys.get(element)
        if (key === undefined) portalKeys.set(element, (key = String(nextPortalKey++)))
        return createPortal(node, element, key)
      })}
    </div>
  )
}

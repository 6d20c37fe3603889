import type { GridApi } from 'ag-grid-community'
import { useEffect, useState } from 'react'

/*
 * What a grid shows after its filters and sort, followed through the grid's own events. The pages keep
 * no filter state of their own (the search text, the presets and the area go straight to the grid), so a
 * keystroke in a search redraws the grid and the small components that use these, not the page.
 */

/**
 * The ids of the rows shown, in the order shown. `idOf` must keep its identity (a module-level
 * function), or the grid's events are subscribed to again on every render.
 */
export function useShownIds<T>(api: GridApi<T> | null, idOf: (row: T) => number): number[] {
  const [ids, setIds] = useState<number[]>([])
  useEffect(() => {
    if (!api) return
    const read = () => {
      const next = readShownIds(api, idOf)
      setIds((old) => sameOrNext(old, next))
    }
    read()
    api.addEventListener('modelUpdated', read)
    return () => api.removeEventListener('modelUpdated', read)
  }, [api, idOf])
  return ids
}

/** The ids of the rows the grid shows after its filters and sort, in the order shown (group rows have no data). */
export function readShownIds<T>(
  api: Pick<GridApi<T>, 'forEachNodeAfterFilterAndSort'>,
  idOf: (row: T) => number
): number[] {
  const ids: number[] = []
  api.forEachNodeAfterFilterAndSort((node) => {
    if (node.data) ids.push(idOf(node.data))
  })
  return ids
}

/** Same rows as before (a refresh): the old list, so nothing that uses it draws again. */
export function sameOrNext(old: number[], next: number[]): number[] {
  return old.length === next.length && old.every((id, i) => id === next[i]) ? old : next
}

/** Whether a filter hides rows: a search, a preset, an area, a column filter. */
export function useFiltersPresent<T>(api: GridApi<T> | null): boolean {
  const [present, setPresent] = useState(false)
  useEffect(() => {
    if (!api) return
    const read = () => setPresent(api.isAnyFilterPresent())
    read()
    api.addEventListener('modelUpdated', read)
    return () => api.removeEventListener('modelUpdated', read)
  }, [api])
  return present
}

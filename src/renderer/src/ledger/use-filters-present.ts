import type { GridApi } from 'ag-grid-community'
import { useEffect, useState } from 'react'
import type { TaskRow } from '../../../shared/contract'

/**
 * Whether a filter hides rows (the search, a preset, a column filter), asked of the grid after each of
 * its updates: the page keeps no state of its own for it, so typing in the search redraws only the
 * components that show it.
 */
export function useFiltersPresent(api: GridApi<TaskRow> | null): boolean {
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

import { createContext, useContext } from 'react'

/**
 * The area the clerk chose in the 区—镇(街)—村(居)—村民小组 tree; null for the whole city. The task ledger,
 * the village matrix and the wall chart all follow it.
 */
export interface AreaFilter {
  areaId: number | null
  /** The chosen node's name with its parents, e.g. 东湖区 / 湖滨街道, for headings. */
  areaLabel: string
  setArea(areaId: number | null, areaLabel?: string): void
}

export const AreaFilterContext = createContext<AreaFilter | null>(null)

export function useAreaFilter(): AreaFilter {
  const value = useContext(AreaFilterContext)
  if (!value) throw new Error('useAreaFilter outside AreaFilterContext')
  return value
}

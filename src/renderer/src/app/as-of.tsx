import { createContext, useContext } from 'react'
import type { IsoDate } from '../../../shared/civil-date'

/** The 统计截止日期 every light, count and document of the session is computed for. */
export const AsOfContext = createContext<{ asOf: IsoDate; setAsOf(date: IsoDate): void } | null>(null)

export function useAsOf(): { asOf: IsoDate; setAsOf(date: IsoDate): void } {
  const value = useContext(AsOfContext)
  if (!value) throw new Error('useAsOf outside AsOfContext')
  return value
}

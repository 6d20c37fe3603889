import { createContext, useContext } from 'react'

/** The pages of the shell's menu (their titles and components: pages.tsx). */
export type PageKey =
  'dashboard' | 'tasks' | 'items' | 'schedule' | 'rounds' | 'assessment' | 'documents' | 'settings'

/** Something to show once the page opens, e.g. from 总览's list of red and yellow items. */
export type Focus =
  | { kind: 'task'; id: number }
  | { kind: 'village-item'; id: number }
  /** A tab of 设置, e.g. 单位与公文 when a document needs the office's names. */
  | { kind: 'settings'; tab: string }
  /** A reporting round of 填报, e.g. from 总览's 报送情况 card. */
  | { kind: 'round'; id: number }
  /** A 测评 round's ranking, or its problem list (only the overdue ones), from 总览's 测评情况 card. */
  | { kind: 'assessment'; roundId: number; tab: 'ranking' | 'problems'; overdueOnly?: boolean }

export interface Navigation {
  page: PageKey
  /** A pending focus for the page just opened; the page shows it, then calls clearFocus(). */
  focus: Focus | null
  navigate(page: PageKey, focus?: Focus): void
  clearFocus(): void
}

export const NavigationContext = createContext<Navigation | null>(null)

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext)
  if (!value) throw new Error('useNavigation outside NavigationContext')
  return value
}

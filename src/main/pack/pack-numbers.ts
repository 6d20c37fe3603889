import type { NoticeKind } from '../../shared/contract'

/**
 * The 发文字号 the pack's parts have numbered but not yet registered. Parts read in meeting order inside one
 * transaction and register only when the pack commits, so the register's next number does not yet see
 * what an earlier part took: the 测评通报 (05) shares the 督办 series with the 督办通知 (02) and must
 * follow them, as it would had the clerk issued them one by one in that order.
 */
export interface PackNumbers {
  /** How many numbers of the series and year earlier parts hold. */
  taken(series: NoticeKind, year: number): number
  take(series: NoticeKind, year: number, count: number): void
}

export function packNumbers(): PackNumbers {
  const held = new Map<string, number>()
  const key = (series: NoticeKind, year: number): string => `${series}:${year}`
  return {
    taken: (series, year) => held.get(key(series, year)) ?? 0,
    take(series, year, count) {
      held.set(key(series, year), (held.get(key(series, year)) ?? 0) + count)
    }
  }
}

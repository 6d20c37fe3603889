/** A share in percent with one decimal, 0 for an empty total: 已办结（85.3%）. */
export function pct(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part / total) * 1000) / 10
}

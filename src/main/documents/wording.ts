/**
 * How figures and numbers are written in the documents: 层次序数 in Chinese numerals, rates with one
 * decimal, changes in 个百分点, and the 发文字号 of GB/T 9704 (domain.md §1.3).
 */

export { chineseNumeral, firstLevel, secondLevel } from '../../shared/chinese-numerals'

/** A share as a percentage with one decimal: 0.7784 → "77.8%"; no items → "—". */
export function percentText(part: number, whole: number): string {
  if (whole === 0) return '—'
  return `${(Math.round((part / whole) * 1000) / 10).toFixed(1)}%`
}

/** The same rate as a number with one decimal (77.8), for comparisons and charts. */
export function rateOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10
}

/** A change of a rate: "提高3.2个百分点" / "下降0.5个百分点" / "持平". */
export function pointsChange(now: number, before: number): string {
  const diff = Math.round((now - before) * 10) / 10
  if (diff === 0) return '持平'
  return `${diff > 0 ? '提高' : '下降'}${Math.abs(diff).toFixed(1)}个百分点`
}

/**
 * 发文字号: 机关代字 + 〔year〕 + 序号 + 号 — six-sided brackets, the full year, no leading zeros and no
 * "第" (GB/T 9704 §7.2.4). 示例文明办督〔2025〕3号.
 */
export function documentNumber(prefix: string, year: number, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`发文序号应为正整数：${seq}`)
  return `${prefix}〔${year}〕${seq}号`
}

/** Joins names with 、 and keeps the list short: "东湖区、西岭区等3个区". */
export function listNames(names: readonly string[], max: number, unit: string): string {
  if (names.length <= max) return names.join('、')
  return `${names.slice(0, max).join('、')}等${names.length}个${unit}`
}

/**
 * 逾期工作日 cell of an item list: the working days overdue ("12"), or what an item that is not overdue
 * is: 临期剩2 (working days left), 今日到期, 已办结.
 */
export function overdueCell(label: string, light: 'red' | 'yellow' | 'green' | null): string {
  const overdue = /^逾期(\d+)个工作日$/.exec(label)
  if (overdue) return overdue[1]
  const left = /^剩(\d+)个工作日$/.exec(label)
  if (light === 'yellow' && left) return `临期剩${left[1]}`
  return label
}

import {
  ITEM_CATEGORIES,
  ITEM_CATEGORY_LABEL,
  ITEM_CATEGORY_QUOTA,
  type ItemCategory
} from '../../shared/domain'

/** Live catalog items per category. */
export function countByCategory(items: readonly { category: ItemCategory }[]): Record<ItemCategory, number> {
  const counts: Record<ItemCategory, number> = { basic: 0, upgrade: 0, 'long-term': 0 }
  for (const item of items) counts[item.category]++
  return counts
}

/**
 * How the catalog differs from the plan's "10+(5)+1" (10 基础, up to 5 提升, 1 长效), one sentence per
 * category. The office may have its reasons (a district adds an item), so this warns and never blocks.
 */
export function quotaWarnings(counts: Record<ItemCategory, number>): string[] {
  const warnings: string[] = []
  for (const category of ITEM_CATEGORIES) {
    const { min, max } = ITEM_CATEGORY_QUOTA[category]
    const n = counts[category]
    if (n >= min && n <= max) continue
    const rule = min === max ? `${min}项` : min === 0 ? `至多${max}项` : `${min}至${max}项`
    warnings.push(`${ITEM_CATEGORY_LABEL[category]}类事项现有${n}项，“10+(5)+1”规定${rule}`)
  }
  return warnings
}

/** The catalog's shape written the plan's way: 10+(5)+1. */
export function quotaFormula(counts: Record<ItemCategory, number>): string {
  return `${counts.basic}+(${counts.upgrade})+${counts['long-term']}`
}

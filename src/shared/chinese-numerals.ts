/** 层次序数 in Chinese numerals (domain.md §1.3), for the documents and for the page that previews them. */

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (层次序数 rarely pass 99). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`序数超出范围：${n}`)
  if (n < 10) return DIGITS[n]
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`
}

/** 一、 */
export const firstLevel = (n: number): string => `${chineseNumeral(n)}、`
/** （一） */
export const secondLevel = (n: number): string => `（${chineseNumeral(n)}）`

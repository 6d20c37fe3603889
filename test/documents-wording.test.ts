import { describe, expect, it } from 'vitest'
import {
  chineseNumeral,
  documentNumber,
  overdueCell,
  percentText,
  pointsChange
} from '../src/main/documents/wording'
import { formatChineseDate } from '../src/shared/civil-date'

describe('how documents write numbers', () => {
  it('writes 层次序数 in Chinese numerals', () => {
    expect([1, 2, 9, 10, 11, 19, 20, 21, 35, 99].map(chineseNumeral)).toEqual([
      '一',
      '二',
      '九',
      '十',
      '十一',
      '十九',
      '二十',
      '二十一',
      '三十五',
      '九十九'
    ])
    expect(() => chineseNumeral(0)).toThrow(RangeError)
  })

  it('writes 发文字号 as 代字〔year〕N号: six-sided brackets, full year, no leading zero, no 第', () => {
    expect(documentNumber('示例文明办督', 2025, 1)).toBe('示例文明办督〔2025〕1号')
    expect(documentNumber('示例文明办催', 2026, 12)).toBe('示例文明办催〔2026〕12号')
    expect(() => documentNumber('示例文明办督', 2025, 0)).toThrow(RangeError)
  })

  it('writes dates in full with no leading zeros', () => {
    expect(formatChineseDate('2025-01-05')).toBe('2025年1月5日')
    expect(formatChineseDate('2025-10-10')).toBe('2025年10月10日')
  })

  it('writes rates with one decimal and their change in 个百分点', () => {
    expect(percentText(1159, 1489)).toBe('77.8%')
    expect(percentText(0, 0)).toBe('—')
    expect(pointsChange(77.8, 76.2)).toBe('提高1.6个百分点')
    expect(pointsChange(70, 70.5)).toBe('下降0.5个百分点')
    expect(pointsChange(70, 70)).toBe('持平')
  })

  it('fills 逾期工作日 with the number for overdue items and the state for the others', () => {
    expect(overdueCell('逾期12个工作日', 'red')).toBe('12')
    expect(overdueCell('剩2个工作日', 'yellow')).toBe('临期剩2')
    expect(overdueCell('今日到期', 'yellow')).toBe('今日到期')
    expect(overdueCell('按期办结', null)).toBe('按期办结')
  })
})

import { describe, expect, it } from 'vitest'
import { briefingSections } from './briefing-sections'

describe('the 简报’s sections, numbered as printed', () => {
  it.each([
    [
      { villages: 108, assessment: false, highlights: false },
      ['一、总体进展', '二、各区进展', '三、本期变化', '四、逾期及临期事项', '五、存在问题', '六、下步工作']
    ],
    [
      { villages: 108, assessment: true, highlights: true },
      [
        '一、总体进展',
        '二、各区进展',
        '三、本期变化',
        '四、逾期及临期事项',
        '五、测评情况',
        '六、工作亮点',
        '七、存在问题',
        '八、下步工作'
      ]
    ],
    [
      { villages: 108, assessment: false, highlights: true },
      [
        '一、总体进展',
        '二、各区进展',
        '三、本期变化',
        '四、逾期及临期事项',
        '五、工作亮点',
        '六、存在问题',
        '七、下步工作'
      ]
    ],
    // Tasks but no urban villages: no 各区进展, no 本期变化, the rest numbered on.
    [
      { villages: 0, assessment: true, highlights: false },
      ['一、总体进展', '二、逾期及临期事项', '三、测评情况', '四、存在问题', '五、下步工作']
    ]
  ])('%o', (choice, expected) => {
    expect(briefingSections(choice)).toEqual(expected)
  })
})

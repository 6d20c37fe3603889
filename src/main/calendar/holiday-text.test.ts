import { describe, expect, it } from 'vitest'
import { UserError } from '../../shared/errors'
import { formatHolidayText, parseHolidayText } from './holiday-text'

describe('the holiday text a clerk types from the State Council notice', () => {
  it('reads ranges, single days, 班 days, comments and full-width spaces', () => {
    const parsed = parseHolidayText(
      [
        '# 2027年',
        '2027-01-01 至 2027-01-03 休 元旦',
        '',
        '2027-02-06\u3000班\u3000春节调休',
        '2027-02-08~2027-02-09 休 春节'
      ].join('\r\n')
    )
    expect(parsed.years).toEqual([2027])
    expect(parsed.days.map((d) => `${d.date}${d.kind === 'holiday' ? '休' : '班'}${d.name}`)).toEqual([
      '2027-01-01休元旦',
      '2027-01-02休元旦',
      '2027-01-03休元旦',
      '2027-02-06班春节调休',
      '2027-02-08休春节',
      '2027-02-09休春节'
    ])
  })

  it('names every bad line and guesses nothing', () => {
    try {
      parseHolidayText(
        '2027-02-30 休 春节\n2027年10月1日（周一）休 国庆\n2027-01-05 至 2027-01-01 休 倒序\n2027-05-01 休 劳动节\n2027-05-01 班 矛盾',
        '2027年日历'
      )
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      const message = (error as UserError).message
      expect(message).toContain('2027年日历有4处错误')
      expect(message).toContain('第1行：日期“2027-02-30”不存在')
      expect(message).toContain('第2行：2027-10-01写的是“周一”，但这一天是星期五')
      expect(message).toContain('第3行：结束日期早于开始日期')
      expect(message).toContain('第5行：2027-05-01 已在前面标为“休”')
    }
  })

  it('refuses a file with no dates at all', () => {
    expect(() => parseHolidayText('# 只有注释\n\n')).toThrow(/没有任何/)
  })

  it('round-trips through the export format', () => {
    const days = parseHolidayText('2027-10-01 至 2027-10-07 休 国庆节\n2027-09-26 班 国庆节调休').days
    expect(parseHolidayText(formatHolidayText(days, '2027年')).days).toEqual(days)
  })
})

import { describe, expect, it } from 'vitest'
import { readDateText, readDeadline, readExactDate } from './date-reading'
import type { CellData } from './workbook-reader'

const y2025 = { year: 2025, from: '表格标题' }
const text = (t: string): CellData => ({ kind: 'text', text: t })

describe('deadlines as clerks write them', () => {
  it.each([
    ['2025年6月30日', '2025-06-30'],
    ['2025年06月30日', '2025-06-30'],
    ['2025年6月30号', '2025-06-30'],
    ['2025.6.30', '2025-06-30'],
    ['2025/6/30', '2025-06-30'],
    ['2025-06-30', '2025-06-30'],
    ['2025-6-3', '2025-06-03'],
    ['2025 年 6 月 30 日', '2025-06-30'],
    ['２０２５年６月３０日', '2025-06-30'],
    ['2025年6月30日前', '2025-06-30'],
    ['2025年6月30日之前', '2025-06-30'],
    ['2025年6月30日（含）前', '2025-06-30'],
    ['2025年6月30日前完成', '2025-06-30'],
    ['2025年6月底', '2025-06-30'],
    ['2025年6月末', '2025-06-30'],
    ['2025年6月', '2025-06-30'],
    ['2024年2月底', '2024-02-29'],
    ['2025年底', '2025-12-31'],
    ['2025年底前', '2025-12-31'],
    ['2025年年底', '2025-12-31'],
    ['2025年末', '2025-12-31'],
    ['6月30日前', '2025-06-30'],
    ['6月30日', '2025-06-30'],
    ['6月底前', '2025-06-30'],
    ['9月底前完成', '2025-09-30'],
    ['长期坚持', null],
    ['持续推进', null],
    ['长期', null]
  ])('%s → %s', (written, expected) => {
    expect(readDateText(written, y2025, true)).toEqual({ ok: true, date: expected })
  })

  it.each([
    ['下半年', /不是可识别的日期/],
    ['2025年第二季度', /不是可识别的日期/],
    ['二〇二五年六月三十日', /不是可识别的日期/],
    ['2025年2月30日', /没有这一天/],
    ['2025年13月', /不是有效的月份/],
    ['2025.6', /只有年和月.*2025年6月底/],
    ['25年6月30日', /不是可识别的日期/],
    ['1999年6月30日', /2000—2099/],
    ['6月30日至7月15日', /不是可识别的日期/]
  ])('%s is refused', (written, reason) => {
    const reading = readDateText(written, y2025, true)
    expect(reading.ok).toBe(false)
    if (!reading.ok) expect(reading.message).toMatch(reason)
  })

  it('a date without a year and no context is refused, naming what was looked at', () => {
    const reading = readDateText('6月30日前', null, true)
    expect(reading).toEqual({
      ok: false,
      message: expect.stringMatching(/没有写年份.*表格标题、工作表名和阶段/)
    })
  })

  it('date cells, serial numbers, formulas without a result', () => {
    expect(readDeadline({ kind: 'date', text: '2025-06-30', date: '2025-06-30' }, null)).toEqual({
      ok: true,
      date: '2025-06-30'
    })
    expect(
      readDeadline({ kind: 'number', text: '45838', number: 45838, percentFormat: false }, null)
    ).toEqual({ ok: true, date: '2025-06-30' })
    expect(
      readDeadline({ kind: 'number', text: '45838.75', number: 45838.75, percentFormat: false }, null)
    ).toEqual({ ok: true, date: '2025-06-30' })
    expect(readDeadline({ kind: 'number', text: '2025', number: 2025, percentFormat: false }, null).ok).toBe(
      false
    )
    expect(readDeadline({ kind: 'date', text: '1900-01-05', date: '1900-01-05' }, null).ok).toBe(false)
    expect(readDeadline({ kind: 'error', text: '', reason: '公式没有保存计算结果' }, null)).toEqual({
      ok: false,
      message: '公式没有保存计算结果'
    })
    expect(readDeadline({ kind: 'empty', text: '' }, null)).toEqual({ ok: true, date: null })
  })

  it('a day something happened must be a day: no 月底, no 长期', () => {
    expect(readExactDate(text('2025年6月20日'), null)).toEqual({ ok: true, date: '2025-06-20' })
    expect(readExactDate(text('6月20日'), y2025)).toEqual({ ok: true, date: '2025-06-20' })
    expect(readExactDate(text('2025年6月底'), null).ok).toBe(false)
    expect(readExactDate(text('长期'), null).ok).toBe(false)
  })
})

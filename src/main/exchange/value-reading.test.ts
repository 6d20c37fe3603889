import { describe, expect, it } from 'vitest'
import { matchHeader } from './header-words'
import { isPercentFormat } from './workbook-reader'
import { readPercent, readStatus, splitUnitNames } from './value-reading'

describe('unit names in one cell', () => {
  it.each([
    ['市城管局、市住建局', ['市城管局', '市住建局']],
    ['市城管局，市住建局,市公安局', ['市城管局', '市住建局', '市公安局']],
    ['市城管局；市住建局;市公安局', ['市城管局', '市住建局', '市公安局']],
    ['市城管局 市住建局\n市公安局', ['市城管局', '市住建局', '市公安局']],
    ['市城管局、、市住建局、', ['市城管局', '市住建局']],
    ['市委宣传部（市文明办、市委网信办）、市城管局', ['市委宣传部（市文明办、市委网信办）', '市城管局']],
    ['市城管局、市城管局', ['市城管局']],
    ['各区人民政府', ['各区人民政府']]
  ])('%s', (cell, names) => {
    expect(splitUnitNames(cell)).toEqual(names)
  })
})

describe('进度 and 状态', () => {
  it.each([
    [{ kind: 'number', text: '80', number: 80, percentFormat: false }, 80],
    [{ kind: 'number', text: '80%', number: 0.8, percentFormat: true }, 80],
    [{ kind: 'text', text: '80%' }, 80],
    [{ kind: 'text', text: '８０％' }, 80],
    [{ kind: 'number', text: '66.6', number: 66.6, percentFormat: false }, 67],
    [{ kind: 'number', text: '1', number: 1, percentFormat: false }, 1]
  ] as const)('%o → %d', (cell, value) => {
    expect(readPercent(cell)).toEqual({ ok: true, value })
  })

  it('refuses what could mean two things or is out of range', () => {
    expect(readPercent({ kind: 'number', text: '0.8', number: 0.8, percentFormat: false }).ok).toBe(false)
    expect(readPercent({ kind: 'number', text: '120', number: 120, percentFormat: false }).ok).toBe(false)
    expect(readPercent({ kind: 'text', text: '过半' }).ok).toBe(false)
  })

  it.each([
    ['已办结', 'done'],
    ['已完成', 'done'],
    ['销号', 'done'],
    ['进行中', 'in-progress'],
    ['序时推进', 'in-progress'],
    ['未开始', 'not-started'],
    [' 推进中 ', 'in-progress']
  ])('状态 %s → %s', (word, status) => {
    expect(readStatus({ kind: 'text', text: word }, false)).toEqual({ ok: true, value: status })
  })

  it('不适用 only where an item may not apply (village items)', () => {
    expect(readStatus({ kind: 'text', text: '不适用' }, true)).toEqual({ ok: true, value: 'not-applicable' })
    expect(readStatus({ kind: 'text', text: '不适用' }, false).ok).toBe(false)
  })

  it('percent number formats, not a literal % sign after a quoted text', () => {
    expect(isPercentFormat('0%')).toBe(true)
    expect(isPercentFormat('0.0%')).toBe(true)
    expect(isPercentFormat('0"%"')).toBe(false)
    expect(isPercentFormat('General')).toBe(false)
  })
})

describe('header words', () => {
  it.each([
    ['工作任务', 'title', 3],
    ['重点任务', 'title', 3],
    ['任务名称', 'title', 3],
    ['具体举措', 'measures', 3],
    ['牵头单位', 'leadUnits', 3],
    ['牵头单位\n（责任单位）', 'leadUnits', 2],
    ['市级牵头单位', 'leadUnits', 1],
    ['协办单位', 'supportUnits', 3],
    ['完成时限（截止时间）', 'deadline', 2],
    ['*完成时限', 'deadline', 3],
    ['办结时限', 'deadline', 3],
    ['完成时间', 'deadline', 3],
    ['实际完成时间', 'completedDate', 3],
    ['分管领导', 'leader', 3],
    ['推进情况', 'progress', 3],
    ['序号', 'code', 3],
    ['进度（%）', 'percent', 2]
  ])('task header %s → %s', (header, field, quality) => {
    expect(matchHeader('tasks', header)).toMatchObject({ field, quality })
  })

  it.each([
    ['镇（街）', 'town'],
    ['村（居）', 'village'],
    ['村民小组', 'group'],
    ['治理事项', 'item'],
    ['责任单位', 'unit']
  ])('village header %s → %s', (header, field) => {
    expect(matchHeader('villages', header)?.field).toBe(field)
  })

  it('words that are not headers', () => {
    expect(matchHeader('tasks', '2025年城中村现代化治理重点任务推进台账（截至9月30日）')).toBeNull()
    expect(matchHeader('tasks', '亮灯')).toBeNull()
    expect(matchHeader('villages', '消防安全')).toBeNull()
  })
})

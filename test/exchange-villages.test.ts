import type { Database } from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadVillageItems, type StoredVillageItem } from '../src/main/ledger/village-item-queries'
import { utcDate, villageLongForm, workbookBytes, addSheet } from './exchange-corpus'
import { previewBytes, sampleDb } from './exchange-helpers'

/**
 * Village items in long form (区, 镇(街), 村(居), [村民小组], 治理事项, 责任单位, 完成时限, 状态, 完成日期) read
 * into the sample city: matched to the village item of that urban village and catalog item; areas and
 * catalog items are never created, so an unknown one is a row error naming it.
 */
let db: Database
let atVillage: StoredVillageItem
let atGroup: StoredVillageItem

beforeAll(() => {
  db = sampleDb()
  const items = loadVillageItems(db)
  atVillage = items.find((i) => i.community === null && i.status !== 'done')!
  atGroup = items.find((i) => i.community !== null && i.status !== 'done' && i.deadline !== null)!
})

const areaOf = (i: StoredVillageItem) =>
  i.community === null ? [i.district, i.town, i.village, ''] : [i.district, i.town, i.community, i.village]

describe('village items in long form', () => {
  it('an item stated as stored is unchanged; a new deadline, status and unit are changes field by field', async () => {
    const bytes = await villageLongForm([
      [
        ...areaOf(atVillage),
        atVillage.itemName,
        atVillage.unit ?? '',
        atVillage.deadline ?? '长期',
        '推进中',
        ''
      ],
      [...areaOf(atGroup), atGroup.itemName, '市城管局', '2025年12月底', '已办结', utcDate('2025-09-20')]
    ])
    const { plan, preview } = await previewBytes(db, bytes, { kind: 'villages' })
    expect(preview.kind).toBe('villages')
    const [first, second] = preview.rows
    expect(first.status, JSON.stringify(first)).toBe(
      atVillage.status === 'in-progress' ? 'unchanged' : 'changed'
    )
    expect(second.status).toBe('changed')
    expect(second.label).toContain(atGroup.village)
    const changed = Object.fromEntries(second.changes.map((c) => [c.label, [c.before, c.after]]))
    expect(changed['完成时限']).toEqual([atGroup.deadline, '2025-12-31'])
    expect(changed['状态'][1]).toBe('已办结')
    expect(changed['完成日期']).toEqual(['', '2025-09-20'])
    expect(changed['责任单位'][1]).toBe('市城市管理局')
    if (plan.kind !== 'villages') throw new Error('kind')
    expect(plan.rows[1].after).toMatchObject({ status: 'done', percent: 100, completedDate: '2025-09-20' })
  })

  it('不适用 marks the item as not applying to the village', async () => {
    const bytes = await villageLongForm([[...areaOf(atVillage), atVillage.itemName, '', '', '不适用', '']])
    const { preview } = await previewBytes(db, bytes, { kind: 'villages' })
    expect(preview.rows[0].changes.find((c) => c.label === '状态')?.after).toBe('不适用')
  })

  it('unknown areas and items, a 村 whose urban villages are its 社, two units: row errors, nothing created', async () => {
    const bytes = await villageLongForm([
      ['不存在区', atVillage.town, atVillage.village, '', atVillage.itemName, '', '2025-12-31', '', ''],
      [atGroup.district, atGroup.town, atGroup.community, '', atGroup.itemName, '', '2025-12-31', '', ''],
      [...areaOf(atVillage), '飞行汽车', '', '2025-12-31', '', ''],
      [...areaOf(atVillage), atVillage.itemName, '市城管局、市公安局', '2025-12-31', '', '']
    ])
    const { preview } = await previewBytes(db, bytes, { kind: 'villages' })
    expect(preview.counts.error).toBe(4)
    const messages = preview.rows.map((r) => r.errors.map((e) => e.message).join())
    expect(messages[0]).toMatch(/没有名为“不存在区”的区（导入不会新建区、镇、村）/)
    expect(messages[1]).toMatch(/本身不是城中村.*请填写村民小组\(社\)列/)
    expect(messages[2]).toMatch(/治理事项“飞行汽车”不在“10\+\(5\)\+1”目录中/)
    expect(messages[3]).toMatch(/只有一个责任单位/)
    expect(preview.rows[3].errors[0]).toMatchObject({ column: 'F', header: '责任单位' })
  })

  it('a 村(居) name unique in the city needs no 区 or 镇(街); a new catalog item makes new village items', async () => {
    const local = sampleDb()
    local
      .prepare("INSERT INTO governance_item (category, sort_order, name) VALUES ('upgrade', 99, '智慧安防')")
      .run()
    const bytes = await workbookBytes((wb) =>
      addSheet(wb, '事项', [
        ['村(居)', '村民小组(社)', '治理事项', '完成时限'],
        [atGroup.community, atGroup.village, '智慧安防', '2025年11月30日']
      ])
    )
    const { preview } = await previewBytes(local, bytes, { kind: 'villages' })
    expect(preview.rows[0]).toMatchObject({ status: 'new' })
    expect(preview.rows[0].summary).toMatch(/时限：2025-11-30/)
  })

  it('a task ledger offered as village items is told apart, and the other way round', async () => {
    const bytes = await villageLongForm([
      [...areaOf(atVillage), atVillage.itemName, '', '2025-12-31', '', '']
    ])
    await expect(previewBytes(db, bytes, { kind: 'tasks' })).rejects.toThrow(
      /村治理事项明细表.*导入村治理事项/
    )
  })
})

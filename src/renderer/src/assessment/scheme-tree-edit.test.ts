import { describe, expect, it } from 'vitest'
import type { SchemeNode, SchemeNodeInput } from '../../../shared/contract'
import { criteriaCount, insertChild, nodeAt, pathOf, removeNode, replaceNode } from './scheme-tree-edit'

const leaf = (name: string, max = 5): SchemeNodeInput => ({
  name,
  method: '实地考察',
  component: 'field',
  max,
  rule: { type: 'pass-fail' },
  children: []
})

/** Ⅰ 环境卫生 → Ⅱ 保洁 (Ⅲ 巷道, Ⅲ 公厕), Ⅱ 分类 (Ⅲ 投放); Ⅰ 市容秩序 with no Ⅱ yet. */
const tree = (): SchemeNodeInput[] => [
  {
    name: '环境卫生',
    children: [
      { name: '保洁', children: [leaf('巷道'), leaf('公厕')] },
      { name: '分类', children: [leaf('投放')] }
    ]
  },
  { name: '市容秩序', children: [] }
]

const names = (nodes: readonly SchemeNodeInput[]): unknown =>
  nodes.map((n) => (n.children && n.children.length > 0 ? [n.name, names(n.children)] : n.name))

describe('insertChild: a new node goes last under its parent, so the store gives it the next code', () => {
  it.each([
    [[], '新项目', 'at the top: a new Ⅰ'],
    [[1], '经营秩序', 'under a Ⅰ with no Ⅱ yet'],
    [[0, 1], '新内容', 'under a Ⅱ after its Ⅲ']
  ])('%j ← %s (%s)', (parentPath, name) => {
    const out = insertChild(tree(), parentPath, leaf(name))
    const siblings = parentPath.length === 0 ? out : (nodeAt(out, parentPath)?.children ?? [])
    expect(siblings[siblings.length - 1].name).toBe(name)
  })

  it('leaves the tree it was given untouched', () => {
    const before = tree()
    const snapshot = JSON.stringify(before)
    insertChild(before, [0, 0], leaf('新内容'))
    expect(JSON.stringify(before)).toBe(snapshot)
  })

  it('refuses a parent path that leads nowhere', () => {
    expect(() => insertChild(tree(), [5], leaf('x'))).toThrow(/no node/)
  })
})

describe('replaceNode: a node edited keeps its place and its children', () => {
  it('renames a Ⅱ without losing its Ⅲ', () => {
    const out = replaceNode(tree(), [0, 0], { name: '公共区域保洁' })
    expect(names(out)).toEqual([
      [
        '环境卫生',
        [
          ['公共区域保洁', ['巷道', '公厕']],
          ['分类', ['投放']]
        ]
      ],
      '市容秩序'
    ])
  })

  it('changes a Ⅲ’s 分值 and rule in place', () => {
    const out = replaceNode(tree(), [0, 0, 1], {
      ...leaf('公厕', 8),
      rule: { type: 'per-problem', deduct: 2 }
    })
    expect(nodeAt(out, [0, 0, 1])).toMatchObject({ name: '公厕', max: 8, rule: { deduct: 2 } })
    expect(nodeAt(out, [0, 0, 0])?.name).toBe('巷道')
  })

  it.each([[[]], [[0, 9]], [[3, 0]]])('refuses the path %j', (path) => {
    expect(() => replaceNode(tree(), path, { name: 'x' })).toThrow()
  })
})

describe('removeNode: a node goes with everything under it, later siblings move up', () => {
  it.each([
    [
      [0, 0, 0],
      [
        [
          '环境卫生',
          [
            ['保洁', ['公厕']],
            ['分类', ['投放']]
          ]
        ],
        '市容秩序'
      ]
    ],
    [
      [0, 0],
      [['环境卫生', [['分类', ['投放']]]], '市容秩序']
    ],
    [[0], ['市容秩序']],
    [
      [0, 1, 0],
      [['环境卫生', [['保洁', ['巷道', '公厕']], '分类']], '市容秩序']
    ]
  ])('%j', (path, expected) => {
    expect(names(removeNode(tree(), path))).toEqual(expected)
  })

  it('refuses a path that leads nowhere', () => {
    expect(() => removeNode(tree(), [0, 2])).toThrow(/no node/)
  })
})

describe('pathOf and criteriaCount over a stored tree', () => {
  const stored = (id: number, level: 1 | 2 | 3, children: SchemeNode[] = []): SchemeNode => ({
    id,
    parentId: null,
    level,
    code: '',
    name: String(id),
    standard: '',
    method: null,
    objectType: null,
    component: null,
    max: level === 3 ? 5 : null,
    rule: null,
    veto: false,
    children
  })
  const nodes = [
    stored(1, 1, [stored(2, 2, [stored(3, 3), stored(4, 3)]), stored(5, 2, [stored(6, 3)])]),
    stored(7, 1)
  ]

  it.each([
    [1, [0]],
    [4, [0, 0, 1]],
    [6, [0, 1, 0]],
    [7, [1]],
    [99, null]
  ])('node %d is at %j', (id, path) => {
    expect(pathOf(nodes, id)).toEqual(path)
  })

  it.each([
    [[0], 3],
    [[0, 0], 2],
    [[0, 0, 1], 1],
    [[1], 0]
  ])('the node at %j holds %d 测评内容', (path, count) => {
    expect(criteriaCount(nodeAt(nodes, path)!)).toBe(count)
  })
})

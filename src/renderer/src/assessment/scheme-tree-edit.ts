import type { SchemeNodeInput } from '../../../shared/contract'

/**
 * Where a node sits in the tree: its index among its siblings at each level, from the top ([0, 1] is
 * the second Ⅱ of the first Ⅰ). The tree editor works by path, not by id, because the store gives every
 * node a new id (and its code) on each save; [] is the top, the parent of a new Ⅰ.
 */
export type NodePath = readonly number[]

/** The levels' names, as the 测评体系 prints them (index = level). */
export const LEVEL_NAME = ['', '测评项目', '指标', '测评内容'] as const

interface Tree<T> {
  id?: number
  level?: number
  children?: readonly T[]
}

/** The path of the node with this id, or null when the tree has none. */
export function pathOf<T extends Tree<T>>(nodes: readonly T[], id: number): NodePath | null {
  for (const [i, n] of nodes.entries()) {
    if (n.id === id) return [i]
    const below = pathOf(n.children ?? [], id)
    if (below) return [i, ...below]
  }
  return null
}

/** The node at a path, or undefined when the path leads nowhere. */
export function nodeAt<T extends Tree<T>>(nodes: readonly T[], path: NodePath): T | undefined {
  const [first, ...rest] = path
  const node = first === undefined ? undefined : nodes[first]
  if (!node || rest.length === 0) return node
  return nodeAt(node.children ?? [], rest)
}

/** The siblings list that holds `path`'s last step, rewritten by `edit`; every other list is shared. */
function editSiblings(
  nodes: readonly SchemeNodeInput[],
  parentPath: NodePath,
  edit: (siblings: readonly SchemeNodeInput[]) => SchemeNodeInput[]
): SchemeNodeInput[] {
  const [first, ...rest] = parentPath
  if (first === undefined) return edit(nodes)
  const parent = nodes[first]
  if (!parent) throw new Error(`no node at step ${first} of the path`)
  const copy = [...nodes]
  copy[first] = { ...parent, children: editSiblings(parent.children ?? [], rest, edit) }
  return copy
}

function split(path: NodePath): { parentPath: NodePath; index: number } {
  if (path.length === 0) throw new Error('the empty path names no node')
  return { parentPath: path.slice(0, -1), index: path[path.length - 1] }
}

/** Appends `child` as the last child of the node at `parentPath` ([] appends a Ⅰ), so it takes the next code. */
export function insertChild(
  nodes: readonly SchemeNodeInput[],
  parentPath: NodePath,
  child: SchemeNodeInput
): SchemeNodeInput[] {
  return editSiblings(nodes, parentPath, (siblings) => [...siblings, child])
}

/** Puts `node`'s own fields in place of the node at `path`; the node's children stay where they are. */
export function replaceNode(
  nodes: readonly SchemeNodeInput[],
  path: NodePath,
  node: SchemeNodeInput
): SchemeNodeInput[] {
  const { parentPath, index } = split(path)
  return editSiblings(nodes, parentPath, (siblings) => {
    const old = siblings[index]
    if (!old) throw new Error(`no node at step ${index} of the path`)
    return siblings.map((s, i) => (i === index ? { ...node, children: old.children ?? [] } : s))
  })
}

/** The tree without the node at `path` and everything under it (the later siblings move up one code). */
export function removeNode(nodes: readonly SchemeNodeInput[], path: NodePath): SchemeNodeInput[] {
  const { parentPath, index } = split(path)
  return editSiblings(nodes, parentPath, (siblings) => {
    if (!siblings[index]) throw new Error(`no node at step ${index} of the path`)
    return siblings.filter((_, i) => i !== index)
  })
}

/** How many Ⅲ 测评内容 a node holds (itself, when it is one): what goes with it when it is deleted. */
interface LevelledNode {
  level: number
  children?: readonly LevelledNode[]
}
export function criteriaCount(node: LevelledNode): number {
  if (node.level === 3) return 1
  return (node.children ?? []).reduce((sum, c) => sum + criteriaCount(c), 0)
}

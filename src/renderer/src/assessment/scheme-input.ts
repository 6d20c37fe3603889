import type { MethodInput, Scheme, SchemeNode, SchemeNodeInput } from '../../../shared/contract'

/** A stored tree back into the shape assessment.saveScheme takes (shared with the store). */
export { schemeNodeInputs as nodeInputs } from '../../../shared/scheme-nodes'

/** The Ⅲ 测评内容 of a scheme, in tree order: the checklist of an entry by hand. */
export function criteriaOf(scheme: Pick<Scheme, 'nodes'>): SchemeNode[] {
  const out: SchemeNode[] = []
  const walk = (nodes: readonly SchemeNode[]): void => {
    for (const n of nodes) {
      if (n.level === 3) out.push(n)
      walk(n.children)
    }
  }
  walk(scheme.nodes)
  return out
}

/** Σ 分值 of the Ⅲ items under a node (the node's own 分值 when it is a Ⅲ). */
export interface ScoredNode {
  level: number
  max: number | null
  children?: readonly ScoredNode[]
}
export function maxOf(node: ScoredNode): number {
  if (node.level === 3) return node.max ?? 0
  return (node.children ?? []).reduce((sum, c) => sum + maxOf(c), 0)
}

/** assessment.saveScheme's input for a version with a new tree: its own name, weights and rules unchanged. */
export function saveBody(scheme: Scheme, nodes: SchemeNodeInput[]): MethodInput<'assessment.saveScheme'> {
  return {
    id: scheme.id,
    name: scheme.name,
    components: scheme.components,
    boards: scheme.boards,
    repeatMultiplier: scheme.repeatMultiplier,
    nodes
  }
}

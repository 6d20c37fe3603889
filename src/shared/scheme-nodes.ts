import type { SchemeNode, SchemeNodeInput } from './contract/assessment'

/**
 * A stored 测评体系 tree back into the shape assessment.saveScheme takes (ids and codes are the store's to
 * give): the page sends it when it edits the tree, the store when it copies a version and when it logs
 * an edit.
 */
export function schemeNodeInputs(nodes: readonly SchemeNode[]): SchemeNodeInput[] {
  return nodes.map((n) => ({
    name: n.name,
    standard: n.standard,
    method: n.method,
    objectType: n.objectType,
    component: n.component,
    max: n.max,
    rule: n.rule,
    veto: n.veto,
    children: schemeNodeInputs(n.children)
  }))
}

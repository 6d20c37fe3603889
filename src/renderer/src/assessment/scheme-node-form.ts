import type {
  AssessmentComponent,
  AssessmentMethod,
  SchemeNode,
  SchemeNodeInput,
  ScoringRule
} from '../../../shared/contract'
import { assessmentContract } from '../../../shared/contract/assessment'
import type { FieldProblem } from '../progress/form-errors'

/** The contract's own schemas: the dialog checks a node, then the whole save, with what main applies. */
export const saveSchemeInput = assessmentContract['assessment.saveScheme'].input
const nodeSchema = saveSchemeInput.shape.nodes.element

export type RuleType = ScoringRule['type']

/** What the node dialog edits; a Ⅰ/Ⅱ shows only its 名称, a Ⅲ all of them. */
export interface NodeFormValues {
  name: string
  standard: string
  method: AssessmentMethod | null
  /** Free text (a 点位 type such as 城中村, or 单位/区域); empty = none. */
  objectType: string
  component: string | null
  max: number | null
  ruleType: RuleType
  /** 每处扣分 (per-problem) or 每个百分点扣分 (per-point-below). */
  deduct: number | null
  /** 目标 % (per-point-below) or 目标数量 (ratio). */
  target: number | null
  veto: boolean
}

export const NODE_FIELDS = [
  'name',
  'standard',
  'method',
  'objectType',
  'component',
  'max',
  'ruleType',
  'deduct',
  'target',
  'veto'
] as const satisfies readonly (keyof NodeFormValues)[]

/** The four rules in the clerk's words (rule-text.ts spells a filled-in rule the same way). */
export const RULE_TYPES: readonly { value: RuleType; label: string }[] = [
  { value: 'pass-fail', label: '符合得满分，不符合不得分' },
  { value: 'per-problem', label: '每发现一处问题扣N分' },
  { value: 'per-point-below', label: '每低于目标一个百分点扣N分' },
  { value: 'ratio', label: '按比例得分' }
]

/** Which parameters a rule takes: the dialog shows only these. */
export const RULE_PARAMS: Record<RuleType, readonly ('deduct' | 'target')[]> = {
  'pass-fail': [],
  'per-problem': ['deduct'],
  'per-point-below': ['target', 'deduct'],
  ratio: ['target']
}

/** A parameter's label under each rule. */
export function paramLabel(rule: RuleType, param: 'deduct' | 'target'): string {
  if (param === 'deduct') return rule === 'per-problem' ? '每处扣分' : '每个百分点扣分'
  return rule === 'ratio' ? '目标数量（实际达到即得满分）' : '目标（%）'
}

/**
 * The rule's numbers are refused by zod's own (locale) words, which do not name the field or its range;
 * the schema still decides, these say what it wants.
 */
function paramMessage(rule: RuleType, param: 'deduct' | 'target'): string {
  if (param === 'deduct') return `${paramLabel(rule, param)}应大于0，不超过100`
  return rule === 'ratio' ? '目标数量应大于0' : '目标应在0到100之间'
}

/** A node's form: its own figures when edited, the usual choices for a new one. */
export function formValuesOf(
  node: SchemeNode | null,
  components: readonly AssessmentComponent[]
): NodeFormValues {
  const rule = node?.rule ?? null
  return {
    name: node?.name ?? '',
    standard: node?.standard ?? '',
    method: node ? node.method : '实地考察',
    objectType: node?.objectType ?? '',
    component: node ? node.component : (components[0]?.key ?? null),
    max: node ? node.max : null,
    ruleType: rule?.type ?? 'pass-fail',
    deduct: rule && 'deduct' in rule ? rule.deduct : null,
    target: rule && 'target' in rule ? rule.target : null,
    veto: node?.veto ?? false
  }
}

const TEXT_FIELDS: ReadonlySet<keyof NodeFormValues> = new Set(['name', 'standard', 'objectType'])

/**
 * The form's values over the starting ones: a field the form does not show (a Ⅰ/Ⅱ's, a parameter of
 * another rule) keeps its start, and a shown field that was cleared (antd gives undefined) is empty.
 */
export function readForm(start: NodeFormValues, shown: Partial<NodeFormValues>): NodeFormValues {
  const out = { ...start }
  for (const key of NODE_FIELDS) {
    if (!(key in shown)) continue
    const value = shown[key]
    Object.assign(out, { [key]: value ?? (TEXT_FIELDS.has(key) ? '' : null) })
  }
  return out
}

function ruleOf(v: NodeFormValues): ScoringRule {
  // The parameters pass through as typed (null included), so that the schema refuses what is missing.
  const deduct = v.deduct as number
  const target = v.target as number
  switch (v.ruleType) {
    case 'pass-fail':
      return { type: 'pass-fail' }
    case 'per-problem':
      return { type: 'per-problem', deduct }
    case 'per-point-below':
      return { type: 'per-point-below', target, deduct }
    case 'ratio':
      return { type: 'ratio', target }
  }
}

/**
 * The node as saveScheme takes it (without children: the tree operations keep those). A Ⅰ/Ⅱ takes only
 * its name; what else it held (a 测评标准 text from an import, say) is kept from `original`.
 */
export function nodeInputOf(
  v: NodeFormValues,
  level: 1 | 2 | 3,
  original: SchemeNode | null
): SchemeNodeInput {
  if (level < 3) return { name: v.name, standard: original?.standard ?? '' }
  return {
    name: v.name,
    standard: v.standard,
    method: v.method,
    objectType: v.objectType.trim() === '' ? null : v.objectType.trim(),
    component: v.component,
    max: v.max,
    rule: ruleOf(v),
    veto: v.veto
  }
}

/**
 * What is wrong with a node, field by field, before anything is sent: first what the store requires of
 * a Ⅲ (scheme-store.ts checkTree: a 分值, a rule with its numbers, a 测评类别), then the contract's schema.
 */
export function nodeProblems(v: NodeFormValues, level: 1 | 2 | 3): FieldProblem[] {
  const out: FieldProblem[] = []
  if (level === 3) {
    if (v.max === null) out.push({ field: 'max', message: '测评内容应填写分值' })
    if (v.component === null) out.push({ field: 'component', message: '请选择测评类别' })
    for (const p of RULE_PARAMS[v.ruleType])
      if (v[p] === null) out.push({ field: p, message: `请填写${paramLabel(v.ruleType, p)}` })
  }
  const parsed = nodeSchema.safeParse(nodeInputOf(v, level, null))
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const [head, param] = issue.path.map(String)
    const field =
      head === 'rule'
        ? param === 'deduct' || param === 'target'
          ? param
          : 'ruleType'
        : (NODE_FIELDS.find((f) => f === head) ?? null)
    if (field !== null && out.some((p) => p.field === field)) continue
    const message = field === 'deduct' || field === 'target' ? paramMessage(v.ruleType, field) : issue.message
    out.push({ field, message })
  }
  return out
}

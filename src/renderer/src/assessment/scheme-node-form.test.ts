import { describe, expect, it } from 'vitest'
import '../../../shared/zod-locale'
import type { SchemeNode } from '../../../shared/contract'
import { formValuesOf, nodeInputOf, nodeProblems, readForm, type NodeFormValues } from './scheme-node-form'

const COMPONENTS = [
  { key: 'field', name: '实地暗访', weight: 40 },
  { key: 'media', name: '媒体曝光', weight: 10 }
]

const criterion: SchemeNode = {
  id: 7,
  parentId: 2,
  level: 3,
  code: '1.1.1',
  name: '道路巷道无暴露垃圾',
  standard: '主次巷道干净整洁。',
  method: '实地考察',
  objectType: '城中村',
  component: 'field',
  max: 10,
  rule: { type: 'per-problem', deduct: 2 },
  veto: false,
  children: []
}

const good = (patch: Partial<NodeFormValues> = {}): NodeFormValues => ({
  ...formValuesOf(criterion, COMPONENTS),
  ...patch
})

describe('formValuesOf and nodeInputOf: a node through the dialog and back', () => {
  it('gives back the Ⅲ it was filled from', () => {
    expect(nodeInputOf(formValuesOf(criterion, COMPONENTS), 3, criterion)).toEqual({
      name: criterion.name,
      standard: criterion.standard,
      method: criterion.method,
      objectType: criterion.objectType,
      component: criterion.component,
      max: criterion.max,
      rule: criterion.rule,
      veto: criterion.veto
    })
  })

  it('starts a new Ⅲ as 实地考察, pass-fail, in the first 测评类别, with no 分值', () => {
    expect(formValuesOf(null, COMPONENTS)).toMatchObject({
      name: '',
      method: '实地考察',
      component: 'field',
      max: null,
      ruleType: 'pass-fail',
      veto: false
    })
  })

  it('keeps only the parameters of the rule chosen, and no 测评对象 when it is blank', () => {
    const v = good({ ruleType: 'ratio', target: 4, deduct: 2, objectType: '  ' })
    expect(nodeInputOf(v, 3, null)).toMatchObject({ rule: { type: 'ratio', target: 4 }, objectType: null })
    expect(nodeInputOf(v, 3, null).rule).not.toHaveProperty('deduct')
  })

  it('gives a Ⅰ/Ⅱ only its name, keeping the standard text it had', () => {
    const indicator = { ...criterion, level: 2 as const, standard: '导入时的说明' }
    expect(nodeInputOf(good({ name: '公共区域保洁' }), 2, indicator)).toEqual({
      name: '公共区域保洁',
      standard: '导入时的说明'
    })
  })
})

describe('readForm: what the dialog shows over where it started', () => {
  it('keeps unshown fields, empties cleared ones', () => {
    const start = formValuesOf(criterion, COMPONENTS)
    expect(
      readForm(start, { name: '新名称', method: undefined, objectType: undefined, max: undefined })
    ).toEqual({ ...start, name: '新名称', method: null, objectType: '', max: null })
  })
})

describe('nodeProblems: refusals under their field, in Chinese', () => {
  it('has none for a good Ⅲ', () => {
    expect(nodeProblems(good(), 3)).toEqual([])
  })

  it.each([
    [{ name: '  ' }, 3, 'name', '测评项目名称不能为空'],
    [{ name: '' }, 1, 'name', '测评项目名称不能为空'],
    [{ max: 0 }, 3, 'max', '分值应大于0'],
    [{ max: -2 }, 3, 'max', '分值应大于0'],
    [{ max: null }, 3, 'max', '测评内容应填写分值'],
    [{ component: null }, 3, 'component', '请选择测评类别'],
    [{ deduct: null }, 3, 'deduct', '请填写每处扣分'],
    [{ deduct: 0 }, 3, 'deduct', '每处扣分应大于0，不超过100'],
    [{ ruleType: 'per-point-below', target: 90, deduct: null }, 3, 'deduct', '请填写每个百分点扣分'],
    [{ ruleType: 'per-point-below', target: 120, deduct: 1 }, 3, 'target', '目标应在0到100之间'],
    [{ ruleType: 'ratio', target: 0 }, 3, 'target', '目标数量应大于0'],
    [{ ruleType: 'ratio', target: null }, 3, 'target', '请填写目标数量（实际达到即得满分）'],
    [{ standard: '标'.repeat(1001) }, 3, 'standard', '测评标准不能超过1000个字'],
    [{ objectType: '对'.repeat(31) }, 3, 'objectType', '测评对象不能超过30个字']
  ] as const)('%j on a level-%d node → %s: %s', (patch, level, field, message) => {
    expect(nodeProblems(good(patch), level)).toEqual([{ field, message }])
  })

  it('does not look at a Ⅰ/Ⅱ’s empty 分值 or rule', () => {
    expect(nodeProblems(good({ max: null, deduct: null, component: null }), 2)).toEqual([])
  })
})

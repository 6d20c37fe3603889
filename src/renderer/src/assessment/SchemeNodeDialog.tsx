import {
  Alert,
  App as AntApp,
  AutoComplete,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Typography
} from 'antd'
import { useEffect, useState } from 'react'
import type { Scheme, SchemeNode } from '../../../shared/contract'
import { ASSESSMENT_METHODS, POINT_TYPES } from '../../../shared/contract/assessment'
import { enterToSubmit } from '../progress/dialog-keys'
import { useFirstFieldFocus } from '../progress/dialog-focus'
import { problemsOf, schemaProblems, showProblems } from '../progress/form-errors'
import {
  formValuesOf,
  NODE_FIELDS,
  nodeInputOf,
  nodeProblems,
  paramLabel,
  RULE_PARAMS,
  readForm,
  RULE_TYPES,
  saveSchemeInput,
  type NodeFormValues
} from './scheme-node-form'
import { nodeInputs, saveBody } from './scheme-input'
import { insertChild, LEVEL_NAME, pathOf, replaceNode } from './scheme-tree-edit'
import { useChange } from './use-change'

/** What the dialog is for: a new node under `parent` (null: a new Ⅰ), or a node to edit. */
export type NodeEdit = { kind: 'add'; parent: SchemeNode | null } | { kind: 'edit'; node: SchemeNode }

const OBJECT_OPTIONS = [...POINT_TYPES, '责任单位', '区域整体'].map((value) => ({ value }))

function levelOf(edit: NodeEdit): 1 | 2 | 3 {
  if (edit.kind === 'edit') return edit.node.level
  return edit.parent === null ? 1 : edit.parent.level === 1 ? 2 : 3
}

function titleOf(edit: NodeEdit): string {
  const level = levelOf(edit)
  if (edit.kind === 'edit') return `编辑${LEVEL_NAME[level]} ${edit.node.code}`
  return edit.parent
    ? `添加${LEVEL_NAME[level]}（${edit.parent.code} ${edit.parent.name} 之下）`
    : `添加${LEVEL_NAME[level]}`
}

/**
 * One node of the scheme, added or edited: a Ⅰ/Ⅱ by its 名称, a Ⅲ with its 测评标准, 方法, 对象, 类别, 分值,
 * 评分规则 and 一票否决. The whole tree is saved through assessment.saveScheme (the store numbers it and
 * audits the save); the node and then the whole save are checked with the contract's own schema first,
 * so a refusal shows under its field and nothing is sent.
 */
export function SchemeNodeDialog(props: {
  scheme: Scheme
  edit: NodeEdit | null
  onClose(): void
}): React.JSX.Element {
  const { scheme, edit, onClose } = props
  const { message } = AntApp.useApp()
  const change = useChange()
  const [form] = Form.useForm<NodeFormValues>()
  const body = useFirstFieldFocus<HTMLDivElement>(edit !== null)
  const [alert, setAlert] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const ruleType = Form.useWatch('ruleType', form) ?? 'pass-fail'
  const level = edit ? levelOf(edit) : 1
  const original = edit?.kind === 'edit' ? edit.node : null

  useEffect(() => {
    if (edit) form.setFieldsValue(formValuesOf(edit.kind === 'edit' ? edit.node : null, scheme.components))
  }, [edit, form, scheme.components])

  const close = (): void => {
    setAlert(null)
    onClose()
  }

  const submit = async (): Promise<void> => {
    if (!edit || saving) return
    const values = readForm(formValuesOf(original, scheme.components), form.getFieldsValue())
    form.setFields(NODE_FIELDS.map((name) => ({ name, errors: [] })))
    setAlert(null)
    const local = nodeProblems(values, level)
    if (local.length > 0) return void setAlert(showProblems(form, local))
    const node = nodeInputOf(values, level, original)
    const anchor = edit.kind === 'edit' ? edit.node : edit.parent
    const at = anchor ? pathOf(scheme.nodes, anchor.id) : []
    if (at === null) return void setAlert('这个节点已不在当前版本中，请关闭后刷新重试。')
    const tree = nodeInputs(scheme.nodes)
    const nodes =
      edit.kind === 'edit' ? replaceNode(tree, at, node) : insertChild(tree, at, { ...node, children: [] })
    const input = saveBody(scheme, nodes)
    const whole = schemaProblems(saveSchemeInput, input, [])
    if (whole.length > 0) return void setAlert(whole.map((p) => p.message).join('；'))
    setSaving(true)
    try {
      await change('assessment.saveScheme', input)
      void message.success(
        edit.kind === 'edit' ? `已保存“${node.name.trim()}”` : `已添加“${node.name.trim()}”`
      )
      close()
    } catch (error) {
      setAlert(showProblems(form, problemsOf(error, NODE_FIELDS)))
    } finally {
      setSaving(false)
    }
  }

  const criterion = level === 3
  return (
    <Modal
      open={edit !== null}
      title={edit ? titleOf(edit) : ''}
      okText="保存"
      cancelText="取消"
      width={criterion ? 720 : 520}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      destroyOnHidden
      data-testid="scheme-node-dialog"
    >
      <div ref={body} onKeyDown={enterToSubmit(() => void submit())}>
        {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 12 }} /> : null}
        <Form form={form} layout="vertical" aria-label={LEVEL_NAME[level]} className="scheme-node-form">
          <Form.Item name="name" label="名称" required>
            <Input maxLength={100} aria-label="名称" />
          </Form.Item>
          {criterion ? (
            <>
              <Form.Item name="standard" label="测评标准">
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 4 }}
                  maxLength={1000}
                  aria-label="测评标准"
                />
              </Form.Item>
              <div className="scheme-node-grid">
                <Form.Item name="method" label="测评方法">
                  <Select
                    aria-label="测评方法"
                    allowClear
                    placeholder="不限"
                    options={ASSESSMENT_METHODS.map((m) => ({ value: m, label: m }))}
                  />
                </Form.Item>
                <Form.Item name="objectType" label="测评对象">
                  <AutoComplete
                    aria-label="测评对象"
                    options={OBJECT_OPTIONS}
                    placeholder="点位类型，如城中村；空着为不限"
                    filterOption={(input, option) => String(option?.value ?? '').includes(input)}
                  />
                </Form.Item>
                <Form.Item name="component" label="测评类别" required>
                  <Select
                    aria-label="测评类别"
                    options={scheme.components.map((c) => ({ value: c.key, label: c.name }))}
                  />
                </Form.Item>
                <Form.Item name="max" label="分值" required>
                  <InputNumber aria-label="分值" max={100} step={1} style={{ width: '100%' }} />
                </Form.Item>
              </div>
              <div className="scheme-node-grid">
                <Form.Item name="ruleType" label="评分规则" required>
                  <Select aria-label="评分规则" options={RULE_TYPES.map((r) => ({ ...r }))} />
                </Form.Item>
                {RULE_PARAMS[ruleType].map((p) => (
                  <Form.Item key={p} name={p} label={paramLabel(ruleType, p)} required>
                    <InputNumber
                      aria-label={paramLabel(ruleType, p)}
                      max={p === 'target' && ruleType === 'ratio' ? undefined : 100}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                ))}
              </div>
              <Form.Item name="veto" valuePropName="checked" style={{ marginBottom: 0 }}>
                <Checkbox>一票否决（发现即标记所在区域并列入黑榜）</Checkbox>
              </Form.Item>
            </>
          ) : null}
        </Form>
        {edit?.kind === 'add' ? (
          <Typography.Text type="secondary">
            新{LEVEL_NAME[level]}排在{edit.parent ? '同级' : '各测评项目'}最后，编号保存时自动生成。
          </Typography.Text>
        ) : null}
      </div>
    </Modal>
  )
}

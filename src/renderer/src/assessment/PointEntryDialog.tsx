import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import {
  App as AntApp,
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Typography
} from 'antd'
import dayjs from 'dayjs'
import { useMemo, useState } from 'react'
import type { IsoDate } from '../../../shared/civil-date'
import { POINT_TYPES } from '../../../shared/contract/assessment'
import type { Scheme, SchemeNode } from '../../../shared/contract'
import { useChange } from './use-change'
import { useApi } from '../api/hooks'
import { ruleText } from './rule-text'
import { criteriaOf } from './scheme-input'
import {
  criteriaFor,
  entryResults,
  lineWithoutDescription,
  problemLines,
  type CheckMark
} from './point-entry'

/**
 * 手工录入 a point of the office's own 暗访: where it is, what type, which component (实地暗访 first), and
 * the scheme's 测评内容 of that component for that type as a checklist (符合/不符合 with what and where, the
 * problems found one per line with their 位置, or a measured value).
 */
export function PointEntryDialog(props: {
  open: boolean
  roundId: number
  scheme: Scheme
  asOf: IsoDate
  onClose(): void
}): React.JSX.Element {
  const { message } = AntApp.useApp()
  const change = useChange()
  const tree = useApi('area.tree', { asOf: props.asOf }, { enabled: props.open })
  const [areaId, setAreaId] = useState<number | undefined>(undefined)
  const [pointName, setPointName] = useState('')
  const [pointType, setPointType] = useState<string>('城中村')
  // The scheme's first component (实地暗访 in the sample): the office's own visit.
  const [component, setComponent] = useState<string | undefined>(props.scheme.components[0]?.key)
  const componentName = props.scheme.components.find((c) => c.key === component)?.name ?? '实地暗访'
  const [foundOn, setFoundOn] = useState<IsoDate>(props.asOf)
  const [marks, setMarks] = useState<Map<number, CheckMark>>(new Map())
  const [busy, setBusy] = useState(false)

  const areas = useMemo(() => {
    const nodes = tree.data?.nodes ?? []
    const byId = new Map(nodes.map((n) => [n.id, n]))
    const path = (id: number | null): string => {
      const n = id === null ? undefined : byId.get(id)
      return n ? `${path(n.parentId)}${n.parentId === null ? '' : '·'}${n.name}` : ''
    }
    return nodes.filter((n) => n.level !== 'district').map((n) => ({ value: n.id, label: path(n.id) }))
  }, [tree.data])
  const criteria = useMemo(
    () => criteriaFor(criteriaOf(props.scheme), pointType, component),
    [props.scheme, pointType, component]
  )
  const mark = (id: number, change: CheckMark): void =>
    setMarks((m) => new Map(m).set(id, { ...m.get(id), ...change }))

  const submit = async (): Promise<void> => {
    if (areaId === undefined || pointName.trim() === '') {
      void message.warning('请选择点位所属区域并填写点位名称')
      return
    }
    const undescribed = lineWithoutDescription(criteria, marks)
    if (undescribed !== null) {
      void message.warning(`“${undescribed}”有填写了位置但没有问题描述的一行，请补上问题描述或删去该行`)
      return
    }
    const results = entryResults(criteria, marks)
    setBusy(true)
    try {
      const point = await change('assessment.enterPoint', {
        roundId: props.roundId,
        areaId,
        pointName: pointName.trim(),
        pointType,
        foundOn,
        foundBy: componentName.slice(0, 20),
        results
      })
      void message.success(`已录入点位“${point.name}”，发现问题${point.findings}处`)
      setMarks(new Map())
      setPointName('')
      props.onClose()
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open={props.open}
      title="手工录入点位测评"
      okText="录入"
      cancelText="取消"
      width={1000}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
      data-testid="point-entry-dialog"
    >
      <Form layout="inline" className="point-entry-form">
        <Form.Item label="所属区域" htmlFor="point-area">
          <Select
            id="point-area"
            style={{ width: 260 }}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="镇(街)、村(居)或社"
            value={areaId}
            onChange={setAreaId}
            options={areas}
          />
        </Form.Item>
        <Form.Item label="点位名称" htmlFor="point-name">
          <Input
            id="point-name"
            style={{ width: 180 }}
            value={pointName}
            onChange={(e) => setPointName(e.target.value)}
          />
        </Form.Item>
        <Form.Item label="点位类型" htmlFor="point-type">
          <Select
            id="point-type"
            style={{ width: 120 }}
            value={pointType}
            onChange={setPointType}
            options={POINT_TYPES.map((t) => ({ value: t, label: t }))}
          />
        </Form.Item>
        <Form.Item label="测评类别" htmlFor="point-component">
          <Select
            id="point-component"
            style={{ width: 130 }}
            value={component}
            onChange={setComponent}
            options={props.scheme.components.map((c) => ({ value: c.key, label: c.name }))}
          />
        </Form.Item>
        <Form.Item label="发现日期" htmlFor="point-found-on">
          <DatePicker
            id="point-found-on"
            allowClear={false}
            format="YYYY年M月D日"
            style={{ width: 170 }}
            value={dayjs(foundOn)}
            onChange={(v) => v && setFoundOn(v.format('YYYY-MM-DD'))}
          />
        </Form.Item>
      </Form>
      <Table<SchemeNode>
        size="small"
        rowKey="id"
        style={{ marginTop: 12 }}
        dataSource={criteria}
        pagination={false}
        // Ⅲ items have an empty children list: no expand buttons in a checklist.
        expandable={{ childrenColumnName: 'subItems' }}
        scroll={{ y: 380 }}
        data-testid="point-checklist"
        locale={{ emptyText: `测评体系中没有适用于“${pointType}”的${componentName}测评内容` }}
        columns={[
          {
            title: '测评内容',
            key: 'name',
            render: (_, c) => (
              <>
                <Typography.Text type="secondary">{c.code}</Typography.Text> {c.name}
                <div className="checklist-rule">{ruleText(c.rule, c.max)}</div>
              </>
            )
          },
          {
            title: '测评结果',
            key: 'result',
            width: 420,
            render: (_, c) => (
              <CheckCell criterion={c} mark={marks.get(c.id) ?? {}} onMark={(m) => mark(c.id, m)} />
            )
          }
        ]}
      />
    </Modal>
  )
}

function CheckCell(props: {
  criterion: SchemeNode
  mark: CheckMark
  onMark(change: CheckMark): void
}): React.JSX.Element | null {
  const { criterion: c, mark } = props
  const label = `${c.code} ${c.name}`
  switch (c.rule?.type) {
    case 'pass-fail':
      return (
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <Radio.Group
            value={mark.passed ?? true}
            onChange={(e) => props.onMark({ passed: e.target.value as boolean })}
            options={[
              { value: true, label: '符合' },
              { value: false, label: '不符合' }
            ]}
            aria-label={label}
          />
          {mark.passed === false ? (
            <ProblemLineInputs
              label={label}
              line={{ description: mark.description ?? '', location: mark.location ?? '' }}
              placeholder="不符合的情况"
              onChange={(line) => props.onMark(line)}
            />
          ) : null}
        </Space>
      )
    case 'per-problem': {
      const lines = problemLines(mark)
      const set = (next: CheckMark['problems']) => props.onMark({ problems: next })
      return (
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          {lines.map((line, i) => (
            <ProblemLineInputs
              key={i}
              label={lines.length > 1 ? `${label} 第${i + 1}处` : label}
              line={line}
              placeholder={i === 0 ? '发现的问题，未发现留空' : '发现的问题'}
              onChange={(l) => set(lines.map((old, j) => (j === i ? l : old)))}
              onRemove={lines.length > 1 ? () => set(lines.filter((_, j) => j !== i)) : undefined}
            />
          ))}
          <Button
            type="link"
            size="small"
            icon={<PlusOutlined />}
            style={{ paddingInline: 0 }}
            onClick={() => set([...lines, { description: '', location: '' }])}
            aria-label={`${label} 再添一处问题`}
          >
            再添一处问题
          </Button>
        </Space>
      )
    }
    case 'per-point-below':
    case 'ratio':
      return (
        <InputNumber
          style={{ width: 160 }}
          min={0}
          placeholder="实测值，未测留空"
          value={mark.value ?? null}
          onChange={(v) => props.onMark({ value: v })}
          suffix={c.rule.type === 'per-point-below' ? '%' : undefined}
          aria-label={label}
        />
      )
    default:
      return null
  }
}

/** One problem: what (问题描述) and where at the point (位置), each box named after its 测评内容. */
function ProblemLineInputs(props: {
  label: string
  line: { description: string; location: string }
  placeholder: string
  onChange(line: { description: string; location: string }): void
  onRemove?: () => void
}): React.JSX.Element {
  const { line } = props
  return (
    <Space.Compact block>
      <Input
        placeholder={props.placeholder}
        value={line.description}
        maxLength={500}
        onChange={(e) => props.onChange({ ...line, description: e.target.value })}
        aria-label={`${props.label} 问题描述`}
      />
      <Input
        style={{ width: 130, flex: 'none' }}
        placeholder="位置"
        value={line.location}
        maxLength={200}
        onChange={(e) => props.onChange({ ...line, location: e.target.value })}
        aria-label={`${props.label} 位置`}
      />
      {props.onRemove ? (
        <Button icon={<DeleteOutlined />} onClick={props.onRemove} aria-label={`删除${props.label}`} />
      ) : null}
    </Space.Compact>
  )
}

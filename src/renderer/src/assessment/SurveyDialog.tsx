import { App as AntApp, Form, InputNumber, Modal, Select } from 'antd'
import { useMemo, useState } from 'react'
import type { AssessmentComponent } from '../../../shared/contract'
import { useChange } from './use-change'
import { useApi } from '../api/hooks'
import { useAsOf } from '../app/as-of'

/** 问卷 per area: the sample size and the satisfaction rate, scored as that area's component (0–100). */
export function SurveyDialog(props: {
  open: boolean
  roundId: number
  components: readonly AssessmentComponent[]
  onClose(): void
}): React.JSX.Element {
  const { message } = AntApp.useApp()
  const change = useChange()
  const { asOf } = useAsOf()
  const tree = useApi('area.tree', { asOf }, { enabled: props.open })
  const [areaId, setAreaId] = useState<number | undefined>(undefined)
  const [component, setComponent] = useState('satisfaction')
  const [samples, setSamples] = useState<number | null>(null)
  const [rate, setRate] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const areas = useMemo(() => {
    const nodes = tree.data?.nodes ?? []
    const byId = new Map(nodes.map((n) => [n.id, n]))
    const path = (id: number | null): string => {
      const n = id === null ? undefined : byId.get(id)
      return n ? `${path(n.parentId)}${n.parentId === null ? '' : '·'}${n.name}` : ''
    }
    return nodes
      .filter((n) => n.level === 'district' || n.level === 'town' || n.level === 'village')
      .map((n) => ({ value: n.id, label: path(n.id) }))
  }, [tree.data])

  const submit = async (): Promise<void> => {
    if (areaId === undefined || samples === null || rate === null) {
      void message.warning('请填写区域、样本量和满意率')
      return
    }
    setBusy(true)
    try {
      await change('assessment.enterSurvey', { roundId: props.roundId, areaId, component, samples, rate })
      void message.success('问卷结果已录入')
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
      title="录入问卷调查结果"
      okText="录入"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
      data-testid="survey-dialog"
    >
      <Form layout="horizontal" labelCol={{ span: 5 }}>
        <Form.Item label="区域" htmlFor="survey-area">
          <Select
            id="survey-area"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="区、镇(街)或村(居)"
            value={areaId}
            onChange={setAreaId}
            options={areas}
          />
        </Form.Item>
        <Form.Item label="测评类别" htmlFor="survey-component">
          <Select
            id="survey-component"
            value={component}
            onChange={setComponent}
            options={props.components.map((c) => ({ value: c.key, label: c.name }))}
          />
        </Form.Item>
        <Form.Item label="样本量" htmlFor="survey-samples">
          <InputNumber
            id="survey-samples"
            min={1}
            precision={0}
            value={samples}
            onChange={setSamples}
            suffix="份"
          />
        </Form.Item>
        <Form.Item label="满意率" htmlFor="survey-rate">
          <InputNumber id="survey-rate" min={0} max={100} value={rate} onChange={setRate} suffix="%" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
